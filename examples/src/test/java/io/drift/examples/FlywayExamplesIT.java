package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckReport;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.diff.Severity;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the Flyway example as an application would: built once, checked at start-up; and the drift built now. */
class FlywayExamplesIT {

    @TempDir
    Path classes;

    @Test
    void built_once_then_checked_at_startup_without_a_shadow() throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            Flyway flyway = Flyway.configure().dataSource(db.dataSource())
                    .locations("classpath:io/drift/examples/flyway").load();
            FlywayExample.writeExpectedSchema(flyway, classes.resolve("db/expected-schema.json"));
            flyway.migrate();

            CheckReport clean = atStartup(flyway, db);
            assertThat(clean.passed(Severity.ERROR)).isTrue();
            assertThat(clean.findings()).isEmpty();

            db.execute("DROP INDEX orders_user_id_idx; CREATE TABLE made_by_hand (id int)");
            CheckReport drifted = atStartup(flyway, db);
            assertThat(drifted.status()).isEqualTo(Status.FAILED);
            assertThat(drifted.findings()).extracting(Finding::code)
                    .containsExactlyInAnyOrder("FLYWAY-DRIFT-MISSING", "FLYWAY-DRIFT-UNEXPECTED");
            assertThat(FlywayExample.driftNow(flyway, db.dataSource()).size()).isEqualTo(2);
        }
    }

    /** The application's class path holds what the build wrote. */
    private CheckReport atStartup(Flyway flyway, TestDatabase db) throws Exception {
        ClassLoader before = Thread.currentThread().getContextClassLoader();
        try (URLClassLoader application = new URLClassLoader(new URL[]{classes.toUri().toURL()}, before)) {
            Thread.currentThread().setContextClassLoader(application);
            return FlywayExample.checkAtStartup(flyway, db.dataSource());
        } finally {
            Thread.currentThread().setContextClassLoader(before);
        }
    }
}
