-- Every replication slot of the server (physical ones belong to no database; a logical one in any database holds WAL
-- for all): whether a consumer is connected, how much WAL it keeps (from the WAL position this server writes, or on
-- a standby receives), and, from PostgreSQL 13, whether the WAL it needs is already gone.
SELECT s.slot_name,
       s.slot_type::text AS slot_type,
       s.database,
       s.active,
       pg_catalog.pg_wal_lsn_diff(
           CASE WHEN pg_catalog.pg_is_in_recovery() THEN pg_catalog.pg_last_wal_receive_lsn()
                ELSE pg_catalog.pg_current_wal_lsn() END,
           s.restart_lsn)::bigint AS retained_bytes,
       {{wal_status}} AS wal_status
FROM pg_catalog.pg_replication_slots s
ORDER BY s.slot_name COLLATE "C"
