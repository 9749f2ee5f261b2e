-- Sequences (that do not cycle) whose last value has used at least the given fraction of their range, in the
-- direction they move. A sequence never called counts from its start. Sequences the role may not read
-- (pg_sequence_last_value needs USAGE or SELECT) come back too, flagged, to be counted rather than checked. The CASE
-- keeps has_sequence_privilege from seeing anything but a sequence: the planner may evaluate an AND in any order.
-- numeric arithmetic: seqmax - seqmin overflows bigint for a sequence that spans the whole range.
WITH {{inspected}},
seqs AS (
    SELECT n.nspname,
           c.relname,
           c.oid::pg_catalog.regclass::text AS sequence_sql,
           pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
           s.seqmin::numeric AS seqmin,
           s.seqmax::numeric AS seqmax,
           s.seqincrement,
           s.seqstart,
           CASE WHEN c.relkind = 'S' THEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') END AS readable,
           c.oid
    FROM pg_catalog.pg_sequence s
    JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
    JOIN inspected n ON n.oid = c.relnamespace
    WHERE NOT s.seqcycle
      AND c.oid NOT IN (SELECT objid FROM extension_relations)
),
used AS (
    SELECT q.*,
           CASE WHEN q.seqincrement > 0 THEN (coalesce(q.last_value, q.seqstart) - q.seqmin) / (q.seqmax - q.seqmin)
                ELSE (q.seqmax - coalesce(q.last_value, q.seqstart)) / (q.seqmax - q.seqmin) END AS used
    FROM (SELECT seqs.*,
                 CASE WHEN seqs.readable THEN pg_catalog.pg_sequence_last_value(seqs.oid) END AS last_value
          FROM seqs) q
)
SELECT u.nspname, u.relname, u.sequence_sql, u.data_type, u.readable, u.used::float8 AS used,
       -- the columns it feeds, as identity or owned sequence (the ones to widen with it)
       (SELECT pg_catalog.string_agg(d.refobjid::pg_catalog.regclass::text || '.' || pg_catalog.quote_ident(a.attname),
                                     ', ' ORDER BY d.refobjid, a.attnum)
        FROM pg_catalog.pg_depend d
        JOIN pg_catalog.pg_attribute a ON a.attrelid = d.refobjid AND a.attnum = d.refobjsubid
        WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.objid = u.oid
          AND d.refclassid = 'pg_catalog.pg_class'::pg_catalog.regclass AND d.refobjsubid > 0
          AND d.deptype IN ('a', 'i')) AS feeds
FROM used u
WHERE NOT u.readable OR u.used >= ?
ORDER BY u.nspname COLLATE "C", u.relname COLLATE "C"
