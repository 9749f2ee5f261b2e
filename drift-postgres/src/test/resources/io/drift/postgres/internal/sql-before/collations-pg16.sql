-- Collations created by the user, as pg.collation vendor objects (the thousands that initdb imports live in
-- pg_catalog, which is never captured). The locale is one value when LC_COLLATE and LC_CTYPE agree (from 15, an ICU
-- locale has a column of its own). The collation's version is left out: it is the operating
-- system's or ICU's library version, not the schema's. Extension-owned collations are the extension's.
SELECT n.nspname                                    AS schema,
       NULL::text                                   AS parent,
       co.collname                                  AS name,
       ARRAY['provider=' || CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin'
                                                 ELSE 'default' END,
             'locale=' || CASE WHEN co.collprovider = 'i' THEN co.colliculocale
                               WHEN co.collcollate = co.collctype THEN co.collcollate END,
             'lc_collate=' || CASE WHEN co.collcollate <> co.collctype THEN co.collcollate END,
             'lc_ctype=' || CASE WHEN co.collcollate <> co.collctype THEN co.collctype END,
             'deterministic=' || CASE WHEN NOT co.collisdeterministic THEN 'false' END,
             'icu_rules=' || co.collicurules,
             'comment=' || obj_description(co.oid, 'pg_collation')] AS attributes
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE co.collnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_collation'::regclass AND e.objid = co.oid AND e.deptype = 'e')
ORDER BY n.nspname, co.collname
