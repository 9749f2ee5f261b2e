-- Foreign keys with no index whose leading key columns are the foreign key's columns (in any order): a valid,
-- non-partial index of any access method on the same table (a GiST index behind an exclusion constraint such as
-- EXCLUDE USING gist (room_id WITH =, stay WITH &&) serves the key's lookups as well as a B-tree). A partial index
-- does not count: the lookups a foreign key makes have no predicate, so they cannot use it. For a foreign key of a
-- partitioned table that means an index of the partitioned table itself, which PostgreSQL creates on every
-- partition, present and future; an index on some partitions alone does not count. Foreign keys that partitions
-- inherit (conparentid <> 0) follow their parent's. One query for every schema (pg-index-health's
-- foreign_keys_without_index runs once per schema). indkey::int2[] is zero-based: its first n keys are [0:n-1].
WITH {{inspected}},
uncovered AS MATERIALIZED (
    SELECT k.conrelid, k.conkey, k.conname
    FROM pg_catalog.pg_constraint k
    WHERE k.contype = 'f'
      AND k.conparentid = 0
      AND NOT EXISTS (
          SELECT FROM pg_catalog.pg_index x
          WHERE x.indrelid = k.conrelid
            AND x.indisvalid
            AND x.indpred IS NULL
            AND x.indnkeyatts >= pg_catalog.cardinality(k.conkey)
            AND (x.indkey::int2[])[0:pg_catalog.cardinality(k.conkey) - 1] @> k.conkey
            AND (x.indkey::int2[])[0:pg_catalog.cardinality(k.conkey) - 1] <@ k.conkey)
)
SELECT n.nspname, t.relname, u.conname,
       u.conrelid::pg_catalog.regclass::text AS table_sql,
       pg_catalog.quote_ident(u.conname) AS constraint_sql,
       t.relkind = 'p' AS partitioned,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY c.ord)
        FROM pg_catalog.unnest(u.conkey) WITH ORDINALITY c(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = u.conrelid AND a.attnum = c.attnum) AS columns_sql
FROM uncovered u
JOIN pg_catalog.pg_class t ON t.oid = u.conrelid
JOIN inspected n ON n.oid = t.relnamespace
WHERE t.oid NOT IN (SELECT objid FROM extension_relations)
ORDER BY n.nspname COLLATE "C", t.relname COLLATE "C", u.conname COLLATE "C"
