package io.drift.core.spi;

import io.drift.core.CaptureOptions;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Captures a {@link Snapshot} of a live database. Found by {@link io.drift.core.SnapshotProviders#discover(ClassLoader)} through
 * {@code META-INF/services/io.drift.core.spi.SnapshotProvider}, or passed explicitly.
 *
 * <p>An implementation must guarantee:
 * <ul>
 *     <li><b>Read only.</b> It writes nothing, and takes no lock a user would notice; it runs its queries in one
 *     read-only transaction with the statement and lock timeouts of {@link CaptureOptions}, and leaves the
 *     connection's auto-commit, isolation and read-only settings as it found them.</li>
 *     <li><b>Deterministic.</b> The same structure gives an equal snapshot, whatever the physical details (object
 *     identifiers, the order of catalog rows, dropped columns, generated internal names) and, as far as the database
 *     allows, whatever the server version.</li>
 *     <li><b>Bounded.</b> A fixed number of queries, whatever the number of objects.</li>
 *     <li><b>Clear errors.</b> A {@link io.drift.core.DriftException} with a {@link io.drift.core.DriftException.Reason}
 *     and a message that names the cause and the fix, never a password.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public interface SnapshotProvider {

    /**
     * Decides from the product name and version alone; must not query the database.
     *
     * @param database the product and version the connection reports
     * @return whether this provider can capture it
     */
    boolean supports(DatabaseInfo database);

    /** @return the priority among providers that support the same database; the highest wins */
    default int priority() {
        return 0;
    }

    /** @return a short name for messages and logs: {@code postgres} */
    String name();

    /**
     * @param connection an open connection, which stays open and owned by the caller
     * @param options    what to capture
     * @return the snapshot
     * @throws io.drift.core.DriftException when the capture fails
     */
    Snapshot capture(Connection connection, CaptureOptions options);

    /**
     * Captures with {@code connection}, and may read parts of the catalog in parallel on up to
     * {@link CaptureOptions#maxConnections()} − 1 more connections from {@code more}, to the same database. An
     * implementation that does so must also guarantee:
     * <ul>
     *     <li><b>One view.</b> Every connection reads the same consistent state of the catalog as {@code connection}
     *     (for PostgreSQL, a snapshot exported by the first transaction and imported by the others), so the result
     *     equals what {@link #capture(Connection, CaptureOptions)} gives.</li>
     *     <li><b>Nothing lost to parallelism.</b> When a further connection cannot be had or cannot join that view
     *     (a connection limit, an exhausted pool, a server that cannot share a snapshot), it reads everything on
     *     {@code connection} instead; only a failure that would also fail on one connection is an error.</li>
     *     <li><b>Nothing left open.</b> It closes every connection it opens, whether the capture succeeds or
     *     fails.</li>
     *     <li>Still a fixed number of statements, whatever the number of objects.</li>
     * </ul>
     * The default ignores {@code more} and reads on {@code connection} alone.
     *
     * @param connection an open connection, which stays open and owned by the caller
     * @param more       where further connections to the same database come from, or {@code null} for none
     * @param options    what to capture
     * @return the snapshot
     * @throws io.drift.core.DriftException when the capture fails
     * @since 0.1.0
     */
    default Snapshot capture(Connection connection, DataSource more, CaptureOptions options) {
        return capture(connection, options);
    }

    /**
     * Begins a read-only transaction on {@code connection} for a check to read in, with these timeouts where the
     * database has them. The caller has already turned auto-commit off; it rolls back and restores the connection
     * afterwards. The default marks the connection read-only through JDBC, which sets no timeout; a provider for a
     * database with server-side timeouts should override it (PostgreSQL's sets {@code READ ONLY},
     * {@code statement_timeout} and {@code lock_timeout} for the transaction alone).
     *
     * @param connection       a connection with auto-commit off
     * @param statementTimeout how long one statement may run
     * @param lockTimeout      how long a statement may wait for a lock
     * @throws SQLException when the database refuses
     * @since 0.1.0
     */
    default void beginReadOnly(Connection connection, Duration statementTimeout, Duration lockTimeout)
            throws SQLException {
        connection.setReadOnly(true);
    }
}
