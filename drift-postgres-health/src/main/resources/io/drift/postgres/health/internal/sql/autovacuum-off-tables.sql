-- Tables (and materialized views) of the inspected schemas whose autovacuum is turned off by a storage parameter,
-- on the table or on its TOAST table (the value is stored as written: false, off, no, 0).
WITH {{inspected}},
off AS (
    SELECT n.nspname,
           t.relname,
           t.oid::pg_catalog.regclass::text AS table_sql,
           EXISTS (SELECT FROM pg_catalog.unnest(t.reloptions) o
                   WHERE o ~* '^autovacuum_enabled=(false|off|no|0|f|n|of|fa|fal|fals)$') AS heap_off,
           EXISTS (SELECT FROM pg_catalog.unnest(toast.reloptions) o
                   WHERE o ~* '^autovacuum_enabled=(false|off|no|0|f|n|of|fa|fal|fals)$') AS toast_off
    FROM pg_catalog.pg_class t
    JOIN inspected n ON n.oid = t.relnamespace
    -- only TOAST tables with storage parameters: a hash of a few rows, not of pg_class
    LEFT JOIN (SELECT c.oid, c.reloptions FROM pg_catalog.pg_class c
               WHERE c.relkind = 't' AND c.reloptions IS NOT NULL) toast ON toast.oid = t.reltoastrelid
    WHERE t.relkind IN ('r', 'm', 'p')
      AND (t.reloptions IS NOT NULL OR toast.reloptions IS NOT NULL)
      AND t.oid NOT IN (SELECT objid FROM extension_relations)
)
SELECT * FROM off WHERE heap_off OR toast_off
ORDER BY nspname COLLATE "C", relname COLLATE "C"
