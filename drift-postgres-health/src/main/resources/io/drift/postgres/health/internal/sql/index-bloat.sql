-- B-tree indexes of at least the given size larger than their entries need by at least the given fraction. The
-- estimate: an entry takes its 8-byte header and its columns' average width (from pg_stats: the table's statistics for
-- a column, the index's own for an expression), aligned to 8, and a 4-byte line pointer; a page holds
-- (block_size - 24 - 16) × fillfactor (90 unless set) of them; the metapage is one more. Indexes without statistics
-- for every column are left out.
WITH {{inspected}},
indexes AS (
    SELECT x.indexrelid AS oid, x.indrelid, x.indkey, n.nspname, t.relname AS table_name, i.relname AS index_name,
           x.indrelid::pg_catalog.regclass::text AS table_sql,
           x.indexrelid::pg_catalog.regclass::text AS index_sql,
           i.reltuples, i.relpages,
           coalesce((SELECT substring(o FROM '=(.*)$')::int
                     FROM pg_catalog.unnest(i.reloptions) o WHERE o LIKE 'fillfactor=%'), 90) AS fillfactor
    FROM pg_catalog.pg_index x
    JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_am am ON am.oid = i.relam AND am.amname = 'btree'
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE x.indisvalid
      AND i.relpages > 1
      AND i.reltuples >= 0
      AND i.relpages::bigint * pg_catalog.current_setting('block_size')::bigint >= ?
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
columns AS (
    SELECT ix.oid,
           ia.attnum AS position,
           -- a plain column's statistics are the table's; an expression's are the index's own
           CASE WHEN k.attnum <> 0 THEN ix.table_name ELSE ix.index_name END AS stats_relation,
           coalesce(ta.attname, ia.attname) AS stats_column
    FROM indexes ix
    JOIN pg_catalog.pg_attribute ia ON ia.attrelid = ix.oid AND ia.attnum > 0
    CROSS JOIN LATERAL (SELECT (pg_catalog.string_to_array(ix.indkey::text, ' ')::int2[])[ia.attnum] AS attnum) k
    LEFT JOIN pg_catalog.pg_attribute ta ON ta.attrelid = ix.indrelid AND ta.attnum = k.attnum AND k.attnum <> 0
),
widths AS (
    SELECT c.oid,
           count(*) AS columns,
           count(st.attname) AS with_statistics,
           sum((1 - coalesce(st.null_frac, 0)) * coalesce(st.avg_width, 0)) AS data_width
    FROM columns c
    JOIN indexes ix ON ix.oid = c.oid
    LEFT JOIN pg_catalog.pg_stats st
           ON st.schemaname = ix.nspname AND st.tablename = c.stats_relation AND st.attname = c.stats_column
          AND NOT st.inherited
    GROUP BY c.oid
),
estimates AS (
    SELECT ix.*,
           pg_catalog.current_setting('block_size')::bigint AS block_size,
           1 + pg_catalog.ceil(ix.reltuples * (pg_catalog.ceil((8 + w.data_width) / 8) * 8 + 4)
               / ((pg_catalog.current_setting('block_size')::bigint - 24 - 16) * ix.fillfactor / 100.0))
               AS expected_pages
    FROM indexes ix
    JOIN widths w ON w.oid = ix.oid
    WHERE w.with_statistics = w.columns
)
SELECT nspname, table_name, index_name, table_sql, index_sql,
       relpages::bigint * block_size AS size,
       greatest(relpages - expected_pages, 0)::bigint * block_size AS bloat_size,
       greatest(relpages - expected_pages, 0)::float8 / relpages AS bloat
FROM estimates
WHERE greatest(relpages - expected_pages, 0)::float8 / relpages >= ?
ORDER BY nspname COLLATE "C", table_name COLLATE "C", index_name COLLATE "C"
