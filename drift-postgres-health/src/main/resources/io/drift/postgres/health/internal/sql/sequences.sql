-- The sequences of the inspected schemas that do not cycle, with their range, and whether the role may read their
-- last value (pg_sequence_last_value needs USAGE or SELECT). Catalog only: reading the values (which locks each
-- sequence) is sequence-values.sql, in batches. The CASE keeps has_sequence_privilege from seeing anything but a
-- sequence: the planner may evaluate the conditions of an AND in any order.
WITH {{inspected}}
SELECT c.oid,
       n.nspname,
       c.relname,
       c.oid::pg_catalog.regclass::text AS sequence_sql,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqmin,
       s.seqmax,
       s.seqincrement,
       s.seqstart,
       CASE WHEN c.relkind = 'S' THEN pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') END AS readable
FROM pg_catalog.pg_sequence s
JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid
JOIN inspected n ON n.oid = c.relnamespace
WHERE NOT s.seqcycle
  AND c.oid NOT IN (SELECT objid FROM extension_relations)
ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
