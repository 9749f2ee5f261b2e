-- Whether autovacuum runs at all: it needs both autovacuum and track_counts.
SELECT pg_catalog.current_setting('autovacuum') AS autovacuum,
       pg_catalog.current_setting('track_counts') AS track_counts
