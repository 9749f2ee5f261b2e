package io.drift.postgres;

import io.drift.core.CaptureOptions;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.SnapshotProvider;
import io.drift.postgres.internal.CatalogReader;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Captures a {@link Snapshot} of a PostgreSQL 12 (or later) database: schemas, extensions, tables of every kind with
 * their columns, constraints and indexes, sequences, views, types, routines, triggers and policies.
 *
 * <pre>{@code
 * try (Connection connection = PostgresConnections.open(url, user, password)) {
 *     Snapshot snapshot = new PostgresSnapshotProvider().capture(connection, CaptureOptions.defaults());
 * }
 * }</pre>
 *
 * <p>What it guarantees:
 * <ul>
 *     <li><b>A fixed number of queries</b>: one bulk catalog query per kind of object, or per few related kinds, for
 *     the whole database (filtered to the captured schemas), plus two to set the transaction up: 26 in all, never one
 *     query per table.</li>
 *     <li><b>Read only</b>: one {@code READ ONLY}, {@code REPEATABLE READ} transaction with the statement and lock
 *     timeouts of the options, rolled back at the end; the connection's auto-commit, isolation and read-only
 *     settings are as they were. It reads only the system catalogs, so a role that may merely connect captures the
 *     same structure as the owner.</li>
 *     <li><b>Deterministic</b>: the server's canonical renderings ({@code format_type}, {@code pg_get_expr},
 *     {@code pg_get_indexdef}…); nothing that differs between two databases built from the same DDL (OIDs, names of
 *     identity sequences, gaps left by dropped columns). System schemas are left out; objects that belong to an
 *     extension are the extension's. Details the model does not name are {@code pg.} attributes. The value of an
 *     option that holds a credential (a foreign server's {@code password}) never enters a snapshot, nor do user
 *     mappings' options.</li>
 *     <li><b>Clear errors</b>: a {@link io.drift.core.DriftException} whose reason tells the cause and whose message
 *     says what to do, without the password.</li>
 * </ul>
 *
 * @since 0.1.0
 */
public final class PostgresSnapshotProvider implements SnapshotProvider {

    /** The oldest major version captured. */
    public static final int OLDEST_SUPPORTED_MAJOR = 12;

    /** Creates the provider; it holds no state, so one instance can serve any number of captures. */
    public PostgresSnapshotProvider() {
    }

    /** @return true for PostgreSQL 12 and later */
    @Override
    public boolean supports(DatabaseInfo database) {
        return "PostgreSQL".equalsIgnoreCase(database.productName())
                && database.majorVersion() >= OLDEST_SUPPORTED_MAJOR;
    }

    @Override
    public String name() {
        return "postgres";
    }

    /**
     * @throws io.drift.core.DriftException with {@code UNSUPPORTED_DATABASE} for a server older than 12,
     *                                      {@code INVALID_ARGUMENT} when the connection is inside a transaction,
     *                                      {@code TIMEOUT} when a query exceeds a timeout of the options
     */
    @Override
    public Snapshot capture(Connection connection, CaptureOptions options) {
        return CatalogReader.capture(connection, options).snapshot();
    }

    /**
     * Reads the columns and the indexes, the two largest parts of a catalog, on a second connection from
     * {@code more} while {@code connection} reads the rest, both in one snapshot ({@code pg_export_snapshot()} and
     * {@code SET TRANSACTION SNAPSHOT}, as {@code pg_dump -j} does). Falls back to {@code connection} alone when the
     * second connection cannot be had or cannot share the snapshot, and closes it in every case.
     * {@link CaptureOptions#maxConnections()} of 1 turns it off.
     *
     * @throws io.drift.core.DriftException as {@link #capture(Connection, CaptureOptions)}
     */
    @Override
    public Snapshot capture(Connection connection, DataSource more, CaptureOptions options) {
        return CatalogReader.capture(connection, more, options).snapshot();
    }

    /**
     * {@code SET TRANSACTION READ ONLY}, and {@code statement_timeout} and {@code lock_timeout} for this transaction
     * alone (so a pooled connection goes back as it came).
     */
    @Override
    public void beginReadOnly(Connection connection, Duration statementTimeout, Duration lockTimeout)
            throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SET TRANSACTION READ ONLY");
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT set_config('statement_timeout', ?, true), set_config('lock_timeout', ?, true)")) {
            statement.setString(1, Math.max(1, statementTimeout.toMillis()) + "ms");
            statement.setString(2, Math.max(1, lockTimeout.toMillis()) + "ms");
            statement.executeQuery().close();
        }
    }
}
