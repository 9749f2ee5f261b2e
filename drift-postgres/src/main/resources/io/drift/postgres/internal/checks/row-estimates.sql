-- The row-counts check: one row per requested table, in the order asked, with what the planner knows of its size.
-- One statement for every table, whatever their number. Parameters: the schemas and the names, as two text arrays.
--
-- Never analysed is "unknown", never 0. On PostgreSQL 14 and later reltuples is -1 until the first VACUUM or ANALYZE;
-- before 14 it is 0, as it is for a table known to be empty, so only pg_stat_all_tables (whether it was ever vacuumed
-- or analysed) tells the two apart. A statistics reset makes a known-empty table unknown again: on the safe side.
-- A partitioned table has no storage; its estimate is the sum of its leaf partitions' (pg_partition_tree, 12+).
WITH requested AS (
    SELECT t.schema_name, t.table_name, t.ord
    FROM unnest(?::text[], ?::text[]) WITH ORDINALITY AS t(schema_name, table_name, ord)
),
rels AS (
    SELECT r.ord, n.oid IS NOT NULL AS schema_found, c.oid, c.relname, c.relkind, c.reltuples, c.relpages
    FROM requested r
    LEFT JOIN pg_catalog.pg_namespace n ON n.nspname = r.schema_name
    LEFT JOIN pg_catalog.pg_class c ON c.relnamespace = n.oid AND c.relname = r.table_name
        AND c.relkind IN ('r', 'p', 'm', 'f', 'v')
),
estimates AS (
    SELECT l.oid,
           l.reltuples >= 0
               AND NOT (l.reltuples = 0 AND l.relpages = 0
                        AND coalesce(s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze) IS NULL
                        AND coalesce(s.vacuum_count + s.autovacuum_count + s.analyze_count + s.autoanalyze_count, 0)
                            = 0) AS known
    FROM rels r
    JOIN pg_catalog.pg_class l ON l.oid = r.oid
    LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = l.oid
)
SELECT r.ord,
       r.schema_found,
       r.relname,
       r.relkind,
       CASE WHEN r.relkind = 'p' THEN coalesce(p.total, 0) ELSE greatest(r.reltuples, 0)::float8 END AS estimate,
       CASE WHEN r.relkind = 'p' THEN coalesce(p.leaves = 0 OR p.known, false)
            WHEN r.relkind = 'v' THEN false
            ELSE coalesce(e.known, false) END AS known
FROM rels r
LEFT JOIN estimates e ON e.oid = r.oid
LEFT JOIN LATERAL (
    SELECT sum(greatest(l.reltuples, 0))::float8 AS total,
           count(*) AS leaves,
           bool_and(l.reltuples >= 0
               AND NOT (l.reltuples = 0 AND l.relpages = 0
                        AND coalesce(s.last_vacuum, s.last_autovacuum, s.last_analyze, s.last_autoanalyze) IS NULL
                        AND coalesce(s.vacuum_count + s.autovacuum_count + s.analyze_count + s.autoanalyze_count, 0)
                            = 0)) AS known
    FROM pg_catalog.pg_partition_tree(r.oid) pt
    JOIN pg_catalog.pg_class l ON l.oid = pt.relid
    LEFT JOIN pg_catalog.pg_stat_all_tables s ON s.relid = l.oid
    WHERE pt.isleaf
) p ON r.relkind = 'p'
ORDER BY r.ord
