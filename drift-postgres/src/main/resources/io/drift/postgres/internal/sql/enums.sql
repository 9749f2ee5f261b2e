-- Enum types with their labels in sort order (enumsortorder, which ALTER TYPE … ADD VALUE … BEFORE changes; OID
-- order is creation order and would be wrong). Extension-owned types are the extension's.
-- Privileges as in views.sql: a NULL ACL is expanded to the defaults (USAGE for PUBLIC), the owner's left out.
SELECT t.oid,
       n.nspname                   AS schema_name,
       t.typname                   AS name,
       pg_get_userbyid(t.typowner) AS owner,
       d.description               AS comment,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       acl.grantees, acl.privileges, acl.grantable
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
LEFT JOIN LATERAL (
    SELECT array_agg(g.grantee ORDER BY g.grantee, g.privilege, g.grantable)   AS grantees,
           array_agg(g.privilege ORDER BY g.grantee, g.privilege, g.grantable) AS privileges,
           array_agg(g.grantable::text ORDER BY g.grantee, g.privilege, g.grantable) AS grantable
    FROM (SELECT DISTINCT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END AS grantee,
                          x.privilege_type AS privilege, x.is_grantable AS grantable
          FROM aclexplode(coalesce(t.typacl, acldefault('T', t.typowner))) x
          WHERE x.grantee <> t.typowner) g
) acl ON true
WHERE t.typtype = 'e'
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.typname
