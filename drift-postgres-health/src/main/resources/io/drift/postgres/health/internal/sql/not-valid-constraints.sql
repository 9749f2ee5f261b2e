-- Constraints added NOT VALID and never validated: check and foreign key constraints of tables (and NOT NULL ones,
-- which PostgreSQL 18 can add NOT VALID), and check constraints of domains. Constraints a partition or an inheriting
-- table got from its parent are validated with the parent's, so only the parent's are listed.
WITH {{inspected}},
found AS (
SELECT n.nspname,
       t.relname AS owner_name,
       k.conname,
       k.contype::text AS contype,
       false AS domain,
       k.conrelid::pg_catalog.regclass::text AS owner_sql,
       pg_catalog.quote_ident(k.conname) AS constraint_sql
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_class t ON t.oid = k.conrelid
JOIN inspected n ON n.oid = t.relnamespace
WHERE NOT k.convalidated
  AND k.contype IN ('c', 'f', 'n')
  AND k.conparentid = 0
  AND k.coninhcount = 0
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
UNION ALL
SELECT n.nspname,
       ty.typname,
       k.conname,
       k.contype::text,
       true,
       ty.oid::pg_catalog.regtype::text,
       pg_catalog.quote_ident(k.conname)
FROM pg_catalog.pg_constraint k
JOIN pg_catalog.pg_type ty ON ty.oid = k.contypid
JOIN inspected n ON n.oid = ty.typnamespace
WHERE NOT k.convalidated
  AND k.contypid <> 0
  AND NOT EXISTS (SELECT FROM pg_catalog.pg_depend d
                  WHERE d.classid = 'pg_catalog.pg_type'::pg_catalog.regclass
                    AND d.objid = ty.oid AND d.deptype = 'e')
)
SELECT * FROM found
ORDER BY nspname COLLATE "C", owner_name COLLATE "C", conname COLLATE "C"
