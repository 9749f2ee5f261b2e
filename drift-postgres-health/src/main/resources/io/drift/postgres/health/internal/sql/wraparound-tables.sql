-- The tables of this database whose transaction-ID age exceeds the given fraction of the freeze age autovacuum
-- applies to them (their own autovacuum_freeze_max_age storage parameter, else the server's), oldest first. A TOAST
-- table counts for the table it belongs to, which VACUUM freezes with it.
WITH {{inspected}},
ages AS (
    SELECT coalesce(owner.oid, c.oid) AS table_oid,
           pg_catalog.age(c.relfrozenxid)::bigint AS xid_age
    FROM pg_catalog.pg_class c
    LEFT JOIN pg_catalog.pg_class owner ON c.relkind = 't' AND owner.reltoastrelid = c.oid
    WHERE c.relkind IN ('r', 'm', 't') AND c.relfrozenxid <> '0'::xid
)
SELECT n.nspname,
       t.relname,
       t.oid::pg_catalog.regclass::text AS table_sql,
       max(a.xid_age) AS xid_age,
       coalesce((SELECT substring(o FROM '=(.*)$')::bigint
                 FROM pg_catalog.unnest(t.reloptions) o
                 WHERE o LIKE 'autovacuum\_freeze\_max\_age=%'),
                pg_catalog.current_setting('autovacuum_freeze_max_age')::bigint) AS freeze_max_age
FROM ages a
JOIN pg_catalog.pg_class t ON t.oid = a.table_oid
JOIN inspected n ON n.oid = t.relnamespace
GROUP BY n.nspname, t.relname, t.oid, t.reloptions
HAVING max(a.xid_age) > ? * coalesce((SELECT substring(o FROM '=(.*)$')::bigint
                                      FROM pg_catalog.unnest(t.reloptions) o
                                      WHERE o LIKE 'autovacuum\_freeze\_max\_age=%'),
                                     pg_catalog.current_setting('autovacuum_freeze_max_age')::bigint)
ORDER BY max(a.xid_age) DESC, n.nspname COLLATE "C", t.relname COLLATE "C"
LIMIT ?
