-- Tables with pages in the inspected schemas whose statistics the role may not read.
SELECT count(*)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind = 'r' AND c.relpages > 0
  AND n.nspname = ANY (?::text[])
  AND NOT pg_catalog.has_table_privilege(c.oid, 'SELECT')
