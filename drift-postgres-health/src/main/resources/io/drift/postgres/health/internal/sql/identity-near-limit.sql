-- Columns of type smallint or integer fed by a sequence whose own limit lies beyond the column type's: the column
-- overflows first, so pg.sequence-near-limit (which measures the sequence against its own range) does not see it. A
-- sequence feeds a column as its identity (deptype 'i'), as the sequence it owns (serial: deptype 'a'), or through
-- the column's DEFAULT nextval(…) (a dependency of the default). The share used is the sequence's last value against
-- the column type's limit in the direction the sequence moves; one never called, or not readable, is left out.
WITH {{inspected}},
fed AS (
    -- from each sequence to what it feeds, through the indexes on pg_depend's depender and referenced sides
    SELECT s.seqrelid AS sequence_oid, d.refobjid AS table_oid, d.refobjsubid AS attnum
    FROM pg_catalog.pg_sequence s
    JOIN pg_catalog.pg_depend d ON d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = s.seqrelid
                               AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                               AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
    UNION
    SELECT s.seqrelid, ad.adrelid, ad.adnum
    FROM pg_catalog.pg_sequence s
    JOIN pg_catalog.pg_depend d ON d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
                               AND d.refobjid = s.seqrelid
                               AND d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
    JOIN pg_catalog.pg_attrdef ad ON ad.oid = d.objid
),
columns AS MATERIALIZED (
    SELECT n.nspname, t.relname, a.attname,
           t.oid::pg_catalog.regclass::text AS table_sql,
           pg_catalog.quote_ident(a.attname) AS column_sql,
           pg_catalog.format_type(a.atttypid, a.atttypmod) AS column_type,
           CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767 ELSE 2147483647 END::numeric
               AS type_max,
           CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768 ELSE -2147483648 END::numeric
               AS type_min,
           s.seqrelid::pg_catalog.regclass::text AS sequence_sql,
           s.seqmax::numeric AS seqmax, s.seqmin::numeric AS seqmin, s.seqincrement,
           CASE WHEN c.relkind = 'S' AND pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE')
                THEN pg_catalog.pg_sequence_last_value(c.oid) END::numeric AS last_value
    FROM fed f
    JOIN pg_catalog.pg_sequence s ON s.seqrelid = f.sequence_oid
    JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
    JOIN pg_catalog.pg_class t ON t.oid = f.table_oid
    JOIN inspected n ON n.oid = t.relnamespace
    JOIN pg_catalog.pg_attribute a ON a.attrelid = f.table_oid AND a.attnum = f.attnum AND NOT a.attisdropped
    WHERE a.atttypid IN ('pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype)
      AND NOT t.relispartition
      -- only where the sequence can go beyond the column's type (else pg.sequence-near-limit sees it); this also
      -- keeps pg_sequence_last_value, which opens each sequence, to the few sequences that matter
      AND CASE WHEN s.seqincrement > 0
               THEN s.seqmax > CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767
                                               ELSE 2147483647 END
               ELSE s.seqmin < CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768
                                               ELSE -2147483648 END END
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT nspname, relname, attname, table_sql, column_sql, column_type, sequence_sql, type_max, type_min, last_value,
       (CASE WHEN seqincrement > 0 THEN last_value / type_max ELSE last_value / type_min END)::float8 AS used
FROM columns
WHERE last_value IS NOT NULL
  AND CASE WHEN seqincrement > 0 THEN last_value / type_max ELSE last_value / type_min END >= ?
ORDER BY nspname COLLATE "C", relname COLLATE "C", attname COLLATE "C"
