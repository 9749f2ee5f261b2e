-- Sequences pg-index-health's sequence_overflow query cannot read (it takes their start value instead). The CASE
-- keeps has_sequence_privilege from ever seeing a relation that is not a sequence (which it refuses): the planner
-- may evaluate the conditions of an AND in any order.
SELECT count(*)
FROM pg_catalog.pg_class c
JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname = ANY (?::text[])
  AND CASE WHEN c.relkind = 'S' THEN NOT pg_catalog.has_sequence_privilege(c.oid, 'SELECT,USAGE') ELSE false END
