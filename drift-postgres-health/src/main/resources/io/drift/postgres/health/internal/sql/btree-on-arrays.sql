-- B-tree indexes with an array column among their key columns (INCLUDE columns aside): those whose key operator
-- classes (indclass, key columns only) include B-tree's array_ops, the class every array type's B-tree index uses.
-- Filtering on the operator class first keeps the per-column work to the few indexes that have one. Partitions'
-- indexes follow their partitioned index and are left out.
WITH {{inspected}},
array_ops AS (
    SELECT c.oid
    FROM pg_catalog.pg_opclass c
    JOIN pg_catalog.pg_am am ON am.oid = c.opcmethod AND am.amname = 'btree'
    WHERE c.opcname = 'array_ops'
),
candidates AS (
    SELECT x.indrelid, x.indexrelid, x.indkey, x.indclass
    FROM pg_catalog.pg_index x
    WHERE x.indclass::oid[] && ARRAY(SELECT oid FROM array_ops)
)
SELECT n.nspname,
       t.relname AS table_name,
       i.relname AS index_name,
       x.indrelid::pg_catalog.regclass::text AS table_sql,
       x.indexrelid::pg_catalog.regclass::text AS index_sql,
       pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.ord) AS columns_sql
FROM candidates x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN inspected n ON n.oid = t.relnamespace
CROSS JOIN LATERAL ROWS FROM (
    pg_catalog.unnest(pg_catalog.string_to_array(x.indkey::text, ' ')::int2[]),
    pg_catalog.unnest(x.indclass::oid[])) WITH ORDINALITY k(attnum, opclass, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
WHERE NOT i.relispartition
  AND k.opclass IN (SELECT oid FROM array_ops)
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
GROUP BY n.nspname, t.relname, i.relname, x.indrelid, x.indexrelid
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", i.relname COLLATE "C"
