-- Every schema that is not a system schema. The capture's include/exclude lists are applied in Java (a handful of
-- rows), and the OIDs of what is kept filter every later query.
-- A schema created by an extension belongs to the extension: it and its contents are not the user's.
SELECT n.oid,
       n.nspname                               AS name,
       pg_get_userbyid(n.nspowner)             AS owner,
       obj_description(n.oid, 'pg_namespace')  AS comment,
       coalesce(n.nspacl, acldefault('n', n.nspowner))::text[] AS acl,
       -- What initdb gave the schema (only public has any): see Acl, whose rule leaves these privileges out.
       (SELECT ip.initprivs::text[] FROM pg_init_privs ip
        WHERE ip.classoid = 'pg_namespace'::regclass AND ip.objoid = n.oid AND ip.objsubid = 0
          AND ip.privtype = 'i')                AS initial_acl,
       -- An owner initdb gives the schemas it creates on some supported major: the bootstrap superuser (OID 10, the
       -- public schema's owner to 14) or pg_database_owner (its owner from 15). See SchemaQuery.
       n.nspowner = 10 OR pg_get_userbyid(n.nspowner) = 'pg_database_owner' AS initdb_owner,
       EXISTS (SELECT 1 FROM pg_depend d
               WHERE d.classid = 'pg_namespace'::regclass AND d.objid = n.oid AND d.deptype = 'e')
                                               AS extension_member
FROM pg_namespace n
WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
  AND n.nspname NOT LIKE 'pg\_toast%'
  AND n.nspname NOT LIKE 'pg\_temp\_%'
ORDER BY n.nspname
