-- Composite types made with CREATE TYPE … AS (…), one row per live field. Only relkind 'c': every table, view and
-- sequence also has a composite row type, which is part of the relation, not a type of its own.
-- Positions count live fields only (row_number over attnum), so a type that once had a field dropped compares equal
-- to one that never had it. Collations are reported only where they differ from the field type's.
SELECT t.oid,
       n.nspname                                 AS schema_name,
       t.typname                                 AS name,
       pg_get_userbyid(t.typowner)               AS owner,
       d.description                             AS comment,
       coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl,
       a.attname                                 AS field_name,
       row_number() OVER (PARTITION BY t.oid ORDER BY a.attnum) AS field_position,
       format_type(a.atttypid, a.atttypmod)      AS field_type,
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> ft.typcollation THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END                                       AS field_collation,
       ad.description                            AS field_comment
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_class c ON c.oid = t.typrelid AND c.relkind = 'c'
LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_type ft ON ft.oid = a.atttypid
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_type'::regclass AND d.objoid = t.oid AND d.objsubid = 0
LEFT JOIN pg_description ad ON ad.classoid = 'pg_class'::regclass AND ad.objoid = c.oid AND ad.objsubid = a.attnum
WHERE t.typtype = 'c'
  AND n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.typname, a.attnum
