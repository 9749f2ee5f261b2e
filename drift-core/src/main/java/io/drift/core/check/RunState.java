package io.drift.core.check;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.SnapshotProviders;
import io.drift.core.UnsupportedDatabaseException;
import io.drift.core.internal.Durations;
import io.drift.core.internal.SqlFailures;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.SnapshotProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

/**
 * The state of one run: the threads checks run on, the run's deadline, the snapshot shared by its checks, and what the
 * database said it is.
 */
final class RunState implements AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final DataSource dataSource;
    private final CaptureOptions captureOptions;
    private final SnapshotProviders configuredProviders;
    private final Clock clock;
    private final long deadline;   // System.nanoTime(), or Long.MAX_VALUE for none
    private final ExecutorService executor;

    private volatile DatabaseInfo database;
    private volatile SnapshotProvider provider;
    private volatile boolean providerChosen;
    private Future<Snapshot> snapshot;   // guarded by this

    RunState(DataSource dataSource, CaptureOptions captureOptions, SnapshotProviders providers, Clock clock,
             Duration timeout) {
        this.dataSource = dataSource;
        this.captureOptions = captureOptions;
        this.configuredProviders = providers;
        this.clock = clock;
        this.deadline = timeout == null ? Long.MAX_VALUE : System.nanoTime() + timeout.toNanos();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "drift-check-" + THREADS.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = Executors.newCachedThreadPool(threads);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** @return the smaller of {@code checkTimeout} and what is left of the run, {@code ZERO} when nothing is */
    Duration budget(Duration checkTimeout) {
        if (deadline == Long.MAX_VALUE) {
            return checkTimeout;
        }
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return Duration.ZERO;
        }
        return left < checkTimeout.toNanos() ? Duration.ofNanos(left) : checkTimeout;
    }

    /** The outcome of running one check, or what stopped it. */
    record Attempt(Outcome outcome, Throwable error, Duration duration) {
    }

    /** A check that ran past its time. */
    static final class TimedOut extends Exception {
        private static final long serialVersionUID = 1L;

        TimedOut(Duration budget) {
            super("did not finish within " + Durations.format(budget));
        }
    }

    Attempt attempt(Check check, CheckOptions options, Duration budget) {
        long start = System.nanoTime();
        long checkDeadline = start + budget.toNanos();
        Context context = new Context(options, checkDeadline);
        Future<Outcome> future = executor.submit(() -> check.run(context));
        try {
            Outcome outcome = future.get(budget.toNanos(), TimeUnit.NANOSECONDS);
            return new Attempt(outcome, null, since(start));
        } catch (TimeoutException e) {
            future.cancel(true);
            return new Attempt(null, new TimedOut(budget), since(start));
        } catch (ExecutionException e) {
            return new Attempt(null, e.getCause() == null ? e : e.getCause(), since(start));
        } catch (CancellationException e) {
            return new Attempt(null, e, since(start));
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            return new Attempt(null, new DriftException(DriftException.Reason.OTHER,
                    "The run was interrupted before the check finished."), since(start));
        }
    }

    private static Duration since(long start) {
        return Duration.ofNanos(System.nanoTime() - start);
    }

    private SnapshotProviders providers() {
        return configuredProviders != null ? configuredProviders
                : SnapshotProviders.discover(Drift.class.getClassLoader());
    }

    private void learn(Connection connection) throws SQLException {
        if (providerChosen) {
            return;
        }
        DatabaseInfo info = DatabaseInfo.from(connection.getMetaData());
        SnapshotProvider chosen;
        try {
            chosen = providers().select(info);
        } catch (UnsupportedDatabaseException e) {
            chosen = null;   // checks still read, with JDBC's read-only flag and no server-side timeouts
        }
        database = info;
        provider = chosen;
        providerChosen = true;
    }

    synchronized Future<Snapshot> snapshot() {
        if (snapshot == null) {
            // Its own thread: a check that times out while waiting must not cancel the capture another check needs.
            snapshot = executor.submit(() -> Drift.capture(dataSource, captureOptions, providers()));
        }
        return snapshot;
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }

    /** What one check sees. */
    private final class Context implements CheckContext {
        private final CheckOptions options;
        private final long checkDeadline;

        Context(CheckOptions options, long checkDeadline) {
            this.options = options;
            this.checkDeadline = checkDeadline;
        }

        @Override
        public <T> T query(SqlWork<T> work) throws SQLException {
            Connection opened;
            try {
                opened = dataSource.getConnection();
            } catch (SQLException e) {
                // The same reason and words as a capture's (connectivity reads "Cannot connect to …", not the
                // driver's exception); a data source that throws a DriftException of its own is left to say it.
                throw SqlFailures.connecting(e, null, null);
            }
            try (Connection connection = opened) {
                learn(connection);
                boolean autoCommit = connection.getAutoCommit();
                boolean readOnly = connection.isReadOnly();
                connection.setAutoCommit(false);
                try {
                    Duration left = remainingTime();
                    Duration statementTimeout = left.isZero() ? Duration.ofMillis(1) : left;
                    if (provider != null) {
                        provider.beginReadOnly(connection, statementTimeout, captureOptions.lockTimeout());
                    } else {
                        connection.setReadOnly(true);
                    }
                    return work.apply(connection);
                } finally {
                    try {
                        connection.rollback();
                    } finally {
                        connection.setAutoCommit(autoCommit);
                        if (connection.isReadOnly() != readOnly) {
                            connection.setReadOnly(readOnly);
                        }
                    }
                }
            }
        }

        @Override
        public DataSource dataSource() {
            return dataSource;
        }

        @Override
        public Optional<DatabaseInfo> database() {
            return Optional.ofNullable(database);
        }

        @Override
        public Snapshot snapshot() {
            Future<Snapshot> future = RunState.this.snapshot();
            try {
                long left = checkDeadline - System.nanoTime();
                return future.get(Math.max(left, 1), TimeUnit.NANOSECONDS);
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof DriftException) {
                    throw (DriftException) cause;
                }
                throw new DriftException(DriftException.Reason.OTHER, "The snapshot could not be captured ("
                        + cause + ").", cause);
            } catch (TimeoutException e) {
                throw new DriftException(DriftException.Reason.TIMEOUT, "The snapshot was not captured within the"
                        + " check's time. Give the checks more time.", e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new DriftException(DriftException.Reason.OTHER, "Interrupted while waiting for the snapshot.",
                        e);
            }
        }

        @Override
        public CheckOptions options() {
            return options;
        }

        @Override
        public Clock clock() {
            return clock;
        }

        @Override
        public Duration remainingTime() {
            long left = checkDeadline - System.nanoTime();
            return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
        }
    }
}
