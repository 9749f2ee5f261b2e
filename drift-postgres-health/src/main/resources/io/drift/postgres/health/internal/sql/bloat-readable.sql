-- Tables with pages (the only ones a bloat estimate covers), and how many of them the role may SELECT from: pg_stats
-- shows the statistics of those alone.
WITH {{inspected}}
SELECT current_user AS role,
       count(*) AS tables,
       count(*) FILTER (WHERE pg_catalog.has_table_privilege(c.oid, 'SELECT')) AS readable
FROM pg_catalog.pg_class c
JOIN inspected n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'm') AND c.relpages > 0
