-- Views and materialized views of the captured schemas. Columns and matview indexes are added later by the column
-- and index queries, through the ViewParts registered for each row.
-- Privileges: a NULL ACL means the defaults, so it is expanded with acldefault() first; otherwise a database where a
-- privilege was granted and revoked again (the ACL is no longer NULL, but equal to the defaults) would differ from
-- one where it never was. The owner's own privileges are left out.
-- Views that belong to an extension (pg_depend.deptype = 'e') are the extension's, not the application's.
SELECT c.oid,
       n.nspname                     AS schema_name,
       c.relname                     AS name,
       c.relkind = 'm'               AS materialized,
       pg_get_viewdef(c.oid, true)   AS definition,
       pg_get_userbyid(c.relowner)   AS owner,
       d.description                 AS comment,
       c.reloptions                  AS options,
       acl.grantees, acl.privileges, acl.grantable
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
LEFT JOIN LATERAL (
    SELECT array_agg(g.grantee ORDER BY g.grantee, g.privilege, g.grantable)   AS grantees,
           array_agg(g.privilege ORDER BY g.grantee, g.privilege, g.grantable) AS privileges,
           array_agg(g.grantable::text ORDER BY g.grantee, g.privilege, g.grantable) AS grantable
    FROM (SELECT DISTINCT CASE WHEN x.grantee = 0 THEN 'PUBLIC' ELSE pg_get_userbyid(x.grantee) END AS grantee,
                          x.privilege_type AS privilege, x.is_grantable AS grantable
          FROM aclexplode(coalesce(c.relacl, acldefault('r', c.relowner))) x
          WHERE x.grantee <> c.relowner) g
) acl ON true
WHERE c.relkind IN ('v', 'm')
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname
