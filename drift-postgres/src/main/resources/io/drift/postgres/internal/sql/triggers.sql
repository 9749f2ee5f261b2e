-- Triggers on tables and views. Internal triggers (tgisinternal: those implementing foreign keys, deferred unique
-- constraints, and on 12 the clones a partitioned table's trigger makes on its partitions) are part of what made
-- them, not triggers of their own. From 13 those clones are told apart by tgparentid (from 15 they are no longer
-- tgisinternal); they are left out, as 12 leaves them out, so that every version reports the trigger once, on the
-- partitioned table.
-- tgtype bits: 1 ROW, 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE, 64 INSTEAD. The WHEN condition is cut
-- out of pg_get_triggerdef by the reader (tgqual's OLD/NEW cannot be rendered with pg_get_expr). The arguments
-- (tgargs, NUL-separated bytes) are split by the reader too. The function is always schema-qualified here, whatever
-- the search_path.
SELECT t.oid,
       t.tgrelid                                       AS relation_oid,
       t.tgname                                        AS name,
       t.tgtype                                        AS type_bits,
       t.tgenabled                                     AS enabled,
       quote_ident(fn.nspname) || '.' || quote_ident(p.proname) AS function_name,
       t.tgargs                                        AS arguments,
       ARRAY(SELECT a.attname
             FROM unnest(t.tgattr::int2[]) WITH ORDINALITY u(attnum, ord)
             JOIN pg_attribute a ON a.attrelid = t.tgrelid AND a.attnum = u.attnum
             ORDER BY u.ord)                           AS update_columns,
       pg_get_triggerdef(t.oid, true)                  AS definition,
       t.tgoldtable                                    AS old_table,
       t.tgnewtable                                    AS new_table,
       t.tgconstraint <> 0                             AS constraint_trigger,
       t.tgdeferrable                                  AS deferrable,
       t.tginitdeferred                                AS initially_deferred,
       CASE WHEN t.tgconstrrelid <> 0 THEN t.tgconstrrelid::regclass::text END AS referenced_table,
       d.description                                   AS comment
FROM pg_trigger t
JOIN pg_class c ON c.oid = t.tgrelid
JOIN pg_namespace n ON n.oid = c.relnamespace
JOIN pg_proc p ON p.oid = t.tgfoid
JOIN pg_namespace fn ON fn.oid = p.pronamespace
LEFT JOIN pg_description d ON d.classoid = 'pg_trigger'::regclass AND d.objoid = t.oid AND d.objsubid = 0
WHERE NOT t.tgisinternal
--#if pg >= 13
  AND t.tgparentid = 0
--#endif
  AND n.oid = ANY(:schemas)
ORDER BY t.tgrelid, t.tgname
