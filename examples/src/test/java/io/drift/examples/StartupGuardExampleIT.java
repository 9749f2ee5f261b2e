package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.check.CheckReport;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The startup guard example against a real PostgreSQL, as an application would run it. */
class StartupGuardExampleIT {

    @TempDir
    Path dir;

    private TestDatabase db;
    private Path config;

    @BeforeEach
    void database() throws Exception {
        db = TestPostgres.start().newDatabase().execute("""
                CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
                CREATE TABLE security_detections (id bigint PRIMARY KEY);
                CREATE TABLE countries (code text PRIMARY KEY);
                INSERT INTO countries VALUES ('FR'), ('DE');
                """);
        SnapshotFiles.write(Drift.capture(db.dataSource(), CaptureOptions.defaults()), dir.resolve("baseline.json"));
        config = Files.writeString(dir.resolve("drift.yaml"), """
                baseline: baseline.json
                require:
                  tables: [public.security_detections]
                row-counts:
                  public.countries: 2
                fail-on: error
                """);
    }

    @AfterEach
    void drop() {
        db.close();
    }

    @Test
    void the_application_starts_when_every_check_passes() {
        CheckReport report = StartupGuardExample.guardAtStartup(db.dataSource(), config);

        Map<String, String> health = StartupGuardExample.health(report);
        assertThat(health).containsEntry("status", "UP").containsKeys("connectivity", "required-objects",
                "schema-drift", "row-counts");
        assertThat(health.get("required-objects")).isEqualTo("PASSED: 3 objects required, all present");
    }

    @Test
    void the_application_refuses_to_start_with_the_readable_report() {
        db.execute("DROP TABLE security_detections; DELETE FROM countries WHERE code = 'DE';");

        assertThatThrownBy(() -> StartupGuardExample.guardAtStartup(db.dataSource(), config))
                .isInstanceOf(ChecksFailedException.class)
                .hasMessageContaining("table public.security_detections is missing.")
                .hasMessageContaining("DRIFT-TABLE-MISSING")
                .hasMessageContaining("table public.countries has 1 row, fewer than its minimum of 2.")
                .satisfies(e -> assertThat(StartupGuardExample.health(((ChecksFailedException) e).report()))
                        .containsEntry("status", "DOWN"));
    }
}
