-- Facts about the relations a health check reports, named as regclass::text renders them with an empty search path.
-- to_regclass, not ::regclass: a relation dropped since the check read it is left out instead of failing the query.
SELECT n.name,
       c.relkind::text AS relkind,
       c.relispartition,
       EXISTS (SELECT FROM pg_catalog.pg_depend d
               WHERE d.classid = 'pg_catalog.pg_class'::pg_catalog.regclass
                 AND d.objid = c.oid AND d.deptype = 'e') AS extension_member,
       (SELECT i.inhparent::pg_catalog.regclass::text
        FROM pg_catalog.pg_inherits i
        WHERE i.inhrelid = c.oid AND c.relispartition) AS partition_parent,
       -- a partitioned table "has" a primary key when every partition that holds rows has one
       CASE WHEN c.relkind = 'p' THEN
           (SELECT coalesce(bool_and(EXISTS (SELECT FROM pg_catalog.pg_constraint k
                                             WHERE k.conrelid = t.relid AND k.contype = 'p')), false)
            FROM pg_catalog.pg_partition_tree(c.oid) t
            WHERE t.isleaf)
       END AS leaves_have_pk,
       coalesce((SELECT x.indisunique FROM pg_catalog.pg_index x WHERE x.indexrelid = c.oid), false) AS unique_index,
       EXISTS (SELECT FROM pg_catalog.pg_constraint k
               WHERE k.conindid = c.oid AND k.contype IN ('p', 'u', 'x')) AS backs_constraint,
       -- CREATE INDEX CONCURRENTLY building it now (its row is visible to roles that may see the session's details)
       EXISTS (SELECT FROM pg_catalog.pg_stat_progress_create_index b WHERE b.index_relid = c.oid) AS being_built
FROM pg_catalog.unnest(?::text[]) AS n(name)
JOIN pg_catalog.pg_class c ON c.oid = pg_catalog.to_regclass(n.name)
