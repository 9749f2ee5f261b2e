package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.StartupGuard;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Checks;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.config.DriftConfig;
import io.drift.core.diff.Severity;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift's generic checks ({@code required-objects}, {@code schema-drift}) and the startup guard, found on the class
 * path and configured by {@code drift.yaml}, against a real PostgreSQL.
 */
@ExtendWith(PostgresExtension.class)
class GenericChecksIT {

    private static final String SCHEMA = """
            CREATE TABLE users (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL,
                score integer,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE UNIQUE INDEX users_email_idx ON users (lower(email));
            CREATE TABLE security_detections (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            CREATE VIEW active_users AS SELECT id, email FROM users;
            CREATE TABLE "Audit Log" ("When" timestamptz);
            COMMENT ON TABLE users IS 'People who sign in';
            """;

    @TempDir
    Path dir;

    private CheckReport check(DataSource dataSource, String yaml) throws Exception {
        Path file = Files.writeString(dir.resolve("drift.yaml"), yaml);
        DriftConfig config = DriftConfig.load(file);
        return config.applyTo(CheckRunner.builder().discover(getClass().getClassLoader())).build().run(dataSource);
    }

    private Path baseline(TestDatabase db) {
        Path file = dir.resolve("baseline.json");
        SnapshotFiles.write(Drift.capture(db.dataSource(), CaptureOptions.defaults()), file);
        return file;
    }

