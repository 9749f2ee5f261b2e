-- Sessions of this database holding a transaction open: running one statement or more for longer than the first
-- limit, or idle in it for longer than the second. Client sessions only (autovacuum and replication are not), not the
-- checking session itself. No query text: it may hold values that are nobody's business.
SELECT a.pid,
       a.usename,
       a.application_name,
       a.state,
       extract(epoch FROM pg_catalog.now() - a.xact_start)::bigint AS transaction_seconds,
       extract(epoch FROM pg_catalog.now() - a.state_change)::bigint AS idle_seconds
FROM pg_catalog.pg_stat_activity a
WHERE a.datname = pg_catalog.current_database()
  AND a.pid <> pg_catalog.pg_backend_pid()
  AND a.backend_type = 'client backend'
  AND a.xact_start IS NOT NULL
  AND ((a.state IN ('idle in transaction', 'idle in transaction (aborted)')
        AND pg_catalog.now() - a.state_change > ? * interval '1 second')
       OR (a.state NOT IN ('idle in transaction', 'idle in transaction (aborted)')
           AND pg_catalog.now() - a.xact_start > ? * interval '1 second'))
ORDER BY a.xact_start, a.pid
