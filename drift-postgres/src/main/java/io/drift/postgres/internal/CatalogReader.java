package io.drift.postgres.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.CaptureOptions;
import io.drift.postgres.JdbcUrls;

import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Runs a capture: every {@link CatalogQueries catalog query} once, inside one read-only, repeatable-read transaction
 * (one consistent view of the catalog) with the statement and lock timeouts of the {@link CaptureOptions}, and with
 * {@code search_path = pg_catalog} so that every rendering qualifies user objects the same way whoever captures. The
 * connection's auto-commit, isolation and read-only settings are left as they were: the transaction characteristics
 * are set with {@code SET TRANSACTION}, which ends with the transaction, and the transaction is rolled back.
 *
 * <p>The number of statements is fixed: {@value #SETUP_STATEMENTS} to set the transaction up, then one per query.
 *
 * <p><b>Internal: may change without notice.</b> Public only for {@code io.drift.postgres}.
 */
public final class CatalogReader {

    /** {@code SET TRANSACTION …} and the {@code set_config} of the timeouts and search path. */
    static final int SETUP_STATEMENTS = 2;

    private static final Logger log = LoggerFactory.getLogger(CatalogReader.class);

    /**
     * What a capture produced, and what it cost.
     *
     * @param snapshot   the snapshot
     * @param statements the number of statements sent
     * @param duration   how long it took
     */
    public record Result(Snapshot snapshot, int statements, Duration duration) {
    }

    private CatalogReader() {
    }

    /**
     * @param connection an open connection, which stays open and owned by the caller
     * @param options    what to capture
     * @return the snapshot and what it cost
     * @throws DriftException when the server is too old, the connection is inside a transaction, or a query fails
     */
    public static Result capture(Connection connection, CaptureOptions options) {
        requireNonNull(connection, "connection");
        requireNonNull(options, "options");
        long start = System.nanoTime();
        String where = "(unknown server)";
        StatementCounter counter = new StatementCounter();
        try {
            DatabaseInfo info = DatabaseInfo.from(connection.getMetaData());
            where = JdbcUrls.describe(connection.getMetaData().getURL());
            if (info.majorVersion() < Sql.OLDEST) {
                throw Errors.unsupported(info.productVersion(), where);
            }
            boolean autoCommit = connection.getAutoCommit();
            if (!autoCommit && inTransaction(connection)) {
                throw new DriftException(Reason.INVALID_ARGUMENT, "The connection to PostgreSQL at " + where
                        + " is inside a transaction. Commit or roll it back before capturing: the capture needs a "
                        + "transaction of its own (read only, repeatable read).");
            }
            Jdbi jdbi = Jdbi.create(new BorrowedConnection(connection));
            jdbi.getConfig(Handles.class).setForceEndTransactions(false);
            jdbi.setSqlLogger(counter);
            // Catalog SQL is sent as written: no <attribute> templating, which '<>' or '<' in SQL could confuse.
            jdbi.setTemplateEngine(TemplateEngine.NOP);
            Snapshot snapshot;
            try (Handle handle = jdbi.open()) {
                connection.setAutoCommit(false);
                try {
                    snapshot = read(handle, info, options, counter);
                } finally {
                    connection.rollback();    // read only: nothing to keep; also ends the SET LOCAL settings
                    connection.setAutoCommit(autoCommit);
                }
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            log.debug("Captured {} objects from {} with {} statements in {} ms", snapshot.size(), where,
                    counter.count, duration.toMillis());
            return new Result(snapshot, counter.count, duration);
        } catch (JdbiException e) {
            SQLException sql = findSqlException(e);
            if (sql == null) {
                throw new DriftException(Reason.OTHER, "The capture from PostgreSQL at " + where + " failed in the "
                        + counter.current + " query: " + e.getMessage(), e);
            }
            throw Errors.capturing(sql, where, counter.current, options.statementTimeout(), options.lockTimeout());
        } catch (SQLException e) {
            throw Errors.capturing(e, where, counter.current, options.statementTimeout(), options.lockTimeout());
        }
    }

    private static Snapshot read(Handle handle, DatabaseInfo info, CaptureOptions options, StatementCounter counter) {
        counter.current = "transaction setup";
        handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        handle.createQuery("SELECT set_config('statement_timeout', :statement, true) AS statement_timeout,"
                        + " set_config('lock_timeout', :lock, true) AS lock_timeout,"
                        + " set_config('search_path', 'pg_catalog', true) AS search_path")
                .bind("statement", options.statementTimeout().toMillis() + "ms")
                .bind("lock", options.lockTimeout().toMillis() + "ms")
                .mapToMap().one();
        CaptureState state = new CaptureState(info.majorVersion());
        state.options = options;
        List<CatalogQuery> queries = CatalogQueries.all();
        for (CatalogQuery query : queries) {
            counter.current = query.name();
            long start = System.nanoTime();
            query.read(handle, state);
            if (log.isTraceEnabled()) {
                log.trace("Catalog query {} took {} ms", query.name(), (System.nanoTime() - start) / 1_000_000);
            }
        }
        counter.current = null;
        state.tables.values().forEach(table -> state.snapshot.add(table.build()));
        state.views.values().forEach(view -> state.snapshot.add(view.build()));
        return state.snapshot.database(info).build();
    }

    private static boolean inTransaction(Connection connection) throws SQLException {
        if (connection.isWrapperFor(BaseConnection.class)) {
            return connection.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        }
        return false;   // another driver or a pool's proxy that hides it: trust the caller
    }

    private static SQLException findSqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException) {
                return (SQLException) t;
            }
        }
        return null;
    }

    /** Counts the statements JDBI executes, and remembers which query is running, for messages. */
    private static final class StatementCounter implements SqlLogger {
        int count;
        String current;

        @Override
        public void logAfterExecution(StatementContext context) {
            count++;
        }

        @Override
        public void logException(StatementContext context, SQLException ex) {
            count++;
        }
    }

    /** The caller's connection: JDBI must not close it. */
    private static final class BorrowedConnection implements ConnectionFactory {
        private final Connection connection;

        BorrowedConnection(Connection connection) {
            this.connection = connection;
        }

        @Override
        public Connection openConnection() {
            return connection;
        }

        @Override
        public void closeConnection(Connection toClose) {
            // owned by the caller
        }
    }
}
