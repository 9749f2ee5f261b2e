-- Rules made with CREATE RULE on tables and views, as pg.rule vendor objects under their relation. A view's own
-- _RETURN rule is its definition, read by views.sql. The definition is the server's deparse (whitespace normalised in
-- Java); enabled is reported only when not the default (ALTER TABLE … DISABLE RULE). Rules of an extension's
-- relations are the extension's.
SELECT n.nspname                                    AS schema,
       c.relname                                    AS parent,
       r.rulename                                   AS name,
       ARRAY['definition=' || pg_get_ruledef(r.oid, true),
             'enabled=' || CASE r.ev_enabled WHEN 'D' THEN 'disabled' WHEN 'R' THEN 'replica'
                                             WHEN 'A' THEN 'always' END,
             'comment=' || obj_description(r.oid, 'pg_rewrite')] AS attributes
FROM pg_rewrite r
JOIN pg_class c ON c.oid = r.ev_class
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND c.relnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_class'::regclass AND e.objid = c.oid AND e.deptype = 'e')
ORDER BY n.nspname, c.relname, r.rulename
