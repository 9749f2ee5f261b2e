-- Extended statistics (CREATE STATISTICS), as pg.statistics vendor objects, built from pg_statistic_ext rather than
-- pg_get_statisticsobjdef, whose text changed in 14. Kinds are sorted names; 'e' (expression statistics, which 14+
-- adds by itself when there are expressions) is not a kind one writes. From 13: the statistics target (-1 to 16,
-- NULL from 17, is the default and is not reported); from 14: expressions too.
SELECT n.nspname                                    AS schema,
       NULL::text                                   AS parent,
       s.stxname                                    AS name,
       ARRAY['table=' || quote_ident(tn.nspname) || '.' || quote_ident(c.relname),
             'kinds=' || array_to_string(ARRAY(
                 SELECT CASE k WHEN 'd' THEN 'ndistinct' WHEN 'f' THEN 'dependencies' WHEN 'm' THEN 'mcv' END
                 FROM unnest(s.stxkind) k WHERE k <> 'e' ORDER BY 1), ', '),
             'columns=' || nullif(array_to_string(ARRAY(
                 SELECT quote_ident(a.attname)
                 FROM unnest(s.stxkeys::int2[]) WITH ORDINALITY k(attnum, i)
                 JOIN pg_attribute a ON a.attrelid = s.stxrelid AND a.attnum = k.attnum
                 ORDER BY k.i), ', '), ''),
--#if pg >= 14
             'expressions=' || array_to_string(pg_get_statisticsobjdef_expressions(s.oid), ', '),
--#endif
--#if pg >= 13
             'statistics_target=' || nullif(s.stxstattarget, -1)::text,
--#endif
             'comment=' || obj_description(s.oid, 'pg_statistic_ext')] AS attributes
FROM pg_statistic_ext s
JOIN pg_namespace n ON n.oid = s.stxnamespace
JOIN pg_class c ON c.oid = s.stxrelid
JOIN pg_namespace tn ON tn.oid = c.relnamespace
WHERE s.stxnamespace = ANY (CAST(:schemas AS oid[]))
  AND NOT EXISTS (SELECT FROM pg_depend e
                  WHERE e.classid = 'pg_statistic_ext'::regclass AND e.objid = s.oid AND e.deptype = 'e')
ORDER BY n.nspname, s.stxname
