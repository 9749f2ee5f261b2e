-- Tables with pages (the only ones a bloat estimate covers), and how many of them the role may SELECT from: pg_stats
-- shows the statistics of those alone.
SELECT current_user AS role,
       count(*) AS tables,
       count(*) FILTER (WHERE pg_catalog.has_table_privilege(c.oid, 'SELECT')) AS readable
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND c.relpages > 0
  AND n.nspname <> 'information_schema' AND n.nspname !~ '^pg_'
