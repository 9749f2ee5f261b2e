-- Indexes identical to another valid index of the same table: same access method, key columns and expressions,
-- operator classes, collations, sort options and predicate (INCLUDE columns count as key columns do, in indkey).
-- Unlike pg-index-health's duplicated_indexes, which packs each group into one string ("idx=…, size=…; idx=…") that
-- it then splits on "; " and "," (and so fails on an index whose name holds either), this returns one row per index,
-- with what choosing the one to keep needs. Partitions' indexes are left out: they follow their partitioned index.
WITH {{inspected}},
candidates AS (
    SELECT x.indrelid,
           x.indexrelid,
           n.nspname,
           t.relname AS table_name,
           i.relname AS index_name,
           x.indrelid::pg_catalog.regclass::text AS table_sql,
           x.indexrelid::pg_catalog.regclass::text AS index_sql,
           x.indisunique AS is_unique,
           i.relkind = 'I' AS partitioned,
           EXISTS (SELECT FROM pg_catalog.pg_constraint k
                   WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x')) AS backs_constraint,
           concat_ws(' | ', i.relam::text, x.indkey::text, x.indclass::text, x.indcollation::text,
                     x.indoption::text, pg_catalog.pg_get_expr(x.indexprs, x.indrelid),
                     pg_catalog.pg_get_expr(x.indpred, x.indrelid)) AS definition
    FROM pg_catalog.pg_index x
    JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE x.indisvalid
      AND NOT i.relispartition
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
grouped AS (
    SELECT c.*, count(*) OVER (PARTITION BY c.indrelid, c.definition) AS copies
    FROM candidates c
)
SELECT nspname, table_name, index_name, table_sql, index_sql, is_unique, partitioned, backs_constraint,
       indrelid::text || ' ' || definition AS group_key
FROM grouped
WHERE copies > 1
ORDER BY nspname COLLATE "C", table_name COLLATE "C", group_key, index_name COLLATE "C"
