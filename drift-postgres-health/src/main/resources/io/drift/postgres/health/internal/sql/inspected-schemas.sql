inspected AS (
    -- the schemas the health checks inspect: not the system's, not those an extension created
    SELECT n.oid, n.nspname
    FROM pg_catalog.pg_namespace n
    WHERE n.nspname <> 'information_schema'
      AND n.nspname !~ '^pg_'
      AND n.oid NOT IN (SELECT d.objid FROM pg_catalog.pg_depend d
                        WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
                          AND d.classid = 'pg_catalog.pg_namespace'::pg_catalog.regclass)
),
extension_relations AS (
    -- relations an extension created: found from the extensions' side (pg_depend_reference_index), a few rows
    SELECT d.objid
    FROM pg_catalog.pg_depend d
    WHERE d.refclassid = 'pg_catalog.pg_extension'::pg_catalog.regclass AND d.deptype = 'e'
      AND d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
)
