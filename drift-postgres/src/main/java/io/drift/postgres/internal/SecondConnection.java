package io.drift.postgres.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

/**
 * Reads some of the capture's queries ({@link CatalogQueries#onSecondConnection}: the columns and the indexes, the
 * two largest) on a second connection and thread while the first connection reads the rest, as {@code pg_dump -j}
 * does: the first transaction exports its snapshot ({@code pg_export_snapshot()}) and this one imports it
 * ({@code SET TRANSACTION SNAPSHOT}), so both read one and the same state of the catalog. Each query
 * {@linkplain CatalogQuery#fetchApart reads apart}, into a state of this connection's own, and what it read is
 * attached to the capture's relations once the first connection has registered them.
 *
 * <p>Parallelism must never cost a capture: when the second connection cannot be opened (a connection limit, an
 * exhausted pool, a refused login) or cannot import the snapshot, {@link #await()} returns {@code null} and the
 * capture reads the columns on its first connection, with the same result. Only a failure of the query itself (a
 * timeout, a lost connection) fails the capture, as it would on one connection.
 *
 * <p>The connection is the data source's, opened and closed here; it runs {@value #SETUP_STATEMENTS} statements to
 * set up ({@code SET TRANSACTION} read only, repeatable read; {@code SET TRANSACTION SNAPSHOT}; the
 * {@code set_config} of the timeouts and search path), then its queries.
 */
final class SecondConnection implements AutoCloseable {

    /** The statements this connection sends before its queries. */
    static final int SETUP_STATEMENTS = 3;

    private static final Logger log = LoggerFactory.getLogger(SecondConnection.class);

    /**
     * How long the capture, its other queries done, still waits for the data source to hand out the second
     * connection before it reads the columns itself: a pool with no connection to spare (one of size one, whose
     * only connection the capture holds) would otherwise hold it up for the pool's whole connection timeout.
     */
    static final Duration CONNECT_GRACE = Duration.ofSeconds(1);

    private final Thread thread;
    private final CountDownLatch connected = new CountDownLatch(1);
    private final CountDownLatch done = new CountDownLatch(1);
    private volatile Connection connection;
    private volatile boolean abandoned;

    private final List<CatalogQuery> queries;

    // Written by the thread before done.countDown(), read after done.await(): the latch orders them.
    private List<CatalogQuery.Deferred> deferred;
    private Snapshot objects;
    private RuntimeException failure;
    private Error error;
    private int statements;

    private SecondConnection(DataSource dataSource, String snapshotId, CaptureState parent, String where,
                             List<CatalogQuery> queries) {
        this.queries = List.copyOf(queries);
        CaptureState state = new CaptureState(parent.serverMajor);
        state.options = parent.options;
        state.schemaOids = parent.schemaOids.clone();
        this.thread = new Thread(() -> run(dataSource, snapshotId, state, where), "drift-capture-columns");
        this.thread.setDaemon(true);
    }

    /**
     * Starts reading queries on a connection of its own.
     *
     * @param dataSource where the connection comes from
     * @param snapshotId what {@code pg_export_snapshot()} returned in the capture's transaction, which must stay open
     *                   until {@link #applyTo} returns
     * @param state      the capture so far: its server version, options and schema OIDs are copied
     * @param where      the server, for messages
     * @param queries    the queries to run, in order; each can be {@linkplain CatalogQuery#apart() read apart}
     * @return the running reader
     */
    static SecondConnection start(DataSource dataSource, String snapshotId, CaptureState state, String where,
                                  List<CatalogQuery> queries) {
        SecondConnection second = new SecondConnection(dataSource, snapshotId, state, where, queries);
        second.thread.start();
        return second;
    }

    /**
     * Waits for the queries, then adds what they read to the capture: members to the relations the first connection
     * registered, the standalone queries' objects to the snapshot.
     *
     * @param state the capture's state, with every relation registered
     * @return false when this connection could not join the capture, and its queries must run on the first one
     * @throws DriftException when one of its queries failed
     */
    boolean applyTo(CaptureState state) {
        if (!await()) {
            return false;
        }
        deferred.forEach(step -> step.applyTo(state));
        objects.stream().forEach(state.snapshot::add);
        return true;
    }

