package io.drift.postgres.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.postgres.JdbcUrls;

import org.jdbi.v3.core.ConnectionFactory;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Handles;

import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.SqlStatements;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.TemplateEngine;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Runs a capture: every {@link CatalogQueries catalog query} once, inside one read-only, repeatable-read transaction
 * (one consistent view of the catalog) with the statement and lock timeouts of the {@link CaptureOptions}, and with
 * {@code search_path = pg_catalog} so that every rendering qualifies user objects the same way whoever captures. The
 * connection's auto-commit, isolation and read-only settings are left as they were: the transaction characteristics
 * are set with {@code SET TRANSACTION}, which ends with the transaction, and the transaction is rolled back.
 *
 * <p>Given a {@link DataSource} for more connections and {@link CaptureOptions#maxConnections()} above one, the
 * columns and the indexes run on a {@link SecondConnection second connection} in the same snapshot while this one
 * reads the rest; when that connection cannot be had, everything is read here, with the same result.
 *
 * <p>The number of statements is fixed: {@value #SETUP_STATEMENTS} to set the transaction up, then one per query;
 * with a second connection, {@value SecondConnection#SETUP_STATEMENTS} more to set its transaction up.
 *
 * <p><b>Internal: may change without notice.</b> Public only for {@code io.drift.postgres}.
 */
public final class CatalogReader {

    /** {@code SET TRANSACTION …} and the {@code set_config} of the timeouts and search path. */
    static final int SETUP_STATEMENTS = 2;

    /**
     * The transaction's timeouts and search path, and the settings the server's renderings depend on, fixed so that
     * whoever captures gets the same text: {@code pg_get_expr} prints a {@code timestamptz} constant (a default, a
     * partition bound) in the session's {@code TimeZone}, which pgjdbc takes from the JVM's zone; intervals in
     * {@code IntervalStyle}; dates in {@code DateStyle}; floats by {@code extra_float_digits}; {@code bytea} by
     * {@code bytea_output}; {@code money} by {@code lc_monetary}. All are local to the transaction.
     */
    static final String CONFIGURE = "SELECT set_config('statement_timeout', :statement, true) AS statement_timeout,"
            + " set_config('lock_timeout', :lock, true) AS lock_timeout,"
            + " set_config('search_path', 'pg_catalog', true) AS search_path,"
            + " set_config('TimeZone', 'UTC', true) AS time_zone,"
            + " set_config('IntervalStyle', 'postgres', true) AS interval_style,"
            + " set_config('DateStyle', 'ISO, MDY', true) AS date_style,"
            + " set_config('extra_float_digits', '1', true) AS extra_float_digits,"
            + " set_config('bytea_output', 'hex', true) AS bytea_output,"
            + " set_config('lc_monetary', 'C', true) AS lc_monetary";

    /** {@link #CONFIGURE}, and the transaction's snapshot exported for a second connection. */
    static final String CONFIGURE_AND_EXPORT = CONFIGURE + ", pg_export_snapshot() AS snapshot";

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
        return capture(connection, null, options);
    }

    /**
     * @param connection an open connection, which stays open and owned by the caller
     * @param more       where a second connection may come from, or {@code null} to read on {@code connection} alone
     * @param options    what to capture
     * @return the snapshot and what it cost
     * @throws DriftException when the server is too old, the connection is inside a transaction, or a query fails
     */
    public static Result capture(Connection connection, DataSource more, CaptureOptions options) {
        requireNonNull(connection, "connection");
        requireNonNull(options, "options");
        long start = System.nanoTime();
        String where = "(unknown server)";
        StatementCounter counter = new StatementCounter();
        try {
            if (connection.isClosed()) {
                throw closedConnection();
            }
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
            Jdbi jdbi = jdbi(connection);
            jdbi.setSqlLogger(counter);
            Snapshot snapshot;
            int networkTimeout = limitWaiting(connection, options, where);
            try (Handle handle = jdbi.open()) {
                connection.setAutoCommit(false);
                boolean read = false;
                try {
                    DataSource second = more != null && options.maxConnections() > 1 ? more : null;
                    snapshot = read(handle, info, options, counter, second, where);
                    read = true;
                } finally {
                    restore(connection, autoCommit, networkTimeout, read, where);
                }
            }
            Duration duration = Duration.ofNanos(System.nanoTime() - start);
            log.debug("Captured {} objects from {} with {} statements in {} ms", snapshot.size(), where,
                    counter.count, duration.toMillis());
            return new Result(snapshot, counter.count, duration);
        } catch (JdbiException | Errors.ChangedDuringCapture e) {
            throw failure(e, where, counter.current, options);
        } catch (SQLException e) {
            throw Errors.capturing(e, where, counter.current, options.statementTimeout(), options.lockTimeout());
        }
    }

    /**
     * Bounds how long the capture waits for the server to send anything ({@link Connection#setNetworkTimeout}): the
     * statement timeout lives on the server, and cannot fire when the server or the network is frozen.
     *
     * @return the connection's network timeout before, to restore, or {@code -1} when the driver has none
     */
    static int limitWaiting(Connection connection, CaptureOptions options, String where) {
        try {
            int before = connection.getNetworkTimeout();
            long millis = Errors.networkTimeout(options.statementTimeout()).toMillis();
            connection.setNetworkTimeout(Runnable::run, (int) Math.min(Integer.MAX_VALUE, millis));
            return before;
        } catch (SQLException | UnsupportedOperationException | AbstractMethodError e) {
            log.debug("The connection to {} takes no network timeout ({}); a frozen server can hold the capture",
                    where, e.toString());
            return -1;
        }
    }

    /**
     * Rolls the capture's transaction back and gives the connection back as it came. After a failure (a server that
     * stopped answering closes the connection) a failing rollback is logged rather than thrown, so that the first
     * error, which says what happened, is the one reported.
     */
    private static void restore(Connection connection, boolean autoCommit, int networkTimeout, boolean read,
                                String where) throws SQLException {
        try {
            if (!read && connection.isClosed()) {
                return;
            }
            connection.rollback();    // read only: nothing to keep; also ends the SET LOCAL settings
            connection.setAutoCommit(autoCommit);
            if (networkTimeout >= 0) {
                connection.setNetworkTimeout(Runnable::run, networkTimeout);
            }
        } catch (SQLException | RuntimeException e) {
            if (read) {
                throw e;
            }
            log.debug("Restoring the connection to {} after a failed capture failed too: {}", where, e.toString());
        }
    }

    /** @return the refusal of a connection that is closed before the capture starts */
    public static DriftException closedConnection() {
        return new DriftException(Reason.INVALID_ARGUMENT, "The connection given to the capture is closed. Capture"
                + " while it is open (inside its try-with-resources block), or give Drift a DataSource"
                + " (Drift.capture(dataSource, options)) and let it open and close its own connection.");
    }

    private static Snapshot read(Handle handle, DatabaseInfo info, CaptureOptions options, StatementCounter counter,
                                 DataSource more, String where) {
        counter.current = "transaction setup";
        handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        String exported = more == null ? null : configureAndExport(handle, options, where);
        if (exported == null) {
            configure(handle, options);
        }
        CaptureState state = new CaptureState(info.majorVersion());
        state.options = options;
        List<CatalogQuery> queries = CatalogQueries.all();
        List<CatalogQuery> onSecond = queries.stream().filter(CatalogQueries::onSecondConnection).toList();
        SecondConnection second = null;
        try {
            for (CatalogQuery query : queries) {
                if (second != null && onSecond.contains(query)) {
                    continue;   // on the second connection; applied after the rest, which does not depend on it
                }
                run(query, handle, state, counter);
                if (exported != null && query instanceof SchemaQuery) {
                    // The schema OIDs are known: the second connection can start.
                    second = SecondConnection.start(more, exported, state, where, onSecond);
                }
            }
            if (second != null) {
                counter.current = "columns";
                long start = System.nanoTime();
                boolean applied = second.applyTo(state);
                log.trace("The second connection's queries {} {} ms after the first's", applied ? "were applied"
                        : "could not run there,", (System.nanoTime() - start) / 1_000_000);
                if (!applied) {
                    for (CatalogQuery query : onSecond) {
                        run(query, handle, state, counter);
                    }
                }
            }
        } finally {
            if (second != null) {
                second.close();
                counter.count += second.statements();
            }
        }
        counter.current = null;
        state.tables.values().forEach(table -> state.snapshot.add(table.build()));
        state.views.values().forEach(view -> state.snapshot.add(view.build()));
        return state.snapshot.database(info).build();
    }

    private static void run(CatalogQuery query, Handle handle, CaptureState state, StatementCounter counter) {
        counter.current = query.name();
        long start = System.nanoTime();
        query.read(handle, state);
        if (log.isTraceEnabled()) {
            log.trace("Catalog query {} took {} ms", query.name(), (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * @param serverMajor a server's major version
     * @return every catalog query's SQL as a capture sends it to that server, by query name, in the order a capture
     *         runs them (for drift-benchmarks, which times each query on its own)
     */
    public static Map<String, String> catalogSql(int serverMajor) {
        Map<String, String> sql = new LinkedHashMap<>();
        for (CatalogQuery query : CatalogQueries.all()) {
            sql.put(query.name(), Sql.load(query.name(), serverMajor));
        }
        return sql;
    }

    /** Sets the capture's timeouts and search path for the transaction (one statement). */
    static void configure(Handle handle, CaptureOptions options) {
        handle.createQuery(CONFIGURE)
                .bind("statement", options.statementTimeout().toMillis() + "ms")
                .bind("lock", options.lockTimeout().toMillis() + "ms")
                .mapToMap().one();
    }

    /**
     * {@link #configure} and {@code pg_export_snapshot()} in one statement, so that a second connection can share this
     * transaction's view. A server that cannot export a snapshot (a PostgreSQL look-alike) aborts the transaction:
     * then it is rolled back and set up again without, and the capture runs on one connection.
     *
     * @return the snapshot's id, or {@code null} when it could not be exported
     */
    private static String configureAndExport(Handle handle, CaptureOptions options, String where) {
        try {
            return handle.createQuery(CONFIGURE_AND_EXPORT)
                    .bind("statement", options.statementTimeout().toMillis() + "ms")
                    .bind("lock", options.lockTimeout().toMillis() + "ms")
                    .map((rs, ctx) -> rs.getString("snapshot"))
                    .one();
        } catch (JdbiException e) {
            SQLException sql = findSqlException(e);
            if (sql == null || sql.getSQLState() == null || sql.getSQLState().startsWith("08")) {
                // Not a refusal to export, but a connection that broke (a server that stopped answering).
                throw failure(e, where, "transaction setup", options);
            }
            log.debug("PostgreSQL at {} cannot export a snapshot ({}); capturing on one connection", where,
                    e.toString());
            try {
                handle.getConnection().rollback();
            } catch (SQLException rollback) {
                throw Errors.capturing(rollback, where, "transaction setup", options.statementTimeout(),
                        options.lockTimeout());
            }
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            return null;
        }
    }

    /** @return the capture's JDBI over a borrowed connection: SQL sent as written, transactions left to the caller */
    static Jdbi jdbi(Connection connection) {
        Jdbi jdbi = Jdbi.create(new BorrowedConnection(connection));
        jdbi.getConfig(Handles.class).setForceEndTransactions(false);
        jdbi.getConfig(SqlStatements.class).setSqlParser(CatalogSqlParser.INSTANCE);
        // Catalog SQL is sent as written: no <attribute> templating, which '<>' or '<' in SQL could confuse.
        jdbi.setTemplateEngine(TemplateEngine.NOP);
        return jdbi;
    }

    /** @return the one error for a query that failed: the cause from its SQLState, the query, the fix */
    static DriftException failure(RuntimeException e, String where, String query, CaptureOptions options) {
        if (e instanceof DriftException) {
            return (DriftException) e;
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Errors.ChangedDuringCapture) {
                return Errors.changedDuringCapture(where, query, t.getMessage(), e);
            }
        }
        SQLException sql = findSqlException(e);
        if (sql == null) {
            return new DriftException(Reason.OTHER, "The capture from PostgreSQL at " + where + " failed in the "
                    + query + " query: " + e.getMessage(), e);
        }
        return Errors.capturing(sql, where, query, options.statementTimeout(), options.lockTimeout());
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
