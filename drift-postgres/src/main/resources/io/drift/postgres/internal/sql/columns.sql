-- Columns of tables, views and materialized views (foreign tables included), in one query for the whole database.
-- A column's position is the ordinal among live columns, not attnum: a dropped column leaves a gap in attnum, and two
-- databases built from the same DDL must compare equal. ColumnQuery numbers them from attnum; doing it here (a window
-- function over rows sorted by attrelid, attnum) sorted every row with its default's node tree, spilling to disk:
-- 0.35 s of this query's 1.24 s at 125,000 columns. format_type and pg_get_expr are the server's canonical renderings; the
-- capture runs with search_path = pg_catalog, so every user type and function comes out schema-qualified.
-- attcompression (COMPRESSION; empty means the default) exists from PostgreSQL 14.
SELECT a.attrelid                                                   AS relid,
       a.attname                                                    AS name,
       a.attnum                                                     AS attnum,
       format_type(a.atttypid, a.atttypmod)                         AS type,
       NOT a.attnotnull                                             AS nullable,
       CASE WHEN a.attgenerated = '' THEN pg_get_expr(ad.adbin, ad.adrelid, true) END AS default_expression,
       CASE WHEN a.attgenerated <> '' THEN pg_get_expr(ad.adbin, ad.adrelid, true) END AS generated_expression,
       a.attgenerated::text                                         AS generated,
       -- From 17 a partition's column shares its partitioned table's identity (attidentity set, no sequence of its
       -- own, and it cannot be changed apart); 12 to 16 leave it unset. The parent's column carries the identity.
       CASE WHEN c.relispartition AND s.seqrelid IS NULL THEN '' ELSE a.attidentity::text END AS identity,
       format_type(s.seqtypid, NULL)                                AS identity_type,
       s.seqstart                                                   AS identity_start,
       s.seqincrement                                               AS identity_increment,
       s.seqmin                                                     AS identity_min,
       s.seqmax                                                     AS identity_max,
       s.seqcache                                                   AS identity_cache,
       s.seqcycle                                                   AS identity_cycle,
       -- Only a collation that differs from the type's own default is a choice someone made.
       CASE WHEN a.attcollation <> t.typcollation AND a.attcollation <> 0 THEN
           CASE WHEN cn.nspname = 'pg_catalog' THEN co.collname::text
                ELSE quote_ident(cn.nspname) || '.' || quote_ident(co.collname) END
       END                                                          AS collation,
       dsc.description                                              AS comment,
       CASE WHEN a.attstorage <> t.typstorage THEN a.attstorage::text END AS storage,
       NULLIF(COALESCE(a.attstattarget, -1), -1)                    AS statistics,
       a.attfdwoptions::text[]                                      AS fdw_options,
       -- ALTER TABLE … ALTER COLUMN … SET (n_distinct = …, n_distinct_inherited = …): planner options of the column.
       a.attoptions::text[]                                         AS attribute_options,
       -- Column privileges (GRANT SELECT (col) …); NULL means none beyond the table's.
       a.attacl::text[]                                             AS acl,
       -- The owner is needed only to read a column's own ACL; most columns have none.
       CASE WHEN a.attacl IS NOT NULL THEN pg_get_userbyid(c.relowner) END AS owner,
--#if pg >= 14
       NULLIF(a.attcompression::text, '')                           AS compression
--#else
       NULL::text                                                   AS compression
--#endif
FROM pg_attribute a
JOIN pg_class c ON c.oid = a.attrelid
JOIN pg_type t ON t.oid = a.atttypid
LEFT JOIN pg_attrdef ad ON ad.adrelid = a.attrelid AND ad.adnum = a.attnum
LEFT JOIN pg_collation co ON co.oid = a.attcollation
LEFT JOIN pg_namespace cn ON cn.oid = co.collnamespace
-- The identity sequence: its options belong to the column; its generated name is left out.
LEFT JOIN pg_depend idd ON a.attidentity <> '' AND idd.refclassid = 'pg_class'::regclass
     AND idd.refobjid = a.attrelid AND idd.refobjsubid = a.attnum
     AND idd.classid = 'pg_class'::regclass AND idd.deptype = 'i'
LEFT JOIN pg_sequence s ON s.seqrelid = idd.objid
-- Comments by join, not by col_description/obj_description: those are SQL functions run once per row, each a
-- separate lookup (0.4 s of 1.4 s for 125,000 columns); one hash join reads pg_description once.
LEFT JOIN pg_description dsc ON dsc.objoid = a.attrelid AND dsc.classoid = 'pg_class'::regclass
     AND dsc.objsubid = a.attnum
WHERE c.relkind IN ('r', 'p', 'f', 'v', 'm')
  AND c.relnamespace = ANY (CAST(:schemas AS oid[]))
  AND a.attnum > 0
  AND NOT a.attisdropped
