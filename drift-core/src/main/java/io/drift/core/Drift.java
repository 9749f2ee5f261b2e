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
        DatabaseInfo info;
        try {
            info = DatabaseInfo.from(connection.getMetaData());
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER,
                    "Cannot read the database product and version from the connection (" + e.getMessage() + ").", e);
        }
        return providers.select(info).capture(connection, options);
    }

    /**
     * Opens one connection from {@code dataSource}, captures, and closes it.
     *
     * @param dataSource where to connect
     * @param options    what to capture
     * @return the snapshot
     */
    public static Snapshot capture(DataSource dataSource, CaptureOptions options) {
        requireNonNull(dataSource, "dataSource");
        try (Connection connection = dataSource.getConnection()) {
            return capture(connection, options);
        } catch (SQLException e) {
            throw connectionFailure(e);
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
