-- The schemas the health checks inspect: not the system's (pg_catalog, pg_toast, pg_temp_N, information_schema), and
-- not those an extension created (their objects are the extension's, as in a snapshot).
WITH {{inspected}}
SELECT nspname FROM inspected ORDER BY nspname COLLATE "C"
