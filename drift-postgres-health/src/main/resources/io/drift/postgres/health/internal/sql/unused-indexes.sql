-- Indexes scanned fewer than 50 times since the statistics were reset, of at least the given size. Left out: unique
-- indexes and those behind a constraint (they enforce something), indexes whose leading columns are a foreign key's
-- (they serve the key's checks, which the statistics do not count as scans), invalid ones, and partitions' indexes
-- (they cannot be dropped alone).
WITH {{inspected}},
candidates AS MATERIALIZED (
SELECT n.nspname,
       t.relname AS table_name,
       i.relname AS index_name,
       x.indrelid::pg_catalog.regclass::text AS table_sql,
       x.indexrelid::pg_catalog.regclass::text AS index_sql,
       s.idx_scan,
       x.indexrelid
FROM pg_catalog.pg_stat_user_indexes s
JOIN pg_catalog.pg_index x ON x.indexrelid = s.indexrelid
JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
JOIN inspected n ON n.oid = t.relnamespace
WHERE s.idx_scan < 50
  AND NOT x.indisunique
  AND x.indisvalid
  AND NOT i.relispartition
  AND x.indexrelid NOT IN (SELECT k.conindid FROM pg_catalog.pg_constraint k WHERE k.contype <> 'f')
  AND NOT EXISTS (
      SELECT FROM pg_catalog.pg_constraint k
      WHERE k.contype = 'f' AND k.conrelid = x.indrelid
        AND x.indnkeyatts >= pg_catalog.cardinality(k.conkey)
        AND (x.indkey::int2[])[0:pg_catalog.cardinality(k.conkey) - 1] @> k.conkey
        AND (x.indkey::int2[])[0:pg_catalog.cardinality(k.conkey) - 1] <@ k.conkey)
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT nspname, table_name, index_name, table_sql, index_sql, idx_scan, size
FROM (SELECT c.*, pg_catalog.pg_relation_size(c.indexrelid) AS size FROM candidates c OFFSET 0) sized
WHERE size >= ?
ORDER BY nspname COLLATE "C", table_name COLLATE "C", index_name COLLATE "C"
