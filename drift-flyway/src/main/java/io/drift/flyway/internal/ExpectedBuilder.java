package io.drift.flyway.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.SnapshotProviders;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.flyway.HistoryTable;
import io.drift.flyway.MigrationChecksum;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationsBuildException;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.postgres.PostgresSnapshotProvider;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.configuration.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Builds the schema the migrations make: a shadow database, Flyway's migrate, a snapshot; the shadow always removed. */
public final class ExpectedBuilder {

    private static final Logger log = LoggerFactory.getLogger(ExpectedBuilder.class);
    private static final SnapshotProviders POSTGRES = SnapshotProviders.of(new PostgresSnapshotProvider());

    private ExpectedBuilder() {
    }

    /**
     * @param configuration the application's Flyway configuration
     * @param shadow        where to build
     * @param target        what it is for (only read), or {@link ShadowTarget#none()}
     * @param capture       what to capture of the shadow
     * @return the schema, with the migrations' checksums
     * @throws MigrationsBuildException when a migration fails
     */
    public static MigrationsSnapshot build(Configuration configuration, ShadowDatabase shadow, ShadowTarget target,
                                           CaptureOptions capture) {
        long start = System.nanoTime();
        try (ShadowDatabase.Instance db = shadow.open(target)) {
            Failures failures = new Failures();
            Flyway flyway = Flyways.migrating(configuration, db.dataSource(), failures);
            try {
                flyway.migrate();
            } catch (FlywayException e) {
                throw failure(e, failures, db);
            }
            List<MigrationChecksum> manifest = new ArrayList<>();
            try {
                for (MigrationInfo info : flyway.info().all()) {
                    MigrationEntry entry = MigrationEntry.from(info);
                    if (entry.isResolved()) {
                        manifest.add(MigrationChecksum.of(entry));
                    }
                }
            } catch (FlywayException e) {
                throw Flyways.translate(e, "listing the migrations in the shadow database");
            }
            HistoryTable table;
            try {
                table = Flyways.locate(configuration, db.dataSource());
            } catch (SQLException e) {
                throw new DriftException(DriftException.Reason.OTHER, "Cannot find the history table in the shadow"
                        + " database (" + e.getMessage() + ").", e);
            }
            long migrated = System.nanoTime();
            Snapshot snapshot = Drift.capture(db.dataSource(), capture, POSTGRES).toBuilder()
                    .remove(ObjectKind.TABLE, table.path()).build();
            log.debug("Built the migrations' schema in {}: migrate {} ms, capture {} ms", db.description(),
                    (migrated - start) / 1_000_000, (System.nanoTime() - migrated) / 1_000_000);
            return new MigrationsSnapshot(snapshot, manifest, Flyways.flywayVersion(), db.description(),
                    table.table());
        }
    }

    /**
     * @param expected the schema the migrations build
     * @param actual   the database's
     * @param options  the diff options, to which the history table is added as ignored
     * @return the differences
     */
    public static SchemaDiff diff(MigrationsSnapshot expected, Snapshot actual, DiffOptions options) {
        return Differ.standard().diff(expected.snapshot(), actual, ignoringHistory(options, expected.historyTable()));
    }

    /** @return the options, also ignoring a history table of that name in every schema */
    public static DiffOptions ignoringHistory(DiffOptions options, String historyTable) {
        String glob = "**." + ObjectPath.of(historyTable);
        if (options.ignoredTables().contains(glob)) {
            return options;
        }
        List<String> ignored = new ArrayList<>(options.ignoredTables());
        ignored.add(glob);
        return options.toBuilder().ignoredTables(ignored).build();
    }

    private static DriftException failure(FlywayException e, Failures failures, ShadowDatabase.Instance db) {
        if (io.drift.flyway.internal.shadow.Cleanup.shuttingDown()) {
            return new DriftException(DriftException.Reason.OTHER, "Stopped: the process is shutting down, and the"
                    + " shadow database (" + db.description() + ") was removed before the migrations finished.", e);
        }
        SQLException sql = Flyways.find(e, SQLException.class);
        String error = failures.error != null ? failures.error : sql != null ? sql.getMessage() : null;
        String state = failures.state != null ? failures.state : sql != null ? sql.getSQLState() : null;
        MigrationInfo failed = failures.migration;
        String who = failed == null ? null : MigrationEntry.from(failed).label();
        String detail = error != null ? Flyways.firstLine(error) : Flyways.firstLine(e.getMessage());
        String message = who != null
                ? "The migrations do not build from an empty database: " + who + " fails in the shadow database ("
                + db.description() + "): " + detail + (state == null ? "" : " [SQLState " + state + "]")
                + (failures.statement == null ? "" : ", in: " + oneLine(failures.statement)) + ". Fix the"
                + " migration so that it runs on a database built by the ones before it."
                : "Flyway failed before any migration ran in the shadow database (" + db.description() + "): "
                + detail + ".";
        return new MigrationsBuildException(message, who, failed == null || failed.getVersion() == null ? null
                : failed.getVersion().getVersion(), error, state, e);
    }

    /** The statement for a message: without its comments, on one line, without its semicolon, at most 200 chars. */
    static String oneLine(String sql) {
        String s = sql.replaceAll("/\\*(?s:.*?)\\*/", " ").replaceAll("--[^\\n]*", " ").strip()
                .replaceAll("\\s+", " ");
        if (s.endsWith(";")) {
            s = s.substring(0, s.length() - 1).strip();
        }
        return s.length() > 200 ? s.substring(0, 197) + "..." : s;
    }

    /** Remembers which migration failed, and the statement and error, as Flyway reports them to callbacks. */
    static final class Failures extends BaseCallback {
        private MigrationInfo migration;
        private String statement;
        private String error;
        private String state;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE_ERROR || event == Event.AFTER_EACH_MIGRATE_STATEMENT_ERROR;
        }

        @Override
        public boolean canHandleInTransaction(Event event, Context context) {
            return true;
        }

        @Override
        public void handle(Event event, Context context) {
            if (context.getMigrationInfo() != null) {
                migration = context.getMigrationInfo();
            }
            if (event == Event.AFTER_EACH_MIGRATE_STATEMENT_ERROR && context.getStatement() != null) {
                statement = context.getStatement().getSql();
                if (!context.getStatement().getErrors().isEmpty()) {
                    var first = context.getStatement().getErrors().get(0);
                    error = first.getMessage();
                    state = first.getState();
                }
            }
        }

        @Override
        public String getCallbackName() {
            return "drift-failures";
        }
    }
}
