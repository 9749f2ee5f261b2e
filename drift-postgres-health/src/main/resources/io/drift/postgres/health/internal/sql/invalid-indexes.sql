-- Invalid indexes (pg_index.indisvalid false), except one CREATE INDEX CONCURRENTLY or REINDEX CONCURRENTLY is
-- building right now (its progress row is visible to roles allowed to see that session's details). pg-index-health's
-- invalid_indexes reads pg_stat_all_indexes for the schema; this reads the catalog alone.
WITH {{inspected}}
SELECT n.nspname,
       t.relname AS table_name,
       i.relname AS index_name,
       x.indrelid::pg_catalog.regclass::text AS table_sql,
       x.indexrelid::pg_catalog.regclass::text AS index_sql,
       i.relkind = 'I' AS partitioned
FROM pg_catalog.pg_index x
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN inspected n ON n.oid = t.relnamespace
WHERE NOT x.indisvalid
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_stat_progress_create_index b WHERE b.index_relid = x.indexrelid)
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", i.relname COLLATE "C"
