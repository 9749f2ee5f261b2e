package io.drift.test.junit5;

import io.drift.test.postgres.TestDatabase;

import java.util.LinkedHashMap;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/** Runs Flyway; kept apart so that the extension loads without Flyway on the class path. */
final class FlywayMigrator {

    private FlywayMigrator() {
    }

    static void migrate(TestDatabase database, Migrated migrated) {
        FluentConfiguration configuration = Flyway.configure()
                .dataSource(database.jdbcUrl(), database.user(), database.password())
                .locations(migrated.locations());
        if (migrated.schemas().length > 0) {
            configuration.schemas(migrated.schemas());
        }
        Map<String, String> placeholders = new LinkedHashMap<>();
        for (String p : migrated.placeholders()) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                throw new IllegalArgumentException("@Migrated placeholder '" + p + "' is not name=value");
            }
            placeholders.put(p.substring(0, eq), p.substring(eq + 1));
        }
        configuration.placeholders(placeholders);
        try {
            configuration.load().migrate();
        } catch (FlywayException e) {
            throw new IllegalStateException("Flyway could not migrate a test database from "
                    + String.join(", ", migrated.locations()) + ": " + e.getMessage(), e);
        }
    }
}
