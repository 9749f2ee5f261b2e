-- Tables without a primary key. A partition is left out (it lacks one only when its partitioned table does, which is
-- reported once); a partitioned table counts as having one when every partition that holds rows has one. A table
-- that inherits (table inheritance, before partitioning) from a table that has no primary key either is left out
-- too: the family is reported once, at its root, with the number of its members without one. The sets are hashed
-- (NOT IN), and the schema test is no index condition (IS TRUE), so the plan is one sequential pass over pg_class:
-- as an index condition on pg_class_relname_nsp_index, whose first column is the name, it reads the whole index
-- and fetches every relation of the schemas one by one.
WITH {{inspected}},
keyed AS (
    SELECT k.conrelid FROM pg_catalog.pg_constraint k WHERE k.contype = 'p'
),
unkeyed AS (
    SELECT t.oid, t.relname, t.relnamespace, t.relkind
    FROM pg_catalog.pg_class t
    WHERE t.relkind IN ('r', 'p')
      AND NOT t.relispartition
      AND (t.relnamespace = ANY (ARRAY(SELECT oid FROM inspected))) IS TRUE
      AND t.oid NOT IN (SELECT conrelid FROM keyed)
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
      AND t.oid NOT IN (SELECT i.inhrelid FROM pg_catalog.pg_inherits i
                        WHERE i.inhparent NOT IN (SELECT conrelid FROM keyed))
)
SELECT n.nspname, u.relname, u.oid::pg_catalog.regclass::text AS table_sql, u.relkind = 'p' AS partitioned,
       (SELECT count(*) FROM pg_catalog.pg_inherits i
        WHERE i.inhparent = u.oid AND u.relkind = 'r' AND i.inhrelid NOT IN (SELECT conrelid FROM keyed))
           AS heirs_without_pk
FROM unkeyed u
JOIN pg_catalog.pg_namespace n ON n.oid = u.relnamespace
-- CASE: the partition tree is walked for partitioned tables alone
WHERE CASE WHEN u.relkind = 'p' THEN NOT coalesce((
          SELECT pg_catalog.bool_and(p.relid::oid IN (SELECT conrelid FROM keyed))
          FROM pg_catalog.pg_partition_tree(u.oid) p
          WHERE p.isleaf), false)
      ELSE true END
ORDER BY n.nspname COLLATE "C", u.relname COLLATE "C"
