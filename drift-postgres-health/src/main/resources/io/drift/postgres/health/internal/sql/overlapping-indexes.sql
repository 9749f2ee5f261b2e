-- B-tree indexes made redundant by another: same table and predicate, no expressions, and their key columns (with
-- the same operator classes, collations and sort options) are the leading key columns of the other. The shorter one
-- is reported unless it is unique or backs a constraint. One row per redundant index and the index that covers it.
-- (pg-index-health's intersected_indexes packs each pair into one string, as duplicated_indexes does, with the same
-- trouble on names holding "; " or ","; and it counts a unique index as redundant.)
WITH {{inspected}},
idx AS (
    SELECT x.indrelid,
           x.indexrelid,
           n.nspname,
           t.relname AS table_name,
           i.relname AS index_name,
           x.indrelid::pg_catalog.regclass::text AS table_sql,
           x.indexrelid::pg_catalog.regclass::text AS index_sql,
           x.indisunique
               OR EXISTS (SELECT FROM pg_catalog.pg_constraint k
                          WHERE k.conindid = x.indexrelid AND k.contype IN ('p', 'u', 'x')) AS needed,
           -- int2vector and oidvector are zero-based; string_to_array makes one-based arrays to compare slices of
           (pg_catalog.string_to_array(x.indkey::text, ' ')::int2[])[1:x.indnkeyatts] AS keys,
           pg_catalog.string_to_array(x.indclass::text, ' ') AS classes,
           pg_catalog.string_to_array(x.indcollation::text, ' ') AS collations,
           pg_catalog.string_to_array(x.indoption::text, ' ') AS options,
           coalesce(pg_catalog.pg_get_expr(x.indpred, x.indrelid), '') AS predicate
    FROM pg_catalog.pg_index x
    JOIN pg_catalog.pg_class i ON i.oid = x.indexrelid
    JOIN pg_catalog.pg_class t ON t.oid = x.indrelid
    JOIN inspected n ON n.oid = t.relnamespace
    WHERE x.indisvalid
      AND x.indexprs IS NULL
      AND NOT i.relispartition
      AND i.relam = (SELECT oid FROM pg_catalog.pg_am WHERE amname = 'btree')
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT a.nspname, a.table_name, a.index_name, a.table_sql, a.index_sql, b.index_sql AS covering_sql
FROM idx a
JOIN idx b ON b.indrelid = a.indrelid AND b.indexrelid <> a.indexrelid
WHERE NOT a.needed
  AND a.predicate = b.predicate
  AND pg_catalog.cardinality(a.keys) < pg_catalog.cardinality(b.keys)
  AND a.keys = b.keys[1:pg_catalog.cardinality(a.keys)]
  AND a.classes = b.classes[1:pg_catalog.cardinality(a.keys)]
  AND a.collations = b.collations[1:pg_catalog.cardinality(a.keys)]
  AND a.options = b.options[1:pg_catalog.cardinality(a.keys)]
ORDER BY a.nspname COLLATE "C", a.table_name COLLATE "C", a.index_name COLLATE "C", b.index_sql COLLATE "C"
