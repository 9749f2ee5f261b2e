-- The tables of this database whose transaction-ID age exceeds the given factor of the freeze age autovacuum applies
-- to them (their own autovacuum_freeze_max_age storage parameter, else the server's), oldest first. A table's age is
-- the older of its heap's and its TOAST table's, which VACUUM freezes with it.
WITH {{inspected}},
ages AS (
    SELECT n.nspname,
           t.relname,
           t.oid,
           greatest(pg_catalog.age(t.relfrozenxid), coalesce(pg_catalog.age(toast.relfrozenxid), 0))::bigint AS xid_age,
           CASE WHEN t.reloptions IS NULL
                THEN pg_catalog.current_setting('autovacuum_freeze_max_age')::bigint
                ELSE coalesce((SELECT substring(o FROM '=(.*)$')::bigint
                               FROM pg_catalog.unnest(t.reloptions) o
                               WHERE o LIKE 'autovacuum\_freeze\_max\_age=%'),
                              pg_catalog.current_setting('autovacuum_freeze_max_age')::bigint) END AS freeze_max_age
    FROM pg_catalog.pg_class t
    JOIN inspected n ON n.oid = t.relnamespace
    LEFT JOIN (SELECT c.oid, c.relfrozenxid FROM pg_catalog.pg_class c WHERE c.relkind = 't') toast
           ON toast.oid = t.reltoastrelid
    WHERE t.relkind IN ('r', 'm')
)
SELECT nspname, relname, oid::pg_catalog.regclass::text AS table_sql, xid_age, freeze_max_age
FROM ages
WHERE xid_age > ? * freeze_max_age
ORDER BY xid_age DESC, nspname COLLATE "C", relname COLLATE "C"
LIMIT ?
