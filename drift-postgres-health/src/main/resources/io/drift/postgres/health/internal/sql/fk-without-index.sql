-- Foreign keys with no index whose leading key columns are the foreign key's columns (in any order): a valid,
-- non-partial index of any access method on the same table (a GiST index behind an exclusion constraint such as
-- EXCLUDE USING gist (room_id WITH =, stay WITH &&) serves the key's lookups as well as a B-tree). A partial index
-- does not count: the lookups a foreign key makes have no predicate, so they cannot use it. For a foreign key of a partitioned table that means an index
-- of the partitioned table itself, which PostgreSQL creates on every partition, present and future; an index on
-- some partitions alone does not count. Foreign keys that partitions inherit (conparentid <> 0) follow their parent's.
-- One query for every schema (pg-index-health's foreign_keys_without_index runs once per schema).
WITH {{inspected}},
fks AS (
    SELECT k.conrelid, k.conkey, k.conname, n.nspname, t.relname, t.relkind,
           k.conrelid::pg_catalog.regclass::text AS table_sql,
           pg_catalog.quote_ident(k.conname) AS constraint_sql
    FROM pg_catalog.pg_constraint k
    JOIN pg_catalog.pg_class t ON t.oid = k.conrelid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE k.contype = 'f'
      AND k.conparentid = 0
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT f.nspname, f.relname, f.conname, f.table_sql, f.constraint_sql, f.relkind = 'p' AS partitioned,
       (SELECT pg_catalog.string_agg(pg_catalog.quote_ident(a.attname), ', ' ORDER BY u.ord)
        FROM pg_catalog.unnest(f.conkey) WITH ORDINALITY u(attnum, ord)
        JOIN pg_catalog.pg_attribute a ON a.attrelid = f.conrelid AND a.attnum = u.attnum) AS columns_sql
FROM fks f
WHERE NOT EXISTS (
    SELECT FROM pg_catalog.pg_index x
    WHERE x.indrelid = f.conrelid
      AND x.indisvalid
      AND x.indpred IS NULL
      AND x.indnkeyatts >= pg_catalog.cardinality(f.conkey)
      AND (pg_catalog.string_to_array(x.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(f.conkey)] @> f.conkey
      AND (pg_catalog.string_to_array(x.indkey::text, ' ')::int2[])[1:pg_catalog.cardinality(f.conkey)] <@ f.conkey)
ORDER BY f.nspname COLLATE "C", f.relname COLLATE "C", f.conname COLLATE "C"
