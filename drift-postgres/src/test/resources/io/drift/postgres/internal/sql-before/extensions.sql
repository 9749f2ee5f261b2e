-- Extensions whose objects live in a captured schema. plpgsql lives in pg_catalog, is in every database, and so is
-- never reported.
SELECT e.extname                               AS name,
       e.extversion                            AS version,
       n.nspname                               AS schema,
       obj_description(e.oid, 'pg_extension')  AS comment
FROM pg_extension e
JOIN pg_namespace n ON n.oid = e.extnamespace
WHERE e.extnamespace = ANY (CAST(:schemas AS oid[]))
ORDER BY e.extname
