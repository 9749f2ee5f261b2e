package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.check.Check;
import io.drift.core.diff.DiffOptions;
import io.drift.flyway.internal.DriftCheck;
import io.drift.flyway.internal.StatusCheck;

import java.util.Set;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * drift-flyway's checks, built on the application's own Flyway, for a {@link io.drift.core.check.CheckRunner} or a
 * startup guard. A check made here replaces the one of the same id that {@link FlywayCheckProvider} contributes from
 * {@code drift.yaml}, so the application's configuration wins over anything a file says.
 *
 * <pre>{@code
 * CheckReport report = CheckRunner.builder()
 *         .checks(FlywayChecks.status(flyway),
 *                 FlywayChecks.drift(flyway).expected(MigrationsSnapshot.fromClasspath("db/expected-schema.json"))
 *                         .build())
 *         .build()
 *         .run(dataSource);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class FlywayChecks {

    /** The id of the migration status check. */
    public static final String STATUS = StatusCheck.ID;
    /** The id of the check against the schema the migrations build. */
    public static final String DRIFT = DriftCheck.ID;

    private FlywayChecks() {
    }

    /** How a check's fixes say to run Flyway. */
    public enum FixStyle {
        /** The application runs Flyway in code: fixes name the call ({@code flyway.migrate()}). */
        API,
        /** Flyway runs from its command line: fixes name the command ({@code flyway migrate}). */
        COMMAND_LINE
    }

    /**
     * {@code flyway.status}: the database's history against the migrations, with Flyway's {@code info()} and
     * {@code validate()}, read-only (see {@link FlywayMigrations#status(javax.sql.DataSource)}). Codes:
     * {@link FlywayCodes#statusCodes()}. It reads the database the runner is given, with everything else from
     * {@code flyway}'s configuration.
     *
     * @param flyway the application's Flyway
     * @return the check
     */
    public static Check status(Flyway flyway) {
        return status(requireNonNull(flyway, "flyway").getConfiguration());
    }

    /**
     * @param configuration the application's Flyway configuration
     * @return the check
     * @see #status(Flyway)
     */
    public static Check status(Configuration configuration) {
        return status(configuration, FixStyle.API);
    }

    /**
     * @param configuration the Flyway configuration
     * @param fixes         how its fixes name Flyway's commands
     * @return the check
     * @see #status(Flyway)
     */
    public static Check status(Configuration configuration, FixStyle fixes) {
        requireNonNull(configuration, "configuration");
        requireNonNull(fixes, "fixes");
        return new StatusCheck(context -> configuration, fixes, Set.of());
    }

    /**
     * {@code flyway.drift}: the database against the schema its migrations build, in a shadow database
     * ({@link ShadowDatabase#auto()} unless told otherwise) or prebuilt ({@link DriftBuilder#expected}). Missing,
     * unexpected and changed objects are findings with the diff's severities; a migration that fails from empty is
     * {@code FLYWAY-BUILD-FAILED}, a prebuilt snapshot built from other migrations {@code FLYWAY-SNAPSHOT-STALE}.
     * Codes: {@link FlywayCodes#driftCodes()}. The database's side is the run's shared snapshot.
     *
     * @param flyway the application's Flyway
     * @return a builder of the check
     */
    public static DriftBuilder drift(Flyway flyway) {
        return drift(requireNonNull(flyway, "flyway").getConfiguration());
    }

    /**
     * @param configuration the application's Flyway configuration
     * @return a builder of the check
     * @see #drift(Flyway)
     */
    public static DriftBuilder drift(Configuration configuration) {
        return new DriftBuilder(requireNonNull(configuration, "configuration"));
    }

    /** Builds a {@code flyway.drift} check. Not thread-safe; the check it builds is. */
    public static final class DriftBuilder {
        private final Configuration configuration;
        private ShadowDatabase shadow = ShadowDatabase.auto();
        private MigrationsSnapshot expected;
        private DiffOptions diffOptions = DiffOptions.defaults();
        private CaptureOptions captureOptions = CaptureOptions.defaults();

        private DriftBuilder(Configuration configuration) {
            this.configuration = configuration;
        }

        /**
         * @param value where to build the expected schema at each run (default {@link ShadowDatabase#auto()})
         * @return this
         */
        public DriftBuilder shadow(ShadowDatabase value) {
            this.shadow = requireNonNull(value, "shadow");
            this.expected = null;
            return this;
        }

        /**
         * @param value the expected schema, built ahead of time: no shadow database at run time; the check says it is
         *              stale when the migrations in the code differ from those it was built from
         * @return this
         */
        public DriftBuilder expected(MigrationsSnapshot value) {
            this.expected = requireNonNull(value, "expected");
            return this;
        }

        /**
         * @param value what to compare (the history table is always left out)
         * @return this
         */
        public DriftBuilder diffOptions(DiffOptions value) {
            this.diffOptions = requireNonNull(value, "diffOptions");
            return this;
        }

        /**
         * @param value what to capture of the shadow database (its schemas should be those the run captures of the
         *              database)
         * @return this
         */
        public DriftBuilder captureOptions(CaptureOptions value) {
            this.captureOptions = requireNonNull(value, "captureOptions");
            return this;
        }

        /** @return the check */
        public Check build() {
            DriftCheck.Settings settings = new DriftCheck.Settings(configuration,
                    new DriftCheck.Source(expected, expected == null ? shadow : null), diffOptions, captureOptions,
                    FlywayChecks.FixStyle.API);
            return new DriftCheck(context -> settings, true, expected == null, Set.of());
        }
    }
}
