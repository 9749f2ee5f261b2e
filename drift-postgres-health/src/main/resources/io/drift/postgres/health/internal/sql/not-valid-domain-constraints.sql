-- CHECK constraints of domains added NOT VALID and never validated (pg-index-health's query covers tables only).
SELECT n.nspname,
       t.typname,
       c.conname,
       t.oid::pg_catalog.regtype::text AS domain_sql,
       pg_catalog.quote_ident(c.conname) AS constraint_sql
FROM pg_catalog.pg_constraint c
JOIN pg_catalog.pg_type t ON t.oid = c.contypid
JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace
WHERE c.contypid <> 0
  AND NOT c.convalidated
  AND n.nspname = ANY (?::text[])
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = t.oid AND d.deptype = 'e')
ORDER BY n.nspname, t.typname, c.conname
