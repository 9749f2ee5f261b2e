-- How long this database's statistics have been gathered: since they were last reset, or else since the server
-- started (a crash, and before PostgreSQL 15 an immediate shutdown, resets them; a clean restart keeps them, which
-- this cannot tell, so it errs on the young side).
-- (Before PostgreSQL 15 a database's statistics count from its first activity, so a new database's are young.)
SELECT (extract(epoch FROM pg_catalog.now() - coalesce(d.stats_reset, pg_catalog.pg_postmaster_start_time()))
        * 1000)::bigint AS age_ms,
       d.stats_reset IS NOT NULL AS was_reset
FROM pg_catalog.pg_stat_database d
WHERE d.datname = pg_catalog.current_database()
