-- The columns the given sequences feed as identity or owned sequence (the ones to widen with them).
SELECT d.objid AS oid,
       pg_catalog.string_agg(d.refobjid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname), ', '
                             ORDER BY d.refobjid, a.attnum) AS feeds
FROM pg_catalog.pg_depend d
JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND d.objid = ANY (?::text[]::oid[])
  AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
  AND d.refobjsubid > 0
  AND d.deptype IN ('a', 'i')
GROUP BY d.objid
