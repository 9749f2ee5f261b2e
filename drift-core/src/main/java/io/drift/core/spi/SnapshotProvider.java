package io.drift.core.spi;

import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;

import java.sql.Connection;

/**
 * Captures a {@link Snapshot} of a live database. Found by {@link SnapshotProviders#discover(ClassLoader)} through
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
}
