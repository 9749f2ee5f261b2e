-- Collations created by the user, as pg.collation vendor objects (the thousands that initdb imports live in
-- pg_catalog, which is never captured). The locale is one value when LC_COLLATE and LC_CTYPE agree (as they always
-- do for ICU, whose locale is stored in both up to 14); from 15 an ICU locale has a column of its own, and from 17
-- ICU and builtin locales are colllocale. ICU rules exist from 16. The collation's version is left out: it is the operating
-- system's or ICU's library version, not the schema's. Extension-owned collations are the extension's.
SELECT n.nspname                                    AS schema,
       NULL::text                                   AS parent,
       co.collname                                  AS name,
       ARRAY['provider=' || CASE co.collprovider WHEN 'c' THEN 'libc' WHEN 'i' THEN 'icu' WHEN 'b' THEN 'builtin'
                                                 ELSE 'default' END,
--#if pg >= 17
             'locale=' || CASE WHEN co.collprovider IN ('i', 'b') THEN co.colllocale
                               WHEN co.collcollate = co.collctype THEN co.collcollate END,
--#elif pg >= 15
             'locale=' || CASE WHEN co.collprovider = 'i' THEN co.colliculocale
                               WHEN co.collcollate = co.collctype THEN co.collcollate END,
--#else
             'locale=' || CASE WHEN co.collcollate = co.collctype THEN co.collcollate END,
--#endif
             'lc_collate=' || CASE WHEN co.collcollate <> co.collctype THEN co.collcollate END,
             'lc_ctype=' || CASE WHEN co.collcollate <> co.collctype THEN co.collctype END,
             'deterministic=' || CASE WHEN NOT co.collisdeterministic THEN 'false' END,
--#if pg >= 16
             'icu_rules=' || co.collicurules,
--#endif
             'comment=' || obj_description(co.oid, 'pg_collation')] AS attributes
FROM pg_collation co
JOIN pg_namespace n ON n.oid = co.collnamespace
WHERE co.collnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_collation'::regclass AND e.objid = co.oid AND e.deptype = 'e')
ORDER BY n.nspname, co.collname
