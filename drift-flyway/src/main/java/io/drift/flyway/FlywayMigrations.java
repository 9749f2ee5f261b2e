package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.SnapshotProviders;
import io.drift.core.diff.DiffOptions;
import io.drift.core.model.Snapshot;
import io.drift.flyway.internal.ExpectedBuilder;
import io.drift.flyway.internal.Flyways;
import io.drift.flyway.internal.HistoryReader;
import io.drift.flyway.internal.StatusReader;
import io.drift.postgres.PostgresSnapshotProvider;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The migrations an application's Flyway configuration describes, and what Drift does with them: read a database's
 * status, compare its history with another's, build the schema the migrations make in a shadow database and compare a
 * database with it, and apply what is pending on request.
 *
 * <pre>{@code
 * FlywayMigrations migrations = FlywayMigrations.of(flyway);           // the application's own Flyway
 * MigrationStatus status = migrations.status(dataSource);              // reads only
 * MigrationsDrift drift = migrations.drift(dataSource, ShadowDatabase.auto());
 * if (drift.diff().hasErrors()) {
 *     throw new IllegalStateException(drift.diff().toString());
 * }
 * }</pre>
 *
 * <p>It takes the application's {@link Flyway} or its {@link Configuration} and nothing else: locations, placeholders,
 * the history table, callbacks, resolvers and Java migrations all come from there, so that what Drift reads and builds
 * cannot disagree with what the application migrates. The configuration's own data source is not used; each method
 * is given the database to work on.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class FlywayMigrations {

    /** How long one statement of a status read may run unless told otherwise. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final Configuration configuration;

    private FlywayMigrations(Configuration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    /**
     * @param flyway the application's Flyway
     * @return its migrations
     */
    public static FlywayMigrations of(Flyway flyway) {
        return new FlywayMigrations(requireNonNull(flyway, "flyway").getConfiguration());
    }

    /**
     * @param configuration the application's Flyway configuration
     * @return its migrations
     */
    public static FlywayMigrations of(Configuration configuration) {
        return new FlywayMigrations(configuration);
    }

    /** @return the Flyway configuration */
    public Configuration configuration() {
        return configuration;
    }

    /**
     * Reads the database's migration status with Flyway's {@code info()} and {@code validate()}. The server refuses
     * every write on the connections Flyway gets (the session is read-only, with a statement and a lock timeout), and
     * the application's callbacks do not run: reading the status creates no history table, no schema, nothing.
     *
     * @param database the database (only read)
     * @return its status
     * @throws io.drift.core.DriftException when it cannot be read
     */
    public MigrationStatus status(DataSource database) {
        return status(database, DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * @param database         the database (only read)
     * @param statementTimeout how long one statement may run
     * @return its status
     * @see #status(DataSource)
     */
    public MigrationStatus status(DataSource database, Duration statementTimeout) {
        requireNonNull(database, "database");
        requireNonNull(statementTimeout, "statementTimeout");
        return StatusReader.read(configuration, database, statementTimeout);
    }

    /**
     * Reads the database's history table directly: which migrations it has applied, in order, with their checksums.
     * Two queries in a read-only session.
     *
     * @param database the database (only read)
     * @return its history; empty, with {@link HistoryTable#exists()} false, when it has no history table
     */
    public MigrationHistory history(DataSource database) {
        return HistoryReader.read(configuration, requireNonNull(database, "database"), DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * Builds the schema the migrations make, ahead of time: a shadow database, Flyway's migrate with the
     * application's configuration (callbacks included), a snapshot of every non-system schema. The shadow is removed
     * afterwards, whatever happens.
     *
     * @param shadow where to build
     * @return the schema, with the checksums of the migrations it came from; {@link MigrationsSnapshot#write(java.nio.file.Path) write}
     *         it at build time, read it at run time
     * @throws MigrationsBuildException   when a migration fails from empty: it names the migration and the error
     * @throws ShadowUnavailableException when the shadow cannot serve
     */
    public MigrationsSnapshot expected(ShadowDatabase shadow) {
        return expected(shadow, ShadowTarget.none(), CaptureOptions.defaults());
    }

    /**
     * @param shadow  where to build
     * @param target  the database it is for (only read: its major version, server and roles)
     * @param capture what to capture of the shadow (the schemas, the timeouts)
     * @return the schema, with the checksums of the migrations it came from
     * @see #expected(ShadowDatabase)
     */
    public MigrationsSnapshot expected(ShadowDatabase shadow, ShadowTarget target, CaptureOptions capture) {
        requireNonNull(shadow, "shadow");
        requireNonNull(target, "target");
        requireNonNull(capture, "capture");
        return ExpectedBuilder.build(configuration, shadow, target, capture);
    }

    /**
     * Compares the database with the schema its migrations build in a shadow database: what the migrations create
     * that it lacks (missing), what it has that no migration creates (unexpected), what differs (changed). The history
     * table is left out; the database is only read.
     *
     * @param database the database (only read)
     * @param shadow   where to build the expected schema
     * @return the differences
     * @throws MigrationsBuildException when the migrations do not build from empty
     */
    public MigrationsDrift drift(DataSource database, ShadowDatabase shadow) {
        return drift(database, shadow, CaptureOptions.defaults(), DiffOptions.defaults());
    }

    /**
     * @param database the database (only read)
     * @param shadow   where to build the expected schema
     * @param capture  what to capture of both (the schemas, the timeouts)
     * @param options  what to compare
     * @return the differences
     * @see #drift(DataSource, ShadowDatabase)
     */
    public MigrationsDrift drift(DataSource database, ShadowDatabase shadow, CaptureOptions capture,
                                 DiffOptions options) {
        requireNonNull(database, "database");
        // The database's snapshot does not depend on the shadow: it is captured while the migrations run there.
        CompletableFuture<Snapshot> actual = captureAsync(database, capture);
        MigrationsSnapshot expected;
        try {
            expected = expected(shadow, ShadowTarget.of(database), capture);
        } catch (RuntimeException e) {
            actual.cancel(false);
            throw e;
        }
        return new MigrationsDrift(ExpectedBuilder.diff(expected, join(actual), options), expected);
    }

    /**
     * Compares the database with an expected snapshot built ahead of time, after checking that it was built from the
     * migrations in the code (with Flyway's {@code info()}, read-only).
     *
     * @param database the database (only read)
     * @param expected the snapshot built from the migrations
     * @return the differences
     * @throws StaleSnapshotException when the migrations in the code differ from those it was built from
     */
    public MigrationsDrift drift(DataSource database, MigrationsSnapshot expected) {
        return drift(database, expected, CaptureOptions.defaults(), DiffOptions.defaults());
    }

    /**
     * @param database the database (only read)
     * @param expected the snapshot built from the migrations
     * @param capture  what to capture of the database
     * @param options  what to compare
     * @return the differences
     * @see #drift(DataSource, MigrationsSnapshot)
     */
    public MigrationsDrift drift(DataSource database, MigrationsSnapshot expected, CaptureOptions capture,
                                 DiffOptions options) {
        requireNonNull(database, "database");
        requireNonNull(expected, "expected");
        CompletableFuture<Snapshot> actual = captureAsync(database, capture);
        try {
            requireCurrent(expected, status(database));
        } catch (RuntimeException e) {
            actual.cancel(false);
            throw e;
        }
        return new MigrationsDrift(ExpectedBuilder.diff(expected, join(actual), options), expected);
    }

    /**
     * @param expected a snapshot built from the migrations
     * @param status   the status of a database, read with this configuration
     * @throws StaleSnapshotException when the migrations in the code differ from those it was built from
     */
    public static void requireCurrent(MigrationsSnapshot expected, MigrationStatus status) {
        List<String> changes = expected.changesFrom(status.migrations());
        if (!changes.isEmpty()) {
            throw new StaleSnapshotException("The expected snapshot is stale: it was built from other migrations than"
                    + " those in the code (" + String.join("; ", changes) + "). Build it again from the current"
                    + " migrations (drift migrations snapshot --output FILE, or FlywayMigrations.expected(shadow)"
                    + ".write(file)) and ship it with them.", changes);
        }
    }

    private static CompletableFuture<Snapshot> captureAsync(DataSource database, CaptureOptions capture) {
        CompletableFuture<Snapshot> future = new CompletableFuture<>();
        Thread thread = new Thread(() -> {
            try {
                future.complete(Drift.capture(database, capture, SnapshotProviders.of(new PostgresSnapshotProvider())));
            } catch (Throwable t) {
                future.completeExceptionally(t);
            }
        }, "drift-flyway-capture");
        thread.setDaemon(true);
        thread.start();
        return future;
    }

    private static Snapshot join(CompletableFuture<Snapshot> future) {
        try {
            return future.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException) {
                throw (RuntimeException) e.getCause();
            }
            if (e.getCause() instanceof Error) {
                throw (Error) e.getCause();
            }
            throw e;
        }
    }

    /**
     * Applies what is pending, on request: reads the status, asks {@code confirm} with the pending migrations, runs
     * Flyway's migrate with the application's configuration (callbacks included) when it says yes, and reads the
     * status again. Nothing is applied unless {@code confirm} says yes; with nothing pending it is not asked.
     *
     * @param database the database to migrate
     * @param confirm  given the pending migrations, whether to apply them
     * @return the status before and after, and what was applied
     * @throws io.drift.core.DriftException when Flyway's migrate fails (the message names the migration and error)
     */
    public ApplyResult apply(DataSource database, Predicate<List<MigrationEntry>> confirm) {
        requireNonNull(database, "database");
        requireNonNull(confirm, "confirm");
        MigrationStatus before = status(database);
        List<MigrationEntry> pending = before.pending();
        if (pending.isEmpty() || !confirm.test(pending)) {
            return new ApplyResult(before, List.of(), before, false);
        }
        try {
            Flyways.migrating(configuration, database).migrate();
        } catch (FlywayException e) {
            throw Flyways.translate(e, "applying the pending migrations");
        }
        MigrationStatus after = status(database);
        List<MigrationEntry> applied = new ArrayList<>();
        for (MigrationEntry m : pending) {
            after.migrations().stream().filter(a -> a.isApplied() && sameMigration(a, m)).findFirst()
                    .ifPresent(applied::add);
        }
        return new ApplyResult(before, applied, after, true);
    }

    private static boolean sameMigration(MigrationEntry a, MigrationEntry b) {
        return a.isVersioned() ? a.version().equals(b.version())
                : !b.isVersioned() && a.description().equals(b.description());
    }
}
