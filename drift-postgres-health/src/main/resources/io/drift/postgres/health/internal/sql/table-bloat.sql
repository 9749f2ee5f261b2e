-- Tables (and materialized views) of at least the given size whose heap is larger than their rows need by at least
-- the given fraction. The estimate: a row takes its header (23 bytes, and a null bitmap when a column has nulls,
-- aligned to 8), its average data width from pg_stats (aligned to 8), and a 4-byte line pointer; a page holds
-- (block_size - 24) × fillfactor of them. Tables without statistics for every column (never analyzed, or columns the
-- role may not read: pg_stats shows only those) and with reltuples unknown (-1) are left out. TOAST is not counted.
WITH {{inspected}},
tables AS (
    SELECT t.oid, n.nspname, t.relname, t.oid::pg_catalog.regclass::text AS table_sql, t.reltuples, t.relpages,
           coalesce((SELECT substring(o FROM '=(.*)$')::int
                     FROM pg_catalog.unnest(t.reloptions) o WHERE o LIKE 'fillfactor=%'), 100) AS fillfactor
    FROM pg_catalog.pg_class t
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE t.relkind IN ('r', 'm')
      AND t.relpages > 0
      AND t.reltuples >= 0
      AND t.relpages::bigint * pg_catalog.current_setting('block_size')::bigint >= ?
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
widths AS (
    SELECT tb.oid,
           count(*) AS columns,
           count(st.attname) AS with_statistics,
           sum((1 - coalesce(st.null_frac, 0)) * coalesce(st.avg_width, 0)) AS data_width,
           bool_or(coalesce(st.null_frac, 0) > 0) AS has_nulls
    FROM tables tb
    JOIN pg_catalog.pg_attribute a ON a.attrelid = tb.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_catalog.pg_stats st
           ON st.schemaname = tb.nspname AND st.tablename = tb.relname AND st.attname = a.attname
          AND NOT st.inherited
    GROUP BY tb.oid
),
estimates AS (
    SELECT tb.*,
           pg_catalog.current_setting('block_size')::bigint AS block_size,
           pg_catalog.ceil(tb.reltuples
               * ((23 + CASE WHEN w.has_nulls THEN (w.columns + 7) / 8 ELSE 0 END + 7) / 8 * 8
                  + pg_catalog.ceil(w.data_width / 8) * 8 + 4)
               / ((pg_catalog.current_setting('block_size')::bigint - 24) * tb.fillfactor / 100.0)) AS expected_pages
    FROM tables tb
    JOIN widths w ON w.oid = tb.oid
    WHERE w.with_statistics = w.columns
)
SELECT nspname, relname, table_sql,
       relpages::bigint * block_size AS size,
       greatest(relpages - expected_pages, 0)::bigint * block_size AS bloat_size,
       greatest(relpages - expected_pages, 0)::float8 / relpages AS bloat
FROM estimates
WHERE greatest(relpages - expected_pages, 0)::float8 / relpages >= ?
ORDER BY nspname COLLATE "C", relname COLLATE "C"
