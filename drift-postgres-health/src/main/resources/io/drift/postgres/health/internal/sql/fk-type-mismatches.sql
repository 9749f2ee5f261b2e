-- Foreign keys whose columns differ in type (or type modifier) from the columns they reference, where it can fail: a
-- referencing column at least as wide as the one it references is left out (bigint referencing integer: the
-- referenced key overflows first, and that is its own problem; text or a longer varchar referencing varchar(n)). A
-- domain counts as its base type with the domain's modifier, so a domain over bigint referencing bigint is no
-- mismatch. (pg-index-health reports any difference of type or modifier.)
WITH {{inspected}},
pairs AS (
    SELECT k.oid, k.conname, k.conrelid, k.confrelid, p.ord, n.nspname, t.relname,
           a.attname, fa.attname AS referenced_attname,
           pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
           pg_catalog.format_type(fa.atttypid, fa.atttypmod) AS referenced_type,
           CASE WHEN ty.typtype = 'd' THEN ty.typbasetype ELSE ty.oid END AS base,
           CASE WHEN ty.typtype = 'd' AND a.atttypmod = -1 THEN ty.typtypmod ELSE a.atttypmod END AS mod,
           CASE WHEN fty.typtype = 'd' THEN fty.typbasetype ELSE fty.oid END AS referenced_base,
           CASE WHEN fty.typtype = 'd' AND fa.atttypmod = -1 THEN fty.typtypmod ELSE fa.atttypmod END AS referenced_mod
    FROM pg_catalog.pg_constraint k
    JOIN pg_catalog.pg_class t ON t.oid = k.conrelid
    JOIN inspected n ON n.oid = t.relnamespace
    CROSS JOIN LATERAL ROWS FROM (pg_catalog.unnest(k.conkey), pg_catalog.unnest(k.confkey)) WITH ORDINALITY p(c, f, ord)
    JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = p.c
    JOIN pg_catalog.pg_attribute fa ON fa.attrelid = k.confrelid AND fa.attnum = p.f
    JOIN pg_catalog.pg_type ty ON ty.oid = a.atttypid
    JOIN pg_catalog.pg_type fty ON fty.oid = fa.atttypid
    WHERE k.contype = 'f'
      AND k.conparentid = 0
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT nspname, relname, conname,
       conrelid::pg_catalog.regclass::text AS table_sql,
       pg_catalog.quote_ident(conname) AS constraint_sql,
       confrelid::pg_catalog.regclass::text AS referenced_sql,
       pg_catalog.string_agg(pg_catalog.quote_ident(attname) || ' ' || column_type || ' references '
                             || pg_catalog.quote_ident(referenced_attname) || ' ' || referenced_type, ', '
                             ORDER BY ord) AS mismatches
FROM pairs
WHERE NOT (base = referenced_base AND mod = referenced_mod)
  -- a wider integer referencing a narrower one: int8 (20) ≥ int4 (23) ≥ int2 (21)
  AND NOT (base IN (20, 21, 23) AND referenced_base IN (20, 21, 23)
           AND CASE base WHEN 20 THEN 8 WHEN 23 THEN 4 ELSE 2 END
               >= CASE referenced_base WHEN 20 THEN 8 WHEN 23 THEN 4 ELSE 2 END)
  -- text, or varchar at least as long (or unlimited), referencing varchar or text: varchar (1043), text (25)
  AND NOT (base IN (25, 1043) AND referenced_base IN (25, 1043)
           AND (mod = -1 OR (referenced_mod <> -1 AND mod >= referenced_mod)))
GROUP BY nspname, relname, conname, conrelid, confrelid
ORDER BY nspname COLLATE "C", relname COLLATE "C", conname COLLATE "C"
