-- Indexes identical to another valid index of the same table: same key columns and expressions, operator classes
-- (which imply the access method), collations, sort options and predicate (INCLUDE columns count as key columns do,
-- in indkey). Unlike pg-index-health's duplicated_indexes, which packs each group into one string ("idx=…, size=…;
-- idx=…") that it then splits on "; " and "," (and so fails on an index whose name holds either), this returns one
-- row per index, with what choosing the one to keep needs. Partitions' indexes are left out: they follow their
-- partitioned index. The vectors are grouped first (one hash aggregate), and the expressions and predicates
-- deparsed only for the indexes that share them with another.
WITH {{inspected}},
twins AS (
    SELECT x.indrelid, x.indkey, x.indclass, x.indcollation, x.indoption,
           x.indexprs IS NULL AS no_expressions, x.indpred IS NULL AS no_predicate
    FROM pg_catalog.pg_index x
    WHERE x.indisvalid
    GROUP BY 1, 2, 3, 4, 5, 6, 7
    HAVING count(*) > 1
),
candidates AS (
    SELECT x.indrelid,
           x.indexrelid,
           t.relnamespace,
           t.relname AS table_name,
           i.relname AS index_name,
           x.indrelid::pg_catalog.regclass::text AS table_sql,
           x.indexrelid::pg_catalog.regclass::text AS index_sql,
           x.indisunique AS is_unique,
           i.relkind = 'I' AS partitioned,
           x.indexrelid IN (SELECT k.conindid FROM pg_catalog.pg_constraint k
                            WHERE k.contype IN ('p', 'u', 'x')) AS backs_constraint,
           concat_ws(' | ', x.indkey::text, x.indclass::text, x.indcollation::text, x.indoption::text,
                     pg_catalog.pg_get_expr(x.indexprs, x.indrelid),
                     pg_catalog.pg_get_expr(x.indpred, x.indrelid)) AS definition
    FROM pg_catalog.pg_index x
    JOIN twins w ON w.indrelid = x.indrelid AND w.indkey = x.indkey AND w.indclass = x.indclass
                AND w.indcollation = x.indcollation AND w.indoption = x.indoption
                AND w.no_expressions = (x.indexprs IS NULL) AND w.no_predicate = (x.indpred IS NULL)
    JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    WHERE x.indisvalid
      AND NOT i.relispartition
      AND t.relnamespace = ANY (ARRAY(SELECT oid FROM inspected))
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
grouped AS (
    SELECT c.*, count(*) OVER (PARTITION BY c.indrelid, c.definition) AS copies
    FROM candidates c
)
SELECT n.nspname, g.table_name, g.index_name, g.table_sql, g.index_sql, g.is_unique, g.partitioned,
       g.backs_constraint, g.indrelid::text || ' ' || g.definition AS group_key
FROM grouped g
JOIN pg_catalog.pg_namespace n ON n.oid = g.relnamespace
WHERE g.copies > 1
ORDER BY n.nspname COLLATE "C", g.table_name COLLATE "C", group_key, g.index_name COLLATE "C"