    private boolean await() {
        try {
            if (!connected.await(CONNECT_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                abandoned = true;   // the thread closes the connection if it ever gets one
                log.debug("The data source has not handed out a second connection after the other queries and {} ms"
                        + " more; reading every query on the first", CONNECT_GRACE.toMillis());
                return false;
            }
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new DriftException(DriftException.Reason.OTHER, "The capture was interrupted.", e);
        }
        if (error != null) {
            throw error;
        }
        if (failure != null) {
            throw failure;
        }
        return deferred != null;
    }

    /** @return the statements this connection sent */
    int statements() {
        return statements;
    }

    /** Stops the reader if it still runs (the capture failed elsewhere) and waits for its connection to close. */
    @Override
    public void close() {
        if (done.getCount() == 0) {
            return;
        }
        abandoned = true;
        if (connected.getCount() > 0) {
            return;     // still waiting for the data source: the thread closes what it gets, and ends
        }
        Connection c = connection;
        if (c != null) {
            try {
                c.abort(Runnable::run);     // closes the socket: a running query ends at once, the server rolls back
            } catch (SQLException | RuntimeException e) {
                log.debug("Aborting the second capture connection failed: {}", e.toString());
            }
        }
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(DataSource dataSource, String snapshotId, CaptureState state, String where) {
        try {
            Connection c;
            try {
                c = dataSource.getConnection();
                connection = c;
            } catch (SQLException | RuntimeException e) {
                log.debug("No second connection to {} ({}); reading every query on one", where, e.toString());
                return;
            } finally {
                connected.countDown();
            }
            if (abandoned) {
                closeQuietly(c);
                return;
            }
            try (c) {
                int networkTimeout = CatalogReader.limitWaiting(c, state.options, where);
                boolean autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                try {
                    read(c, snapshotId, state, where);
                } finally {
                    if (!abandoned && !c.isClosed()) {
                        c.setAutoCommit(autoCommit);   // as it was, for a pool that hands the connection on
                        if (networkTimeout >= 0) {
                            c.setNetworkTimeout(Runnable::run, networkTimeout);
                        }
                    }
                }
            } catch (Error e) {
                // Out of memory, say: the capture's thread rethrows it, rather than this one dying with a trace.
                error = e;
            } catch (SQLException | RuntimeException e) {
                if (deferred == null && failure == null && !abandoned) {
                    log.debug("The second capture connection to {} failed before its query ({}); reading every "
                            + "query on one", where, e.toString());
                }
            }
        } finally {
            connected.countDown();
            done.countDown();
        }
    }

    private void read(Connection c, String snapshotId, CaptureState state, String where) {
        Jdbi jdbi = CatalogReader.jdbi(c);
        try (Handle handle = jdbi.open()) {
            if (!join(handle, snapshotId, state.options, where)) {
                return;
            }
            String current = "";
            try {
                List<CatalogQuery.Deferred> steps = new ArrayList<>();
                for (CatalogQuery query : queries) {
                    current = query.name();
                    statements++;
                    steps.add(query.fetchApart(handle, state));
                }
                objects = state.snapshot.build();
                deferred = steps;
            } catch (RuntimeException e) {
                if (!abandoned) {
                    failure = CatalogReader.failure(e, where, current, state.options);
                }
            } finally {
                rollbackQuietly(c);
            }
        }
    }

    /** Sets the transaction up and imports the snapshot; false, logged, when that fails. */
    private boolean join(Handle handle, String snapshotId, CaptureOptions options, String where) {
        try {
            statements++;
            handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
            statements++;
            // The id comes from pg_export_snapshot() (hex digits and dashes); quoted as a literal all the same.
            handle.execute("SET TRANSACTION SNAPSHOT '" + snapshotId.replace("'", "''") + "'");
            statements++;
            CatalogReader.configure(handle, options);
            return true;
        } catch (JdbiException e) {
            log.debug("The second capture connection to {} cannot share the capture's snapshot ({}); reading every "
                    + "query on one", where, e.toString());
            rollbackQuietly(handle.getConnection());
            return false;
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException e) {
            log.trace("Rollback of the second capture connection failed: {}", e.toString());
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            log.trace("Closing the second capture connection failed: {}", e.toString());
        }
    }
}
