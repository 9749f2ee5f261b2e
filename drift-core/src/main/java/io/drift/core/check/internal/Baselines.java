package io.drift.core.check.internal;

import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.core.spi.ExpectedSchemaSource;

import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Loading an expected schema for a check: from a file option, and on a thread of its own. */
public final class Baselines {

    private Baselines() {
    }

    /**
     * @param source a source
     * @return a source that loads once and then returns the same snapshot (or throws the same error): for two checks
     *         of one run that read the same baseline file
     */
    public static ExpectedSchemaSource once(ExpectedSchemaSource source) {
        if (source instanceof Once) {
            return source;
        }
        return new Once(source);
    }

    /** @return the source of a {@code baseline} option: a snapshot file */
    static ExpectedSchemaSource file(String path) {
        return SnapshotFiles.source(Path.of(path));
    }

    /**
     * Starts loading on a daemon thread, so that reading a large baseline file overlaps the capture of the database
     * the check then waits for.
     */
    static FutureTask<Snapshot> startLoading(ExpectedSchemaSource source) {
        FutureTask<Snapshot> task = new FutureTask<>(source::load);
        Thread thread = new Thread(task, "drift-baseline");
        thread.setDaemon(true);
        thread.start();
        return task;
    }

    /** Waits for {@link #startLoading}, rethrowing its error as it was thrown. */
    static Snapshot await(FutureTask<Snapshot> task, ExpectedSchemaSource source, java.time.Duration left)
            throws InterruptedException {
        try {
            Snapshot snapshot = task.get(Math.max(1, left.toNanos()), TimeUnit.NANOSECONDS);
            if (snapshot == null) {
                throw new DriftException(DriftException.Reason.OTHER, "The expected schema source "
                        + source.description() + " gave no snapshot, which is a bug in that source.");
            }
            return snapshot;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException) {
                throw (RuntimeException) cause;
            }
            throw new DriftException(DriftException.Reason.OTHER, "Cannot load " + source.description() + " ("
                    + cause + ").", cause);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new DriftException(DriftException.Reason.TIMEOUT, "Loading " + source.description()
                    + " did not finish within the check's time. Give the check more time.", e);
        }
    }

    private static final class Once implements ExpectedSchemaSource {
        private final ExpectedSchemaSource source;
        private Snapshot snapshot;
        private RuntimeException error;

        Once(ExpectedSchemaSource source) {
            this.source = source;
        }

        @Override
        public String description() {
            return source.description();
        }

        @Override
        public synchronized Snapshot load() {
            if (snapshot == null && error == null) {
                try {
                    snapshot = source.load();
                } catch (RuntimeException e) {
                    error = e;
                }
            }
            if (error != null) {
                throw error;
            }
            return snapshot;
        }

        @Override
        public String toString() {
            return description();
        }
    }
}
