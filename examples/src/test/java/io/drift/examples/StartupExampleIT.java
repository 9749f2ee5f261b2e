package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The startup example against a real PostgreSQL: the guard passes on the migrated database, then refuses it drifted. */
class StartupExampleIT {

    private TestDatabase db;

    @BeforeEach
    void database() {
        db = TestPostgres.start().newDatabase();
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void the_guard_passes_on_the_freshly_migrated_database() {
        StartupExample.migrate(db.dataSource());

        CheckReport report = StartupExample.startApplication(db.dataSource());

        Map<String, CheckResult> results = report.results().stream()
                .collect(Collectors.toMap(CheckResult::checkId, Function.identity()));
        assertThat(results).containsKeys("connectivity", "required-objects", "row-counts", "flyway.status",
                "flyway.drift", "pg.fk-without-index", "pg.table-without-pk");
        for (String id : new String[]{"required-objects", "row-counts", "flyway.status", "flyway.drift",
                "pg.fk-without-index", "pg.table-without-pk"}) {
            assertThat(results.get(id).status()).as(id + ": " + results.get(id).summary()).isEqualTo(Status.PASSED);
        }
        assertThat(results.get("required-objects").summary()).contains("4 objects required, all present");
        assertThat(report.status()).isIn(Status.PASSED, Status.WARNED);
        assertThat(report.findings()).extracting(Finding::code).isEmpty();
    }

    @Test
    void the_guard_refuses_the_drifted_database_with_a_finding_for_each_drift() {
        StartupExample.migrate(db.dataSource());
        db.execute("INSERT INTO users (email, country_code) VALUES ('ada@example.com', 'FR');"
                + "INSERT INTO orders (user_id) SELECT id FROM users;");
        StartupExample.driftTheWaysTeamsDo(db.dataSource());

        ChecksFailedException refused = catchRefusal();

        CheckReport report = refused.report();
        assertThat(report.status()).isEqualTo(Status.FAILED);
        assertThat(report.findings()).extracting(f -> f.code() + " " + f.object())
                .contains("FLYWAY-PENDING public.flyway_schema_history",
                        "FLYWAY-DRIFT-UNEXPECTED public.orders_backup",
                        "FLYWAY-DRIFT-MISSING public.orders/orders_user_id_idx",
                        "FLYWAY-DRIFT-MISSING public.users.display_name",
                        "PG-FK-WITHOUT-INDEX public.orders/orders_user_id_fkey",
                        "PG-TABLE-WITHOUT-PK public.orders_backup");
        assertThat(refused.getMessage())
                .startsWith("Drift startup checks did not pass (failing on ERROR)")
                .contains("FLYWAY-PENDING", "FLYWAY-DRIFT-UNEXPECTED", "FLYWAY-DRIFT-MISSING", "PG-FK-WITHOUT-INDEX")
                .contains("users_display_name")
                .contains("orders_backup");
        // What did not drift still passes: the guard says exactly what is wrong.
        assertThat(report.results()).filteredOn(r -> r.checkId().equals("required-objects")
                || r.checkId().equals("row-counts")).extracting(CheckResult::status).containsOnly(Status.PASSED);
    }

    @Test
    void the_one_command_story_passes_then_refuses() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        int code = StartupExample.run(db.dataSource(), new PrintStream(bytes, true, StandardCharsets.UTF_8));

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).as(out).isZero();
        assertThat(out).contains("# Applied 4 migrations.", "# The application starts.",
                "Drift startup checks did not pass", "FLYWAY-PENDING", "# The application refused to start");
        assertThat(out.indexOf("# The application starts.")).isLessThan(out.indexOf("FLYWAY-PENDING"));
    }

    /**
     * The snapshot shipped with the application is what its migrations build today; with
     * {@code -Ddrift.updateBaselines=true} this test rebuilds it into {@code src/main/resources} (and fails once, so
     * that a changed snapshot is reviewed before it is committed).
     */
    @Test
    void the_shipped_snapshot_is_what_the_migrations_build() {
        Flyway flyway = Flyway.configure().locations(StartupExample.MIGRATIONS).load();
        MigrationsSnapshot built;
        try (TestDatabase shadow = TestPostgres.start().newDatabase()) {
            built = FlywayMigrations.of(flyway).expected(ShadowDatabase.of(shadow.dataSource()));
        }
        Path source = Path.of("src/main/resources").resolve(StartupExample.EXPECTED_SCHEMA);
        if (Boolean.getBoolean("drift.updateBaselines")) {
            built.write(source);
            fail("Wrote " + source.toAbsolutePath() + " because drift.updateBaselines is set: review and commit it,"
                    + " then run the tests again without it.");
        }
        assertThat(source).as("the shipped snapshot").exists();
        MigrationsSnapshot shipped = MigrationsSnapshot.fromClasspath(StartupExample.EXPECTED_SCHEMA);
        String rebuild = "rebuild it with: mvn -pl examples -am verify -Dtest=none"
                + " -Dsurefire.failIfNoSpecifiedTests=false -Dfailsafe.failIfNoSpecifiedTests=false"
                + " -Dit.test='StartupExampleIT#the_shipped*' -Ddrift.updateBaselines=true (docs/examples.md)";
        assertThat(shipped.migrations()).as("the migrations it was built from; " + rebuild)
                .isEqualTo(built.migrations());
        SchemaDiff diff = Differ.standard().diff(shipped.snapshot(), built.snapshot());
        assertThat(diff.differences()).as("what the migrations build now differs from it; " + rebuild).isEmpty();
    }

    private ChecksFailedException catchRefusal() {
        try {
            StartupExample.startApplication(db.dataSource());
        } catch (ChecksFailedException e) {
            return e;
        }
        return fail("the guard let the drifted database through");
    }
}
