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
}
