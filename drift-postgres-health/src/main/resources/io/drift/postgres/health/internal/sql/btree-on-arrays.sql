-- B-tree indexes with an array column among their key columns (INCLUDE columns aside). Partitions' indexes follow
-- their partitioned index and are left out.
WITH {{inspected}}
SELECT n.nspname,
       t.relname AS table_name,
       i.relname AS index_name,
       x.indrelid::pg_catalog.regclass::text AS table_sql,
       x.indexrelid::pg_catalog.regclass::text AS index_sql,
       pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY k.ord) AS columns_sql
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_am am ON am.oid = i.relam AND am.amname = 'btree'
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN inspected n ON n.oid = t.relnamespace
CROSS JOIN LATERAL pg_catalog.unnest((pg_catalog.string_to_array(x.indkey::text, ' ')::int2[])[1:x.indnkeyatts])
    WITH ORDINALITY k(attnum, ord)
JOIN pg_catalog.pg_attribute a ON a.attrelid = x.indrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
WHERE NOT i.relispartition
  AND ty.typcategory = 'A'
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
GROUP BY n.nspname, t.relname, i.relname, x.indrelid, x.indexrelid
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", i.relname COLLATE "C"
