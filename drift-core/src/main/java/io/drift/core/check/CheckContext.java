package io.drift.core.check;

import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import javax.sql.DataSource;

/**
 * What a check may use while it runs. The runner makes one per check and run.
 *
 * @since 0.1.0
 */
public interface CheckContext {

    /**
     * Work on a connection, as {@link #query(SqlWork)} runs it.
     *
     * @param <T> what it returns
     */
    @FunctionalInterface
    interface SqlWork<T> {
        /**
         * @param connection a connection in a read-only transaction, which the work must not commit, close or change
         * @return anything
         * @throws SQLException when a statement fails
         */
        T apply(Connection connection) throws SQLException;
    }

    /**
     * Opens a connection, begins a read-only transaction with a statement timeout of this check's remaining time and
     * the run's lock timeout, runs {@code work}, then rolls back and closes the connection. This is how a check should
     * read the database.
     *
     * @param work what to do on the connection
     * @param <T>  what it returns
     * @return what {@code work} returned
     * @throws SQLException when opening the connection or a statement fails
     */
    <T> T query(SqlWork<T> work) throws SQLException;

    /**
     * @return the data source under inspection, for a library that opens its own connections; a check must use it only
     *         to read
     */
    DataSource dataSource();

    /** @return the product and version the database reported when the run connected, if it could connect */
    Optional<DatabaseInfo> database();

    /**
     * The snapshot of the database, captured with the run's capture options the first time any check asks for it, and
     * shared by every check of the run.
     *
     * @return the snapshot
     * @throws io.drift.core.DriftException when it could not be captured (every check that asks gets the same error)
     */
    Snapshot snapshot();

    /** @return this check's options, and no other check's */
    CheckOptions options();

    /** @return the clock to read the date and time from (suppressions expire by it) */
    Clock clock();

    /** @return how long this check may still run before the runner gives up on it */
    Duration remainingTime();
}
