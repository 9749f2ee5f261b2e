package io.drift.postgres.internal;

import org.jdbi.v3.core.Handle;

/**
 * Reads one part of the catalog with exactly one bulk query (for every object of the captured schemas at once, never
 * one query per table) and adds what it finds to the {@link CaptureState}.
 *
 * <p>Queries run in the order the capture lists them, inside one read-only repeatable-read transaction, so a later
 * query can rely on what an earlier one registered (the schemas, then the relations, then their members).
 */
interface CatalogQuery {

    /** @return a short name for logs and the statement count: {@code columns} */
    String name();

    /**
     * @param handle the handle, in the capture's transaction
     * @param state  what earlier queries found, and where to put what this one finds
     */
    void read(Handle handle, CaptureState state);

    /**
     * @return whether this query only adds top-level objects to {@link CaptureState#snapshot} and reads nothing from
     *         the state but the server version, the options and the schema OIDs: then it can run on a second
     *         connection, into a state of its own, while the first reads the relations and their members
     */
    default boolean standalone() {
        return false;
    }

    /** @return whether {@link #fetchApart} can read this query on a second connection; standalone queries can */
    default boolean apart() {
        return standalone();
    }

    /**
     * Reads this query's rows into {@code apart}, a state of the second connection's that holds only the server
     * version, the options and the schema OIDs, and returns what must still be done on the capture's own state once
     * the first connection has registered every relation. What a standalone query adds to {@code apart}'s snapshot
     * is moved into the capture's by the caller.
     *
     * @param handle a handle in a transaction that sees the capture's snapshot
     * @param apart  the second connection's state
     * @return the step that adds the rows to the capture's state
     * @throws UnsupportedOperationException when the query cannot be read apart (see {@link #apart()})
     */
    default Deferred fetchApart(Handle handle, CaptureState apart) {
        if (!standalone()) {
            throw new UnsupportedOperationException(name() + " needs what earlier queries registered");
        }
        read(handle, apart);
        return state -> { };
    }

    /** What a query read on the second connection, to add to the capture once the relations are registered. */
    @FunctionalInterface
    interface Deferred {
        void applyTo(CaptureState state);
    }
}
