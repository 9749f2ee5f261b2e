-- Domains, one row per check constraint (or one row with NULL constraint columns when there is none). The default is
-- rendered from typdefaultbin now (typdefault is the text deparsed when the domain was created, by whatever version
-- that was). The collation is reported only where it differs from the base type's.
-- Privileges: the effective ACL (a NULL ACL is the kind's defaults, USAGE or EXECUTE for PUBLIC); see Acl.
SELECT t.oid,
       n.nspname                                   AS schema_name,
       t.typname                                   AS name,
       format_type(t.typbasetype, t.typtypmod)     AS base_type,
       pg_get_expr(t.typdefaultbin, 0, true)       AS default_expression,
       t.typnotnull                                AS not_null,
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END                                         AS collation,
       pg_get_userbyid(t.typowner)                 AS owner,
       d.description                               AS comment,
       coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl,
       k.conname                                   AS constraint_name,
       pg_get_expr(k.conbin, 0, true)              AS constraint_expression,
       k.convalidated                              AS constraint_validated,
       k.connoinherit                              AS constraint_no_inherit,
       kd.description                              AS constraint_comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type b ON b.oid = t.typbasetype
LEFT JOIN pg_collation co ON co.oid = t.typcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
LEFT JOIN pg_constraint k ON k.contypid = t.oid AND k.contype = 'c'
LEFT JOIN pg_description kd ON kd.classoid = 'pg_constraint'::regclass AND kd.objoid = k.oid AND kd.objsubid = 0
WHERE t.typtype = 'd'
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.typname, k.conname
