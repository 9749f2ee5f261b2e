package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Status;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The examples in drift-flyway's Javadoc, as written there, run against a real PostgreSQL. */
@ExtendWith(PostgresExtension.class)
class JavadocExamplesIT {

    private final List<String> log = new ArrayList<>();

    @Test
    void flyway_migrations_and_migration_status(TestDatabase db) {
        DataSource dataSource = db.dataSource();
        Samples.configure(dataSource, Samples.SAMPLE).target("3").load().migrate();
        Flyway flyway = Samples.flyway(dataSource, Samples.SAMPLE);

        // FlywayMigrations
        FlywayMigrations migrations = FlywayMigrations.of(flyway);           // the application's own Flyway
        MigrationStatus status = migrations.status(dataSource);              // reads only
        MigrationsDrift drift = migrations.drift(dataSource, ShadowDatabase.auto());
        if (drift.diff().hasErrors()) {
            log.add("drift: " + drift.diff().size());
        }
        // MigrationStatus
        if (!status.pending().isEmpty()) {
            log.add(status.pending().size() + " migrations pending: " + status.pending());
        }

        assertThat(log).containsExactly("drift: 1", "1 migrations pending: " + status.pending());
    }

    @Test
    void build_once_check_anywhere(TestDatabase db, @TempDir Path target) throws Exception {
        DataSource dataSource = db.dataSource();
        Flyway flyway = Samples.flyway(dataSource, Samples.SAMPLE);
        flyway.migrate();
        Path classes = target.resolve("classes");

        // MigrationsSnapshot: at build time
        FlywayMigrations.of(flyway).expected(ShadowDatabase.embedded())
                .write(classes.resolve("db/expected-schema.json"));
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader application = new URLClassLoader(new URL[]{classes.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(application);
            // MigrationsSnapshot: at run time
            MigrationsSnapshot expected = MigrationsSnapshot.fromClasspath("db/expected-schema.json");
            MigrationsDrift drift = FlywayMigrations.of(flyway).drift(dataSource, expected);
            assertThat(drift.isEmpty()).isTrue();

            // FlywayChecks
            CheckReport report = CheckRunner.builder()
                    .checks(FlywayChecks.status(flyway),
                            FlywayChecks.drift(flyway).expected(MigrationsSnapshot.fromClasspath(
                                    "db/expected-schema.json")).build())
                    .build()
                    .run(dataSource);
            assertThat(report.status()).isEqualTo(Status.PASSED);
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }

    @Test
    void shadow_databases_and_configurations(TestDatabase db) {
        // ShadowDatabase: each of them can be made (and none is opened here)
        List<ShadowDatabase> shadows = List.of(
                ShadowDatabase.auto(),
                ShadowDatabase.of(db.dataSource()),
                ShadowDatabase.embedded(),
                ShadowDatabase.temporaryDatabase(),
                ShadowDatabase.temporaryDatabase("jdbc:postgresql://ci-db/postgres", "ci", "secret"),
                ShadowDatabase.testcontainers());
        assertThat(shadows).extracting(ShadowDatabase::description).doesNotContainNull()
                .noneMatch(d -> d.contains("secret"));

        // FlywayConfigurations
        Configuration configuration = FlywayConfigurations.loader()
                .locations("filesystem:src/main/resources/db/migration")
                .load();
        MigrationStatus status = FlywayMigrations.of(configuration).status(db.dataSource());
        assertThat(status.historyTable().exists()).isFalse();
    }
}
