-- Client connections to the server against those it accepts from ordinary roles: max_connections less the slots
-- reserved for superusers (and, from PostgreSQL 16, for pg_use_reserved_connections).
SELECT count(*) FILTER (WHERE a.backend_type = 'client backend') AS clients,
       pg_catalog.current_setting('max_connections')::int AS max_connections,
       pg_catalog.current_setting('superuser_reserved_connections')::int
           + coalesce(pg_catalog.current_setting('reserved_connections', true)::int, 0) AS reserved
FROM pg_catalog.pg_stat_activity a
