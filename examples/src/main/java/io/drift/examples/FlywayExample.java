package io.drift.examples;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.diff.SchemaDiff;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * Drift with an application's own Flyway: the expected schema built once at build time, then checked at start-up
 * with no shadow database; and the drift built now, for a test or a script. The README's Flyway section shows this
 * code.
 */
public final class FlywayExample {

    private FlywayExample() {
    }

    /**
     * At build time: the schema the migrations build, with their checksums, written where the application's class path
     * will have it ({@code target/classes/db/expected-schema.json}).
     *
     * @param flyway the application's Flyway
     * @param file   where to write it
     */
    public static void writeExpectedSchema(Flyway flyway, Path file) {
        // [flyway-expected]
        FlywayMigrations.of(flyway).expected(ShadowDatabase.embedded()).write(file);
        // [flyway-expected]
    }

    /**
     * At start-up: the migrations applied, nothing failed or edited, and the database what they build, against the
     * snapshot shipped in the application.
     *
     * @param flyway     the application's Flyway
     * @param dataSource the application's database
     * @return the report; {@code report.passed(Severity.ERROR)} says whether to go on
     */
    public static CheckReport checkAtStartup(Flyway flyway, DataSource dataSource) {
        // [flyway-startup]
        MigrationsSnapshot expected = MigrationsSnapshot.fromClasspath("db/expected-schema.json");  // built with the app
        CheckReport report = CheckRunner.builder()
                .checks(FlywayChecks.status(flyway),                             // pending, failed, edited, ahead, …
                        FlywayChecks.drift(flyway).expected(expected).build())   // what the migrations build, and no more
                .build()
                .run(dataSource);
        // [flyway-startup]
        return report;
    }

    /**
     * In a test or a script: the drift from what the migrations build, in a shadow database made and removed now.
     *
     * @param flyway     the application's Flyway
     * @param dataSource the database
     * @return the differences
     */
    public static SchemaDiff driftNow(Flyway flyway, DataSource dataSource) {
        return FlywayMigrations.of(flyway).drift(dataSource, ShadowDatabase.auto()).diff();
    }
}
