package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.Check;
import io.drift.flyway.internal.StatusCheck;
import io.drift.flyway.internal.StatusFindings;

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

    private FlywayChecks() {
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
        requireNonNull(configuration, "configuration");
        return new StatusCheck(context -> configuration, StatusFindings.Style.API, Set.of());
    }
}
