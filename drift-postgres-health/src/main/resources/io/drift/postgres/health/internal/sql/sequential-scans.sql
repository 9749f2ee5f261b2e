-- Tables of at least the given size read by more sequential scans than index scans, out of more than 100 scans in
-- all since the statistics were reset. The size (a stat of every file of the table) is taken for those alone.
WITH {{inspected}},
scanned AS MATERIALIZED (
    SELECT n.nspname,
           t.relname,
           t.oid,
           coalesce(s.seq_scan, 0) AS seq_scan,
           coalesce(s.idx_scan, 0) AS idx_scan
    FROM pg_catalog.pg_stat_user_tables s
    JOIN pg_catalog.pg_class t ON t.oid = s.relid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE coalesce(s.seq_scan, 0) + coalesce(s.idx_scan, 0) > 100
      AND coalesce(s.seq_scan, 0) > coalesce(s.idx_scan, 0)
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
sized AS MATERIALIZED (
    SELECT s.*, pg_catalog.pg_table_size(s.oid) AS size FROM scanned s
)
SELECT nspname, relname, oid::pg_catalog.regclass::text AS table_sql, seq_scan, idx_scan, size
FROM sized
WHERE size >= ?
ORDER BY nspname COLLATE "C", relname COLLATE "C"
