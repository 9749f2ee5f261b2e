-- Casts, operators, operator classes and operator families created by the user, as pg.cast, pg.operator,
-- pg.operator-class and pg.operator-family vendor objects. Built-in ones live in pg_catalog (a cast is built in when
-- neither its types nor its function are in a captured schema); extension-owned ones (btree_gist's classes, citext's
-- casts) are the extension's, and the cast from a range to its multirange (from 14) is part of the range type, as
-- its constructors are (routines.sql). Types, functions and operators are rendered with search_path = pg_catalog, so those
-- outside pg_catalog are schema-qualified.
--   cast: "pg.cast"/(app.money AS text): function (absent for WITHOUT FUNCTION and WITH INOUT, which method names),
--         context (implicit, assignment or explicit);
--   operator: "pg.operator".app/===(app.money, app.money) (NONE for the left operand of a prefix operator):
--         function, commutator, negator, restrict, join, hashes, merges;
--   operator class: "pg.operator-class".app/money_ops USING btree: type, default, family, storage;
--   operator family: "pg.operator-family".app/money_ops USING btree: its operators and support functions, which
--         belong to the family (CREATE OPERATOR CLASS puts them there), one item each in strategy or support
--         number order, as the DDL writes them.
SELECT 'pg.cast'                                    AS kind,
       NULL::text                                   AS schema,
       NULL::text                                   AS parent,
       '(' || format_type(c.castsource, NULL) || ' AS ' || format_type(c.casttarget, NULL) || ')' AS name,
       NULL::text                                   AS owner,
       NULL::text[]                                 AS acl,
       NULL::text                                   AS acl_kind,
       NULL::text[]                                 AS initial_acl,
       ARRAY['function=' || nullif(c.castfunc, 0)::regprocedure::text,
             'method=' || CASE c.castmethod WHEN 'b' THEN 'binary' WHEN 'i' THEN 'inout' END,
             'context=' || CASE c.castcontext WHEN 'i' THEN 'implicit' WHEN 'a' THEN 'assignment'
                                              ELSE 'explicit' END,
             'comment=' || obj_description(c.oid, 'pg_cast')] AS attributes
FROM pg_cast c
JOIN pg_type s ON s.oid = c.castsource
JOIN pg_type t ON t.oid = c.casttarget
LEFT JOIN pg_proc p ON p.oid = c.castfunc
WHERE (s.typnamespace = ANY (CAST(:schemas AS oid[])) OR t.typnamespace = ANY (CAST(:schemas AS oid[]))
       OR p.pronamespace = ANY (CAST(:schemas AS oid[])))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_cast'::regclass AND e.objid = c.oid AND e.deptype IN ('e', 'i'))
UNION ALL
SELECT 'pg.operator',
       n.nspname,
       NULL::text,
       o.oprname || '(' || CASE WHEN o.oprleft = 0 THEN 'NONE' ELSE format_type(o.oprleft, NULL) END || ', '
           || CASE WHEN o.oprright = 0 THEN 'NONE' ELSE format_type(o.oprright, NULL) END || ')',
       NULL::text,
       NULL::text[],
       NULL::text,
       NULL::text[],
       ARRAY['function=' || o.oprcode::regprocedure::text,
             'commutator=' || nullif(o.oprcom, 0)::regoperator::text,
             'negator=' || nullif(o.oprnegate, 0)::regoperator::text,
             'restrict=' || nullif(o.oprrest, 0)::regproc::text,
             'join=' || nullif(o.oprjoin, 0)::regproc::text,
             'hashes=' || CASE WHEN o.oprcanhash THEN 'true' END,
             'merges=' || CASE WHEN o.oprcanmerge THEN 'true' END,
             'comment=' || obj_description(o.oid, 'pg_operator')]
FROM pg_operator o
JOIN pg_namespace n ON n.oid = o.oprnamespace
WHERE o.oprnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_operator'::regclass AND e.objid = o.oid AND e.deptype = 'e')
UNION ALL
SELECT 'pg.operator-class',
       n.nspname,
       NULL::text,
       oc.opcname || ' USING ' || am.amname,
       NULL::text,
       NULL::text[],
       NULL::text,
       NULL::text[],
       ARRAY['type=' || format_type(oc.opcintype, NULL),
             'default=' || CASE WHEN oc.opcdefault THEN 'true' END,
             'family=' || quote_ident(fn.nspname) || '.' || quote_ident(f.opfname),
             'storage=' || CASE WHEN oc.opckeytype <> 0 THEN format_type(oc.opckeytype, NULL) END,
             'comment=' || obj_description(oc.oid, 'pg_opclass')]
FROM pg_opclass oc
JOIN pg_namespace n ON n.oid = oc.opcnamespace
JOIN pg_am am ON am.oid = oc.opcmethod
JOIN pg_opfamily f ON f.oid = oc.opcfamily
JOIN pg_namespace fn ON fn.oid = f.opfnamespace
WHERE oc.opcnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_opclass'::regclass AND e.objid = oc.oid AND e.deptype = 'e')
UNION ALL
SELECT 'pg.operator-family',
       n.nspname,
       NULL::text,
       f.opfname || ' USING ' || am.amname,
       NULL::text,
       NULL::text[],
       NULL::text,
       NULL::text[],
       ARRAY['operators=' || nullif(array_to_string(ARRAY(
                 SELECT item FROM (
                     SELECT ao.amopstrategy AS number,
                            'OPERATOR ' || ao.amopstrategy || ' ' || ao.amopopr::regoperator::text
                            || CASE WHEN ao.amoppurpose = 'o' THEN ' FOR ORDER BY '
                                    || quote_ident(sn.nspname) || '.' || quote_ident(sf.opfname) ELSE '' END AS item
                     FROM pg_amop ao
                     LEFT JOIN pg_opfamily sf ON sf.oid = ao.amopsortfamily
                     LEFT JOIN pg_namespace sn ON sn.oid = sf.opfnamespace
                     WHERE ao.amopfamily = f.oid) x
                 ORDER BY number, item COLLATE "C"), ', '), ''),
             'functions=' || nullif(array_to_string(ARRAY(
                 SELECT item FROM (
                     SELECT ap.amprocnum AS number,
                            'FUNCTION ' || ap.amprocnum || ' (' || format_type(ap.amproclefttype, NULL) || ', '
                            || format_type(ap.amprocrighttype, NULL) || ') ' || ap.amproc::regprocedure::text AS item
                     FROM pg_amproc ap
                     WHERE ap.amprocfamily = f.oid) x
                 ORDER BY number, item COLLATE "C"), ', '), ''),
             'comment=' || obj_description(f.oid, 'pg_opfamily')]
FROM pg_opfamily f
JOIN pg_namespace n ON n.oid = f.opfnamespace
JOIN pg_am am ON am.oid = f.opfmethod
WHERE f.opfnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_opfamily'::regclass AND e.objid = f.oid AND e.deptype = 'e')
ORDER BY 1, 2, 4
