-- Default privileges (ALTER DEFAULT PRIVILEGES), as pg.default-privileges vendor objects keyed by the role they apply
-- to, the schema (none for the role's global defaults) and the kind of object: "pg.default-privileges".app_owner.app/
-- tables. They belong to the database: global defaults are always captured, per-schema ones for captured schemas.
-- A per-schema entry only adds to the global one, so its ACL is read as it is. A global entry replaces the built-in
-- defaults (acldefault, which gives PUBLIC EXECUTE on functions and USAGE on types), so those are its initial
-- privileges: what it adds reads as grants, what it takes away (REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC) as revoked.
-- pg_default_acl's type letters are not acldefault's for sequences ('S' there is a foreign server); 'L' (large
-- objects) exists from 18. Extension-owned entries are the extension's.
SELECT 'pg.default-privileges'                      AS kind,
       pg_get_userbyid(d.defaclrole)                AS schema,
       n.nspname                                    AS parent,
       CASE d.defaclobjtype WHEN 'r' THEN 'tables' WHEN 'S' THEN 'sequences' WHEN 'f' THEN 'functions'
                            WHEN 'T' THEN 'types' WHEN 'n' THEN 'schemas' WHEN 'L' THEN 'large-objects'
                            ELSE d.defaclobjtype::text END AS name,
       pg_get_userbyid(d.defaclrole)                AS owner,
       d.defaclacl::text[]                          AS acl,
       CASE d.defaclobjtype WHEN 'r' THEN 'RELATION' WHEN 'S' THEN 'SEQUENCE' WHEN 'f' THEN 'FUNCTION'
                            WHEN 'T' THEN 'TYPE' WHEN 'n' THEN 'SCHEMA' WHEN 'L' THEN 'LARGE_OBJECT' END AS acl_kind,
       CASE WHEN d.defaclnamespace = 0 THEN
           acldefault(CASE d.defaclobjtype WHEN 'S' THEN 's' ELSE d.defaclobjtype END, d.defaclrole)::text[]
       END                                          AS initial_acl,
       ARRAY[]::text[]                              AS attributes
FROM pg_default_acl d
LEFT JOIN pg_namespace n ON n.oid = d.defaclnamespace
WHERE (d.defaclnamespace = 0 OR d.defaclnamespace = ANY (CAST(:schemas AS oid[])))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_default_acl'::regclass AND e.objid = d.oid AND e.deptype = 'e')
ORDER BY 2, 3 NULLS FIRST, 4
