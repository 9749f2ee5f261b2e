-- Functions, procedures, aggregates and window functions. From 14, a SQL-standard body (BEGIN ATOMIC … END,
-- RETURN …) has no prosrc; pg_get_function_sqlbody renders it.
-- The identity (name + input argument types) is what tells overloads apart. The definition is prosrc, the body
-- exactly as written, because pg_get_functiondef's layout changes between versions. An aggregate has no body: its
-- definition is built from pg_aggregate instead.
-- Routines that belong to an extension (pg_depend.deptype = 'e', e.g. pg_trgm's) are the extension's. Routines
-- that are part of another object (deptype 'i': a range type's constructors, and from 14 its multirange's) are that
-- object's: they come and go with it, and 14 added three per range type.
-- Privileges: the effective ACL (a NULL ACL is the kind's defaults, USAGE or EXECUTE for PUBLIC); see Acl.
SELECT p.oid,
       n.nspname                                  AS schema_name,
       p.proname                                  AS name,
       p.prokind                                  AS kind,
       -- The identity is the input argument types (proargtypes, the catalog's own unique key with name and schema):
       -- pg_get_function_identity_arguments would also hold argument names, and, from 14, a procedure's OUT arguments.
       array_to_string(ARRAY(SELECT format_type(a.type_oid, NULL)
                             FROM unnest(p.proargtypes::oid[]) WITH ORDINALITY a(type_oid, n)
                             ORDER BY a.n), ', ')  AS identity_arguments,
       pg_get_function_arguments(p.oid)           AS arguments,
       CASE WHEN p.prokind <> 'p' THEN pg_get_function_result(p.oid) END AS result,
       l.lanname                                  AS language,
       p.provolatile                              AS volatility,
       p.prosecdef                                AS security_definer,
       p.proisstrict                              AS strict,
       p.proparallel                              AS parallel,
       p.procost                                  AS cost,
       p.prorows                                  AS result_rows,
       p.proretset                                AS returns_set,
       p.proleakproof                             AS leakproof,
       p.proconfig                                AS config,
       CASE WHEN p.prokind = 'a' THEN
           concat_ws(', ',
               'SFUNC = ' || ag.aggtransfn::regprocedure::text,
               'STYPE = ' || format_type(ag.aggtranstype, NULL),
               'SSPACE = ' || nullif(ag.aggtransspace, 0),
               'FINALFUNC = ' || nullif(ag.aggfinalfn, 0)::regprocedure::text,
               CASE WHEN ag.aggfinalextra THEN 'FINALFUNC_EXTRA' END,
               CASE WHEN ag.aggfinalfn <> 0 THEN 'FINALFUNC_MODIFY = '
                   || CASE ag.aggfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                             ELSE 'READ_WRITE' END END,
               'COMBINEFUNC = ' || nullif(ag.aggcombinefn, 0)::regprocedure::text,
               'SERIALFUNC = ' || nullif(ag.aggserialfn, 0)::regprocedure::text,
               'DESERIALFUNC = ' || nullif(ag.aggdeserialfn, 0)::regprocedure::text,
               'INITCOND = ' || quote_literal(ag.agginitval),
               'MSFUNC = ' || nullif(ag.aggmtransfn, 0)::regprocedure::text,
               'MINVFUNC = ' || nullif(ag.aggminvtransfn, 0)::regprocedure::text,
               'MSTYPE = ' || CASE WHEN ag.aggmtranstype <> 0 THEN format_type(ag.aggmtranstype, NULL) END,
               'MSSPACE = ' || nullif(ag.aggmtransspace, 0),
               'MFINALFUNC = ' || nullif(ag.aggmfinalfn, 0)::regprocedure::text,
               CASE WHEN ag.aggmfinalextra THEN 'MFINALFUNC_EXTRA' END,
               CASE WHEN ag.aggmfinalfn <> 0 THEN 'MFINALFUNC_MODIFY = '
                   || CASE ag.aggmfinalmodify WHEN 'r' THEN 'READ_ONLY' WHEN 's' THEN 'SHAREABLE'
                                              ELSE 'READ_WRITE' END END,
               'MINITCOND = ' || quote_literal(ag.aggminitval),
               'SORTOP = ' || nullif(ag.aggsortop, 0)::regoperator::text,
               CASE ag.aggkind WHEN 'o' THEN 'ORDERED' WHEN 'h' THEN 'HYPOTHETICAL' END)
--#if pg >= 14
       WHEN p.prosqlbody IS NOT NULL THEN pg_get_function_sqlbody(p.oid)
--#endif
       ELSE p.prosrc END                          AS definition,
--#if pg >= 14
       p.prosqlbody IS NOT NULL                 AS sql_body,
--#else
       false                                    AS sql_body,
--#endif
       p.probin                                   AS object_file,
       pg_get_userbyid(p.proowner)                AS owner,
       d.description                              AS comment,
       coalesce(p.proacl, acldefault('f', p.proowner))::text[] AS acl
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
JOIN pg_language l ON l.oid = p.prolang
LEFT JOIN pg_aggregate ag ON ag.aggfnoid = p.oid
LEFT JOIN pg_description d ON d.classoid = 'pg_proc'::regclass AND d.objoid = p.oid AND d.objsubid = 0
WHERE n.oid = ANY(:schemas)
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_proc'::regclass AND e.objid = p.oid AND e.deptype IN ('e', 'i'))
ORDER BY n.nspname, p.proname, identity_arguments
