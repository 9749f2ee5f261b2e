-- Prepared transactions (two-phase commit) older than the limit, in any database: until a transaction manager
-- commits or rolls them back they hold their locks and keep VACUUM from removing or freezing anything newer.
SELECT p.gid,
       p.database,
       p.owner,
       extract(epoch FROM pg_catalog.now() - p.prepared)::bigint AS age_seconds,
       p.database = pg_catalog.current_database() AS here
FROM pg_catalog.pg_prepared_xacts p
WHERE pg_catalog.now() - p.prepared > ? * interval '1 second'
ORDER BY p.prepared, p.gid COLLATE "C"
