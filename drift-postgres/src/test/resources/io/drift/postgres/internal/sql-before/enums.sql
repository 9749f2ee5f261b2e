-- Enum types with their labels in sort order (enumsortorder, which ALTER TYPE … ADD VALUE … BEFORE changes; OID
-- order is creation order and would be wrong). Extension-owned types are the extension's.
-- Privileges: the effective ACL (a NULL ACL is the kind's defaults, USAGE or EXECUTE for PUBLIC); see Acl.
SELECT t.oid,
       n.nspname                   AS schema_name,
       t.typname                   AS name,
       pg_get_userbyid(t.typowner) AS owner,
       d.description               AS comment,
       ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder) AS labels,
       coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
WHERE t.typtype = 'e'
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.typname
