-- Columns of type smallint or integer fed by a sequence whose own limit lies beyond the column type's: the column
-- overflows first, so pg.sequence-near-limit (which measures the sequence against its own range) does not see it. A
-- sequence feeds a column as its identity (deptype 'i'), as the sequence it owns (serial: deptype 'a'), or through
-- the column's DEFAULT nextval(…) (a dependency of the default). The share used is the sequence's last value against
-- the column type's limit in the direction the sequence moves; one never called, or not readable, is left out. It
-- starts from the sequences and follows pg_depend's indexes to the columns, so that pg_sequence_last_value, which
-- opens each sequence, runs for the few that matter.
WITH {{inspected}},
wide AS MATERIALIZED (
    -- sequences that can go beyond a smallint in the direction they move: the only ones that can outrun a column
    SELECT s.seqrelid, s.seqincrement, s.seqmax::numeric AS seqmax, s.seqmin::numeric AS seqmin
    FROM pg_catalog.pg_sequence s
    WHERE CASE WHEN s.seqincrement > 0 THEN s.seqmax > 32767 ELSE s.seqmin < -32768 END
),
fed AS MATERIALIZED (
    -- from each to the columns it feeds, through pg_depend's two indexes (LATERAL … OFFSET 0: index probes per
    -- sequence, which the planner, estimating badly on the catalog, would otherwise turn into scans of pg_depend)
    SELECT w.*, c.attrelid, c.attnum
    FROM wide w
    CROSS JOIN LATERAL (
        SELECT d.refobjid AS attrelid, d.refobjsubid AS attnum
        FROM pg_catalog.pg_depend d
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = w.seqrelid
          AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass
          AND d.refobjsubid > 0 AND d.deptype IN ('a', 'i')
        UNION
        SELECT ad.adrelid, ad.adnum
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_attrdef ad ON ad.oid = d.objid
        WHERE d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjid = w.seqrelid
          AND d.classid = 'pg_catalog.pg_attrdef'::pg_catalog.regclass
        OFFSET 0) c
),
typed AS MATERIALIZED (
    -- the columns of a type the sequence can outrun: smallint or integer, narrower than the sequence's range
    SELECT f.*, a.attname, a.atttypid, a.atttypmod,
           CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767 ELSE 2147483647 END::numeric
               AS type_max,
           CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768 ELSE -2147483648 END::numeric
               AS type_min
    FROM fed f
    CROSS JOIN LATERAL (SELECT x.attname, x.atttypid, x.atttypmod, x.attisdropped FROM pg_catalog.pg_attribute x
                        WHERE x.attrelid = f.attrelid AND x.attnum = f.attnum OFFSET 0) a
    WHERE a.atttypid IN ('pg_catalog.int2'::pg_catalog.regtype, 'pg_catalog.int4'::pg_catalog.regtype)
      AND NOT a.attisdropped
      AND CASE WHEN f.seqincrement > 0
               THEN f.seqmax > CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN 32767
                                               ELSE 2147483647 END
               ELSE f.seqmin < CASE a.atttypid WHEN 'pg_catalog.int2'::pg_catalog.regtype THEN -32768
                                               ELSE -2147483648 END END
),
candidates AS MATERIALIZED (
    SELECT y.*, t.relname, t.relnamespace
    FROM typed y
    JOIN pg_catalog.pg_class t ON t.oid = y.attrelid
    WHERE NOT t.relispartition
      AND t.relnamespace IN (SELECT oid FROM inspected)
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
),
valued AS (
    SELECT c.*, c.seqrelid AS sequence_oid,
           CASE WHEN q.relkind = 'S' AND pg_catalog.has_sequence_privilege(q.oid, 'SELECT,USAGE')
                THEN pg_catalog.pg_sequence_last_value(q.oid) END::numeric AS last_value
    FROM candidates c
    JOIN pg_catalog.pg_class q ON q.oid = c.seqrelid
)
SELECT n.nspname, v.relname, v.attname,
       v.attrelid::pg_catalog.regclass::text AS table_sql,
       pg_catalog.quote_ident(v.attname) AS column_sql,
       pg_catalog.format_type(v.atttypid, v.atttypmod) AS column_type,
       v.sequence_oid::pg_catalog.regclass::text AS sequence_sql,
       v.last_value,
       (CASE WHEN v.seqincrement > 0 THEN v.last_value / v.type_max ELSE v.last_value / v.type_min END)::float8 AS used
FROM valued v
JOIN pg_catalog.pg_namespace n ON n.oid = v.relnamespace
WHERE v.last_value IS NOT NULL
  AND CASE WHEN v.seqincrement > 0 THEN v.last_value / v.type_max ELSE v.last_value / v.type_min END >= ?
ORDER BY n.nspname COLLATE "C", v.relname COLLATE "C", v.attname COLLATE "C"
