package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The checks as drift.yaml configures them, found through ServiceLoader; and an application's own in their place. */
@ExtendWith(PostgresExtension.class)
class FlywayCheckProviderIT {

    private static CheckRunner.Builder discovered() {
        return CheckRunner.builder().discover(FlywayCheckProviderIT.class.getClassLoader());
    }

    @Test
    void status_is_on_by_default_and_drift_only_when_turned_on(TestDatabase db) {
        Samples.configure(db.dataSource(), Samples.SAMPLE).target("3").load().migrate();

        CheckReport report = discovered()
                .options(CheckOptions.of("flyway.status", Map.of("locations", List.of(Samples.SAMPLE))))
                .build().run(db.dataSource());

        assertThat(report.results()).extracting(CheckResult::checkId).contains("flyway.status")
                .doesNotContain("flyway.drift");
        List<Finding> findings = report.result("flyway.status").orElseThrow().findings();
        assertThat(findings).extracting(Finding::code).containsExactly("FLYWAY-PENDING");
        assertThat(findings.get(0).fix()).isEqualTo(Fix.command("flyway migrate"));
    }

    @Test
    void a_database_flyway_does_not_migrate_skips_the_discovered_status_saying_how_to_configure_it(TestDatabase db,
                                                                                                    @TempDir Path dir) {
        db.execute("CREATE TABLE legacy (id int PRIMARY KEY)");

        CheckReport report = discovered()
                .options(CheckOptions.of("flyway.status", Map.of("locations", "filesystem:" + dir)))
                .build().run(db.dataSource());

        CheckResult status = report.result("flyway.status").orElseThrow();
        assertThat(status.status()).isEqualTo(Status.SKIPPED);
        assertThat(status.summary()).contains("no Flyway migrations in filesystem:" + dir)
                .contains("no history table").contains("checks.flyway.status.locations");
        assertThat(status.findings()).isEmpty();
    }

    @Test
    void drift_reads_a_prebuilt_snapshot_named_in_its_options(TestDatabase db, @TempDir Path dir) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        Path file = dir.resolve("expected.json");
        FlywayMigrations.of(flyway).expected(ShadowDatabase.temporaryDatabase(), ShadowTarget.of(db.dataSource()),
                io.drift.core.CaptureOptions.defaults()).write(file);
        db.execute("CREATE TABLE by_hand (id int)");

        CheckReport report = discovered().enable("flyway.drift")
                .options(CheckOptions.of("flyway.status", Map.of("locations", Samples.SAMPLE)),
                        CheckOptions.of("flyway.drift", Map.of("locations", Samples.SAMPLE,
                                "expected", file.toString(), "ignore", List.of("comment"))))
                .build().run(db.dataSource());

        assertThat(report.result("flyway.status").orElseThrow().status()).isEqualTo(Status.PASSED);
        CheckResult drift = report.result("flyway.drift").orElseThrow();
        assertThat(drift.findings()).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("FLYWAY-DRIFT-UNEXPECTED",
                        "table public.by_hand is not created by any migration."));
        assertThat(drift.status()).isEqualTo(Status.WARNED);
    }

    @Test
    void a_mistyped_or_conflicting_option_is_refused_clearly(TestDatabase db) {
        assertThatThrownBy(() -> discovered()
                .options(CheckOptions.of("flyway.status", Map.of("locaitons", "classpath:x"))).build())
                .isInstanceOf(DriftException.class)
                .hasMessageContaining("Check flyway.status has no option 'locaitons'.")
                .hasMessageContaining("locations");

        CheckReport report = discovered().enable("flyway.drift").skip("flyway.status")
                .options(CheckOptions.of("flyway.drift", Map.of("shadow", "docker")))
                .build().run(db.dataSource());
        CheckResult drift = report.result("flyway.drift").orElseThrow();
        assertThat(drift.status()).isEqualTo(Status.ERRORED);
        assertThat(drift.summary()).isEqualTo("Check flyway.drift: option shadow must be auto, embedded, temporary or"
                + " testcontainers, not 'docker'.");
    }

    @Test
    void an_applications_own_flyway_takes_the_place_of_the_configured_check(TestDatabase db) {
        Samples.configure(db.dataSource(), Samples.SAMPLE).target("3").load().migrate();
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        CheckReport report = discovered().checks(FlywayChecks.status(flyway)).build().run(db.dataSource());

        List<Finding> findings = report.result("flyway.status").orElseThrow().findings();
        assertThat(findings).extracting(Finding::code).containsExactly("FLYWAY-PENDING");
        assertThat(findings.get(0).fix().text()).contains("flyway.migrate()");
        assertThat(report.results()).filteredOn(r -> r.checkId().equals("flyway.status")).hasSize(1);
        // Its configuration is the application's: options that would make a second one are refused.
        assertThatThrownBy(() -> discovered().checks(FlywayChecks.status(flyway))
                .options(CheckOptions.of("flyway.status", Map.of("locations", "classpath:elsewhere"))).build())
                .hasMessageStartingWith("Check flyway.status has no option 'locations'.");
    }
}
