package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Status;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectPath;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Build once, check anywhere: the expected snapshot written at build time, read and checked at run time. */
@ExtendWith(PostgresExtension.class)
class MigrationsSnapshotIT {

    @Test
    void a_snapshot_built_ahead_reads_back_and_finds_what_a_live_build_finds(TestDatabase db, @TempDir Path dir) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        db.execute("CREATE TABLE made_by_hand (id int)");
        RecordingShadow shadow = new RecordingShadow(ShadowDatabase.temporaryDatabase());
        MigrationsSnapshot built = FlywayMigrations.of(flyway).expected(shadow, ShadowTarget.of(db.dataSource()),
                io.drift.core.CaptureOptions.defaults());
        shadow.assertAllGone();
        Path file = dir.resolve("nested/expected-schema.json");

        built.write(file);
        MigrationsSnapshot read = MigrationsSnapshot.read(file);

        assertThat(read.snapshot()).isEqualTo(built.snapshot());
        assertThat(read.migrations()).isEqualTo(built.migrations());
        assertThat(read.historyTable()).isEqualTo("flyway_schema_history");
        assertThat(read.flywayVersion()).isEqualTo("13.12.2");
        MigrationsDrift drift = FlywayMigrations.of(flyway).drift(db.dataSource(), read);
        assertThat(drift.diff().differences()).singleElement().isInstanceOfSatisfying(Unexpected.class,
                d -> assertThat(d.path()).isEqualTo(ObjectPath.of("public", "made_by_hand")));
        assertThat(dir.resolve("nested")).isDirectoryContaining(p -> p.getFileName().toString()
                .equals("expected-schema.json")).satisfies(d -> assertThat(d.toFile().list()).hasSize(1));
    }

    @Test
    void the_check_reads_a_snapshot_from_the_class_path(TestDatabase db, @TempDir Path dir) throws Exception {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        FlywayMigrations.of(flyway).expected(ShadowDatabase.embedded()).write(dir.resolve("db/expected.json"));
        MigrationsSnapshot expected;
        try (URLClassLoader loader = new URLClassLoader(new URL[]{dir.toUri().toURL()}, null)) {
            expected = MigrationsSnapshot.fromClasspath(loader, "db/expected.json");
        }

        CheckResult result = CheckRunner.builder().checks(FlywayChecks.drift(flyway).expected(expected).build())
                .build().run(db.dataSource()).result(FlywayChecks.DRIFT).orElseThrow();

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).startsWith("matches the schema the migrations V1 to V4 build (prebuilt in"
                + " embedded PostgreSQL 17.");
        assertThat(result.tags()).extracting(t -> t.name()).doesNotContain("expensive");
    }

    @Test
    void a_snapshot_built_from_other_migrations_is_stale_not_drift(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path sql = Samples.copySql(dir.resolve("sql"));
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA);
        MigrationsSnapshot expected = FlywayMigrations.of(flyway).expected(ShadowDatabase.temporaryDatabase(),
                ShadowTarget.of(db.dataSource()), io.drift.core.CaptureOptions.defaults());
        Files.writeString(sql.resolve("V4__menu.sql"), "\nALTER TABLE \"café_menü\" ADD COLUMN note text;\n",
                StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        Files.writeString(sql.resolve("V5__audit.sql"), "CREATE TABLE audit (id int);\n");
        flyway.migrate();

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource(), expected))
                .isInstanceOfSatisfying(StaleSnapshotException.class, e -> {
                    assertThat(e.changes()).hasSize(2);
                    assertThat(e.changes().get(0)).startsWith("V4 \"menu\" changed (checksum ");
                    assertThat(e.changes().get(1)).isEqualTo("V5 \"audit\" is new since the snapshot was built");
                    assertThat(e.getMessage()).startsWith("The expected snapshot is stale: it was built from other"
                            + " migrations than those in the code (V4 \"menu\" changed (checksum ")
                            .endsWith("Build it again from the current migrations (drift migrations snapshot"
                                    + " --output FILE, or FlywayMigrations.expected(shadow).write(file)) and ship it"
                                    + " with them.");
                });

        CheckResult result = CheckRunner.builder().checks(FlywayChecks.drift(flyway).expected(expected).build())
                .build().run(db.dataSource()).result(FlywayChecks.DRIFT).orElseThrow();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FLYWAY-SNAPSHOT-STALE");
            assertThat(f.message()).contains("V5 \"audit\" is new since the snapshot was built");
        });
    }

    @Test
    void a_file_that_is_not_an_expected_snapshot_is_refused_with_the_file_and_the_fix(@TempDir Path dir)
            throws Exception {
        Path plain = dir.resolve("plain.json");
        io.drift.core.snapshot.SnapshotFiles.write(io.drift.core.model.Snapshot.empty(), plain);
        Path newer = dir.resolve("newer.json");
        Files.writeString(newer, "{\"format\": \"drift-flyway-expected-schema\", \"formatVersion\": 2}");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"format\": \"drift-flyway-expected-schema\", \"formatVersion\": 1, \"migr");

        assertThatThrownBy(() -> MigrationsSnapshot.read(plain)).isInstanceOf(DriftException.class)
                .hasMessage(plain + " is not a valid expected snapshot: it is not an expected snapshot of migrations"
                        + " (\"format\": \"drift-flyway-expected-schema\" is missing; a plain snapshot file is compared"
                        + " with 'drift diff'). Write it again with 'drift migrations snapshot --output FILE' (or"
                        + " MigrationsSnapshot.write).");
        assertThatThrownBy(() -> MigrationsSnapshot.read(newer))
                .hasMessage(newer + " has format version 2, newer than this Drift reads (1). Use a newer Drift, or"
                        + " write it again with this one.");
        assertThatThrownBy(() -> MigrationsSnapshot.read(broken)).isInstanceOf(DriftException.class)
                .hasMessageStartingWith(broken + " is not a valid expected snapshot: ");
        assertThatThrownBy(() -> MigrationsSnapshot.read(dir.resolve("none.json")))
                .hasMessageContaining("it does not exist");
        assertThatThrownBy(() -> MigrationsSnapshot.fromClasspath("db/nowhere.json"))
                .hasMessage("There is no db/nowhere.json on the class path. Write it at build time (drift migrations"
                        + " snapshot --output src/main/resources/db/nowhere.json), or check its name.");
    }
}
