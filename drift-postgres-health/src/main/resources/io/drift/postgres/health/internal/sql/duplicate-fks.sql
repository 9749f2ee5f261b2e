-- Foreign keys identical to another of the same table: same referenced table, same pairs of referencing and
-- referenced columns, same actions, match type and deferrability. The first by name is kept; each other is a row.
-- Only keys with a twin on the same columns and referenced table (an index probe on pg_constraint each) get their
-- signature built.
WITH {{inspected}},
twins AS (
    SELECT k.oid
    FROM pg_catalog.pg_constraint k
    WHERE k.contype = 'f'
      AND k.conparentid = 0
      AND EXISTS (SELECT FROM pg_catalog.pg_constraint k2
                  WHERE k2.conrelid = k.conrelid AND k2.contype = 'f' AND k2.oid <> k.oid
                    AND k2.confrelid = k.confrelid AND k2.conparentid = 0
                    AND k2.conkey @> k.conkey AND k2.conkey <@ k.conkey)
),
fks AS (
    SELECT k.conrelid, k.confrelid, k.conname, n.nspname, t.relname,
           k.conrelid::pg_catalog.regclass::text AS table_sql,
           pg_catalog.quote_ident(k.conname) AS constraint_sql,
           (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY u.ord)
            FROM pg_catalog.unnest(k.conkey) WITH ORDINALITY u(attnum, ord)
            JOIN pg_catalog.pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum) AS columns_sql,
           concat_ws(' ',
                     (SELECT pg_catalog.string_agg(p.c::text || '>' || p.f::text, ',' ORDER BY p.c, p.f)
                      FROM ROWS FROM (pg_catalog.unnest(k.conkey), pg_catalog.unnest(k.confkey)) p(c, f)),
                     k.confupdtype, k.confdeltype, k.confmatchtype, k.condeferrable, k.condeferred) AS signature
    FROM pg_catalog.pg_constraint k
    JOIN pg_catalog.pg_class t ON t.oid = k.conrelid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE k.oid IN (SELECT oid FROM twins)
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
ranked AS (
    SELECT f.*,
           pg_catalog.row_number() OVER w AS position,
           pg_catalog.first_value(f.constraint_sql) OVER w AS kept_sql,
           count(*) OVER (PARTITION BY f.conrelid, f.confrelid, f.signature) AS copies
    FROM fks f
    WINDOW w AS (PARTITION BY f.conrelid, f.confrelid, f.signature ORDER BY f.conname COLLATE "C")
)
SELECT nspname, relname, conname, table_sql, constraint_sql, kept_sql, columns_sql
FROM ranked
WHERE copies > 1 AND position > 1
ORDER BY nspname COLLATE "C", relname COLLATE "C", conname COLLATE "C"
