package io.drift.core;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.CaptureOptions;
import io.drift.core.spi.SnapshotProvider;
import io.drift.core.spi.SnapshotProviders;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

/**
 * The entry point for capturing snapshots with whichever {@link SnapshotProvider} fits the database.
 *
 * <pre>{@code
 * Snapshot actual = Drift.capture(dataSource, CaptureOptions.defaults());
 * Snapshot expected = SnapshotFiles.read(Path.of("schema-baseline.json"));
 * SchemaDiff diff = Differ.standard().diff(expected, actual, DiffOptions.defaults());
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Drift {

    private Drift() {
    }

    /**
     * Captures with the provider discovered on this class's class loader that supports the database.
     *
     * @param connection an open connection; stays open
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the capture fails
     */
    public static Snapshot capture(Connection connection, CaptureOptions options) {
        return capture(connection, options, SnapshotProviders.discover(Drift.class.getClassLoader()));
    }

    /**
     * @param connection an open connection; stays open
     * @param options    what to capture
     * @param providers  the providers to choose from
     * @return the snapshot
     */
    public static Snapshot capture(Connection connection, CaptureOptions options, SnapshotProviders providers) {
        requireNonNull(connection, "connection");
        requireNonNull(options, "options");
        DatabaseInfo info = info(connection);
        return providers.select(info).capture(connection, options);
    }

    /**
     * Opens a connection from {@code dataSource}, captures, and closes it. The provider may take up to
     * {@link CaptureOptions#maxConnections()} − 1 more connections from the data source to read in parallel (see
     * {@link SnapshotProvider#capture(Connection, DataSource, CaptureOptions)}); it closes them all before returning.
     *
     * @param dataSource where to connect
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the connection or the capture fails
     */
    public static Snapshot capture(DataSource dataSource, CaptureOptions options) {
        return capture(dataSource, options, SnapshotProviders.discover(Drift.class.getClassLoader()));
    }

    /**
     * @param dataSource where to connect
     * @param options    what to capture
     * @param providers  the providers to choose from
     * @return the snapshot
     * @see #capture(DataSource, CaptureOptions)
     */
    public static Snapshot capture(DataSource dataSource, CaptureOptions options, SnapshotProviders providers) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(options, "options");
        requireNonNull(providers, "providers");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseInfo info = info(connection);
            return providers.select(info).capture(connection, dataSource, options);
        } catch (SQLException e) {
            throw connectionFailure(e);
        }
    }

    /**
     * Captures with {@code connection}, and lets the provider take up to {@link CaptureOptions#maxConnections()} − 1
     * more connections from {@code more} to read in parallel: for a caller that opens the first connection itself
     * (to report its own connection errors, say) and has a pool or a data source for the rest.
     *
     * @param connection an open connection; stays open
     * @param more       where further connections to the same database come from
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the capture fails
     */
    public static Snapshot capture(Connection connection, DataSource more, CaptureOptions options) {
        requireNonNull(connection, "connection");
        requireNonNull(more, "more");
        requireNonNull(options, "options");
        DatabaseInfo info = info(connection);
        return SnapshotProviders.discover(Drift.class.getClassLoader()).select(info)
                .capture(connection, more, options);
    }

    private static DatabaseInfo info(Connection connection) {
        try {
            return DatabaseInfo.from(connection.getMetaData());
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER,
                    "Cannot read the database product and version from the connection (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Turns a failure to open or close a connection into a {@link DriftException} whose reason comes from the
     * SQL-standard SQLState class, so that it holds for any driver: {@code 28} invalid authorization, {@code 3D} no
     * such database ("catalog"), {@code 08} connection exception, {@code 42501} insufficient privilege.
     */
    static DriftException connectionFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (state.startsWith("28")) {
            return new DriftException(DriftException.Reason.AUTHENTICATION, "The database refused the credentials ("
                    + detail + "). Check the user name and password the data source is configured with.", e);
        }
        if (state.startsWith("3D")) {
            return new DriftException(DriftException.Reason.NO_DATABASE, "The database does not exist (" + detail
                    + "). Check the database name in the data source's URL, or create the database.", e);
        }
        if (state.equals("42501")) {
            return new DriftException(DriftException.Reason.PERMISSION_DENIED, "The role may not connect ("
                    + detail + "). Grant it CONNECT on the database, or use a role that has it.", e);
        }
        if (state.startsWith("08")) {
            return new DriftException(DriftException.Reason.UNREACHABLE, "Cannot connect to the database (" + detail
                    + "). Check the server is running and the host and port are right.", e);
        }
        return new DriftException(DriftException.Reason.OTHER, "Cannot get a connection from the data source ("
                + detail + (state.isEmpty() ? "" : ", SQLState " + state) + ").", e);
    }
}
