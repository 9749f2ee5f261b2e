-- Routines that belong to an extension (pg_trgm, hstore, PostGIS…): their comments and names are the extension's.
SELECT n.nspname, p.proname
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_proc p ON p.oid = d.objid
JOIN pg_catalog.pg_namespace n ON n.oid = p.pronamespace
WHERE d.classid = 'pg_catalog.pg_proc'::pg_catalog.regclass AND d.deptype = 'e'
