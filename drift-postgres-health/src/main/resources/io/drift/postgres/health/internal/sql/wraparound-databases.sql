-- Transaction-ID and multixact ages of every database of the cluster (wraparound stops the whole cluster, whichever
-- database reaches it), with the settings autovacuum freezes by.
SELECT d.datname,
       pg_catalog.age(d.datfrozenxid)::bigint AS xid_age,
       pg_catalog.mxid_age(d.datminmxid)::bigint AS mxid_age,
       pg_catalog.current_setting('autovacuum_freeze_max_age')::bigint AS freeze_max_age,
       pg_catalog.current_setting('autovacuum_multixact_freeze_max_age')::bigint AS multixact_freeze_max_age,
       d.datname = pg_catalog.current_database() AS current
FROM pg_catalog.pg_database d
ORDER BY d.datname COLLATE "C"
