-- Tables without a primary key. A partition is left out (it lacks one only when its partitioned table does, which is
-- reported once); a partitioned table counts as having one when every partition that holds rows has one. A table
-- that inherits (table inheritance, before partitioning) from a table that has no primary key either is left out
-- too: the family is reported once, at its root, with the number of its members without one. The sets are hashed
-- (NOT IN), so the plan stays one pass over pg_class whatever the planner thinks of the catalog.
WITH {{inspected}},
keyed AS (
    SELECT k.conrelid FROM pg_catalog.pg_constraint k WHERE k.contype = 'p'
)
SELECT n.nspname, t.relname, t.oid::pg_catalog.regclass::text AS table_sql, t.relkind = 'p' AS partitioned,
       (SELECT count(*) FROM pg_catalog.pg_inherits i
        WHERE i.inhparent = t.oid AND t.relkind = 'r' AND i.inhrelid NOT IN (SELECT conrelid FROM keyed))
           AS heirs_without_pk
FROM pg_catalog.pg_class t
JOIN inspected n ON n.oid = t.relnamespace
WHERE t.relkind IN ('r', 'p')
  AND NOT t.relispartition
  AND t.oid NOT IN (SELECT conrelid FROM keyed)
  AND t.oid NOT IN (SELECT i.inhrelid FROM pg_catalog.pg_inherits i
                    WHERE i.inhparent NOT IN (SELECT conrelid FROM keyed))
  AND t.oid NOT IN (SELECT objid FROM extension_relations)
  -- CASE, not AND: the partition tree is walked for partitioned tables alone
  AND CASE WHEN t.relkind = 'p' THEN NOT coalesce((
          SELECT pg_catalog.bool_and(p.relid::oid IN (SELECT conrelid FROM keyed))
          FROM pg_catalog.pg_partition_tree(t.oid) p
          WHERE p.isleaf), false)
      ELSE true END
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C"