    @Test
    void required_objects_pass_when_every_one_is_there(TestDatabase db) throws Exception {
        db.execute(SCHEMA);

        CheckReport report = check(db.dataSource(), """
                require:
                  tables: [public.users, public.security_detections, 'public."Audit Log"']
                  views: [public.active_users]
                  columns: [public.users.email, public.active_users.email, 'public."Audit Log"."When"']
                  indexes: [public.users/users_email_idx]
                  constraints: [public.users/users_pkey, public.security_detections/security_detections_user_id_fkey]
                """);

        CheckResult result = report.result("required-objects").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).isEqualTo("10 objects required, all present");
    }

    @Test
    void every_missing_object_is_listed_at_once_in_words(TestDatabase db) throws Exception {
        db.execute(SCHEMA + "DROP TABLE security_detections;");

        CheckReport report = check(db.dataSource(), """
                require:
                  tables: [public.users, public.security_detections, public.Users_Archive, 'public."audit log"']
                  columns: [public.users.email, public.users.phone, public.security_detections.user_id]
                  indexes: [public.users/users_phone_idx]
                  constraints: [public.users/users_email_key]
                """);

        CheckResult result = report.result("required-objects").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(1);
        assertThat(result.findings()).extracting(Finding::code).containsOnly("DRIFT-REQUIRED-OBJECT-MISSING");
        assertThat(result.findings()).extracting(Finding::message).containsExactly(
                "table public.security_detections is missing.",
                "table public.Users_Archive is missing.",
                "table public.audit log is missing (there is public.Audit Log: names are case-sensitive, and"
                        + " unquoted names are stored in lower case).",
                "column public.users.phone is missing.",
                "column public.security_detections.user_id is missing (so is its table public.security_detections).",
                "index public.users/users_phone_idx is missing.",
                "constraint public.users/users_email_key is missing.");
        assertThat(result.summary()).isEqualTo("9 objects required, 7 missing");
    }

    @Test
    void every_table_of_the_baseline_is_required(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        baseline(db);
        db.execute("DROP TABLE security_detections;");

        CheckReport report = check(db.dataSource(), """
                baseline: baseline.json
                require:
                  baseline-tables: true
                checks:
                  schema-drift: false
                """);

        assertThat(report.result("required-objects").orElseThrow().findings()).extracting(Finding::message)
                .containsExactly("table public.security_detections is missing.");
        assertThat(report.result("schema-drift")).isEmpty();
    }

    @Test
    void schema_drift_passes_against_the_baseline_of_the_same_database(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        baseline(db);

        CheckReport report = check(db.dataSource(), "baseline: baseline.json\n");

        CheckResult result = report.result("schema-drift").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).startsWith("Matches snapshot file ").contains("baseline.json");
        assertThat(report.exitCode(Severity.WARNING)).isZero();
    }

    @Test
    void schema_drift_fails_on_errors_warns_on_warnings_with_a_code_per_kind_and_type(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        baseline(db);
        db.execute("ALTER TABLE users DROP COLUMN created_at;"
                + "ALTER TABLE users ALTER COLUMN score TYPE bigint;"
                + "CREATE INDEX users_id_idx ON users (id);"
                + "COMMENT ON TABLE users IS 'changed';");

        CheckReport report = check(db.dataSource(), """
                baseline: baseline.json
                checks:
                  schema-drift:
                    ignore: [comment]
                """);

        CheckResult result = report.result("schema-drift").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.findings()).extracting(Finding::code, Finding::severity, Finding::message).containsExactly(
                tuple("DRIFT-COLUMN-MISSING", Severity.ERROR,
                        "column public.users.created_at is missing: the expected schema has it."),
                tuple("DRIFT-COLUMN-CHANGED", Severity.ERROR,
                        "column public.users.score has type 'bigint', expected 'integer'."),
                tuple("DRIFT-INDEX-UNEXPECTED", Severity.WARNING,
                        "index public.users/users_id_idx is unexpected: the expected schema does not have it."));
        assertThat(result.findings().get(1).property()).isEqualTo("type");
        assertThat(result.findings()).allSatisfy(f -> assertThat(f.difference()).isNotNull());
    }

    @Test
    void only_warnings_warn_and_pass_unless_warnings_fail(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        baseline(db);
        db.execute("CREATE INDEX users_id_idx ON users (id);");

        CheckReport report = check(db.dataSource(), "baseline: baseline.json\n");

        assertThat(report.result("schema-drift").orElseThrow().status()).isEqualTo(Status.WARNED);
        assertThat(report.exitCode(Severity.ERROR)).isZero();
        assertThat(report.exitCode(Severity.WARNING)).isEqualTo(1);
    }

    @Test
    void a_suppression_and_a_severity_override_from_the_file_apply(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        baseline(db);
        db.execute("CREATE TABLE tmp_import (line text); ALTER TABLE users DROP COLUMN created_at;");

        CheckReport report = check(db.dataSource(), """
                baseline: baseline.json
                suppressions:
                  - code: DRIFT-TABLE-UNEXPECTED
                    objects: ['public.tmp_*']
                    reason: Scratch tables of the import job
                    expires: 2999-12-31
                severity:
                  DRIFT-COLUMN-MISSING: warning
                """);

        CheckResult result = report.result("schema-drift").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.suppressedFindings()).extracting(Finding::code).containsExactly("DRIFT-TABLE-UNEXPECTED");
        assertThat(report.result("suppressions").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void a_reference_database_is_the_expected_schema(TestDatabase db, TestDatabase reference) throws Exception {
        db.execute(SCHEMA);
        reference.execute(SCHEMA + "CREATE TABLE feature_flags (name text PRIMARY KEY);");

        CheckReport report = DriftConfig.load("reference:\n  url: " + reference.jdbcUrl() + "\n", "drift.yaml")
                .applyTo(CheckRunner.builder().discover(getClass().getClassLoader()), r -> reference.dataSource())
                .build().run(db.dataSource());

        assertThat(report.result("schema-drift").orElseThrow().findings()).extracting(Finding::code)
                .containsExactly("DRIFT-TABLE-MISSING");
        assertThat(report.result("schema-drift").orElseThrow().summary()).contains("the reference database");
    }

    @Test
    void the_startup_guard_throws_the_readable_report_warns_or_returns_it(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        Path file = Files.writeString(dir.resolve("drift.yaml"), """
                require:
                  tables: [public.users, public.security_detections]
                fail-on: error
                """);
        DriftConfig config = DriftConfig.load(file);

        CheckReport passing = Drift.guard(db.dataSource()).config(config).build().run();
        assertThat(passing.passed(Severity.ERROR)).isTrue();

        db.execute("DROP TABLE security_detections;");
        assertThatThrownBy(() -> Drift.guard(db.dataSource()).config(config).build().run())
                .isInstanceOf(ChecksFailedException.class)
                .hasMessageContaining("Drift startup checks did not pass")
                .hasMessageContaining("FAILED   required-objects")
                .hasMessageContaining("table public.security_detections is missing.")
                .hasMessageContaining("Checks:   " + file);

        CheckReport warned = Drift.guard(db.dataSource()).config(config).onFailure(StartupGuard.OnFailure.WARN)
                .build().run();
        assertThat(warned.status()).isEqualTo(Status.FAILED);
    }

    @Test
    void checks_from_code_win_over_the_configuration(TestDatabase db) throws Exception {
        db.execute(SCHEMA);
        Path baseline = baseline(db);
        db.execute("CREATE INDEX users_id_idx ON users (id);");

        CheckReport report = Drift.guard(db.dataSource())
                .config(DriftConfig.builder().baseline(dir.resolve("baseline.json")).build())
                .checks(Checks.schemaDrift(SnapshotFiles.source(baseline)), Checks.requiredObjects("public.users"))
                .runner(r -> r.disable("row-counts"))
                .build()
                .run();

        assertThat(report.results()).extracting(CheckResult::checkId)
                .containsExactly("connectivity", "required-objects", "schema-drift");
        assertThat(report.result("schema-drift").orElseThrow().status()).isEqualTo(Status.WARNED);
    }

    @Test
    void an_unreachable_database_errors_connectivity_and_skips_the_others_at_once() throws Exception {
        Path file = dir.resolve("baseline.json");
        Files.writeString(file, "{}");
        DataSource nowhere = PostgresConnections.dataSource("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2",
                "nobody", null);
        long start = System.nanoTime();
        CheckReport report = Drift.guard(nowhere)
                .config(DriftConfig.load("require: {tables: [public.users]}\nrow-counts: {public.users: 1}\n",
                        "drift.yaml"))
                .onFailure(StartupGuard.OnFailure.REPORT)
                .build().run();

        assertThat(report.result("connectivity").orElseThrow().status()).isEqualTo(Status.ERRORED);
        assertThat(report.result("connectivity").orElseThrow().summary()).contains("127.0.0.1");
        assertThat(report.result("required-objects").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        assertThat(report.result("required-objects").orElseThrow().summary())
                .startsWith("Not run: the database could not be reached");
        assertThat(report.result("row-counts").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
