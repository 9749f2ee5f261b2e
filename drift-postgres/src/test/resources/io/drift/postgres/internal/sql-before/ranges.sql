-- Range types (CREATE TYPE … AS RANGE), as pg.range vendor objects. From 14 each range also gets a multirange type
-- (and constructors for both, which routines.sql leaves out as the type's own): it is part of the range, and is
-- neither reported on its own nor an attribute, since 12 and 13 have none. The subtype's operator class and the
-- collation are reported only when they are not the subtype's defaults. Extension-owned ranges are the extension's.
-- Attributes are key=value items; a NULL item is an absent property.
SELECT n.nspname                                    AS schema,
       NULL::text                                   AS parent,
       t.typname                                    AS name,
       pg_get_userbyid(t.typowner)                  AS owner,
       coalesce(t.typacl, acldefault('T', t.typowner))::text[] AS acl,
       ARRAY['subtype=' || format_type(r.rngsubtype, NULL),
             'subtype_opclass=' || CASE WHEN NOT oc.opcdefault THEN
                 CASE WHEN ocn.nspname = 'pg_catalog' THEN quote_ident(oc.opcname)
                      ELSE quote_ident(ocn.nspname) || '.' || quote_ident(oc.opcname) END END,
             'collation=' || CASE WHEN r.rngcollation <> 0 AND r.rngcollation <> st.typcollation THEN
                 CASE WHEN cn.nspname = 'pg_catalog' THEN quote_ident(co.collname)
                      ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END END,
             'canonical=' || nullif(r.rngcanonical, 0)::regprocedure::text,
             'subtype_diff=' || nullif(r.rngsubdiff, 0)::regprocedure::text,
             'comment=' || obj_description(t.oid, 'pg_type')] AS attributes
FROM pg_range r
JOIN pg_type t ON t.oid = r.rngtypid
JOIN pg_namespace n ON n.oid = t.typnamespace
JOIN pg_type st ON st.oid = r.rngsubtype
LEFT JOIN pg_opclass oc ON oc.oid = r.rngsubopc
LEFT JOIN pg_namespace ocn ON ocn.oid = oc.opcnamespace
LEFT JOIN pg_collation co ON co.oid = r.rngcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
WHERE t.typnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_type'::regclass AND e.objid = t.oid AND e.deptype = 'e')
ORDER BY n.nspname, t.typname
