-- Foreign keys whose columns differ in type (or type modifier) from the columns they reference, where it can fail: a
-- referencing column at least as wide as the one it references is left out (bigint referencing integer: the
-- referenced key overflows first, and that is its own problem; text or a longer varchar referencing varchar(n)). A
-- domain counts as its base type with the domain's modifier, so a domain over bigint referencing bigint is no
-- mismatch. (pg-index-health reports any difference of type or modifier.) In stages, each materialized: the column
-- pairs of every foreign key, the pairs whose type or modifier differ at all (two index probes each: a LATERAL
-- subquery with OFFSET 0 is never flattened into a join, which the planner, misled by unnest's estimate of ten rows
-- a key, would make a hash of all of pg_attribute), and only then names, domains and schemas for those few.
WITH {{inspected}},
pairs AS MATERIALIZED (
    SELECT k.oid, k.conrelid, k.confrelid, p.c, p.f, p.ord
    FROM pg_catalog.pg_constraint k
    CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(k.conkey), pg_catalog.unnest(k.confkey)) WITH ORDINALITY p(c, f, ord)
    WHERE k.contype = 'f'
      AND k.conparentid = 0
),
differing AS MATERIALIZED (
    SELECT p.*, a.attname, a.atttypid, a.atttypmod,
           fa.attname AS referenced_attname, fa.atttypid AS referenced_typid, fa.atttypmod AS referenced_typmod
    FROM pairs p
    CROSS JOIN LATERAL (SELECT x.attname, x.atttypid, x.atttypmod FROM pg_catalog.pg_attribute x
                        WHERE x.attrelid = p.conrelid AND x.attnum = p.c OFFSET 0) a
    CROSS JOIN LATERAL (SELECT x.attname, x.atttypid, x.atttypmod FROM pg_catalog.pg_attribute x
                        WHERE x.attrelid = p.confrelid AND x.attnum = p.f OFFSET 0) fa
    WHERE a.atttypid <> fa.atttypid OR a.atttypmod <> fa.atttypmod
),
typed AS (
    SELECT d.*,
           pg_catalog.format_type(d.atttypid, d.atttypmod) AS column_type,
           pg_catalog.format_type(d.referenced_typid, d.referenced_typmod) AS referenced_type,
           CASE WHEN ty.typtype = 'd' THEN ty.typbasetype ELSE ty.oid END AS base,
           CASE WHEN ty.typtype = 'd' AND d.atttypmod = -1 THEN ty.typtypmod ELSE d.atttypmod END AS mod,
           CASE WHEN fty.typtype = 'd' THEN fty.typbasetype ELSE fty.oid END AS referenced_base,
           CASE WHEN fty.typtype = 'd' AND d.referenced_typmod = -1 THEN fty.typtypmod ELSE d.referenced_typmod END
               AS referenced_mod
    FROM differing d
    JOIN pg_catalog.pg_type ty ON ty.oid = d.atttypid
    JOIN pg_catalog.pg_type fty ON fty.oid = d.referenced_typid
)
SELECT n.nspname, t.relname, k.conname,
       y.conrelid::pg_catalog.regclass::text AS table_sql,
       pg_catalog.quote_ident(k.conname) AS constraint_sql,
       y.confrelid::pg_catalog.regclass::text AS referenced_sql,
       pg_catalog.string_agg(pg_catalog.quote_ident(y.attname) || ' ' || y.column_type || ' references '
                             || pg_catalog.quote_ident(y.referenced_attname) || ' ' || y.referenced_type, ', '
                             ORDER BY y.ord) AS mismatches
FROM typed y
JOIN pg_catalog.pg_constraint k ON k.oid = y.oid
JOIN pg_catalog.pg_class t ON t.oid = y.conrelid
JOIN inspected n ON n.oid = t.relnamespace
WHERE NOT (y.base = y.referenced_base AND y.mod = y.referenced_mod)
  -- a wider integer referencing a narrower one: int8 (20) ≥ int4 (23) ≥ int2 (21)
  AND NOT (y.base IN (20, 21, 23) AND y.referenced_base IN (20, 21, 23)
           AND CASE y.base WHEN 20 THEN 8 WHEN 23 THEN 4 ELSE 2 END
               >= CASE y.referenced_base WHEN 20 THEN 8 WHEN 23 THEN 4 ELSE 2 END)
  -- text, or varchar at least as long (or unlimited), referencing varchar or text: varchar (1043), text (25)
  AND NOT (y.base IN (25, 1043) AND y.referenced_base IN (25, 1043)
           AND (y.mod = -1 OR (y.referenced_mod <> -1 AND y.mod >= y.referenced_mod)))
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
GROUP BY n.nspname, t.relname, k.conname, y.conrelid, y.confrelid
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", k.conname COLLATE "C"
