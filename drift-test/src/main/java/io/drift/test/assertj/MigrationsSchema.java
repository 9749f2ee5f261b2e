package io.drift.test.assertj;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The schema a Flyway configuration's migrations build from empty, in a database of drift-test's server made for it
 * and dropped afterwards. Kept apart so that the assertions load without Flyway on the class path.
 */
final class MigrationsSchema {

    /** What was built, or why it could not be. */
    record Built(Snapshot snapshot, String description, String failure) {
    }

    private MigrationsSchema() {
    }

    /**
     * @param flyway  the application's Flyway: everything but its data source is used
     * @param major   the major version to build on when drift-test can start it (the asserted schema's), else its
     *                default
     * @param capture what to capture, as for the schema it is compared with
     * @return the schema, or the migration that failed
     */
    static Built build(Flyway flyway, int major, CaptureOptions capture) {
        Configuration configuration = flyway.getConfiguration();
        String locations = Arrays.stream(configuration.getLocations()).map(Object::toString)
                .collect(Collectors.joining(", "));
        TestPostgres server = TestPostgres.availableVersions().contains(major) ? TestPostgres.start(major)
                : TestPostgres.start();
        String description = "the schema the migrations in " + locations + " build (on PostgreSQL "
                + server.majorVersion() + ")";
        try (TestDatabase database = server.newDatabase()) {
            try {
                Flyway.configure(configuration.getClassLoader())
                        .configuration(configuration)
                        .dataSource(database.jdbcUrl(), database.user(), database.password())
                        .load()
                        .migrate();
            } catch (FlywayException e) {
                return new Built(null, description, "The migrations in " + locations + " do not build from an empty"
                        + " database, so there is nothing to compare with: " + e.getMessage());
            }
            return new Built(Drift.capture(database.dataSource(), capture), description, null);
        }
    }
}
