-- The last values of the given sequences (null for one never called). pg_sequence_last_value takes a lock on each,
-- held to the end of the (sub)transaction: the caller reads them in batches, each in a savepoint it rolls back.
SELECT q.oid, pg_catalog.pg_sequence_last_value(q.oid::pg_catalog.regclass) AS last_value
FROM pg_catalog.unnest(?::text[]::oid[]) AS q(oid)
