-- Views and materialized views of the captured schemas. Columns and matview indexes are added later by the column
-- and index queries, through the ViewParts registered for each row.
-- Privileges: the effective ACL (a NULL ACL is the kind's defaults); Acl reads it by the one rule of every kind.
-- Views that belong to an extension (pg_depend.deptype = 'e') are the extension's, not the application's.
SELECT c.oid,
       n.nspname                     AS schema_name,
       c.relname                     AS name,
       c.relkind = 'm'               AS materialized,
       pg_get_viewdef(c.oid, true)   AS definition,
       pg_get_userbyid(c.relowner)   AS owner,
       d.description                 AS comment,
       -- A materialized view's TOAST table's storage parameters as toast.<name>, as for tables.
       array_cat(c.reloptions::text[], ARRAY(SELECT 'toast.' || o FROM unnest(tc.reloptions) o)) AS options,
       coalesce(c.relacl, acldefault('r', c.relowner))::text[] AS acl
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
LEFT JOIN pg_class tc ON tc.oid = c.reltoastrelid AND tc.reloptions IS NOT NULL
LEFT JOIN pg_description d ON d.classoid = 'pg_class'::regclass AND d.objoid = c.oid AND d.objsubid = 0
WHERE c.relkind IN ('v', 'm')
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname
