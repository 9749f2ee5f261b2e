package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;

import io.drift.cli.internal.Redaction;
import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code drift check} in-process against a real PostgreSQL: reports, exit codes, and every kind of bad input. */
@ExtendWith(PostgresExtension.class)
class CheckCommandIT {

    private static final String SCHEMA = """
            CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL);
            CREATE TABLE security_detections (id bigint PRIMARY KEY, user_id bigint REFERENCES users (id));
            CREATE INDEX security_detections_user_id_idx ON security_detections (user_id);   -- pg.fk-without-index
            INSERT INTO users VALUES (1, 'a@example.com');
            """;

    @TempDir
    Path dir;

    private TestDatabase db;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void database(TestDatabase db) {
        this.db = db.execute(SCHEMA);
        env.put("HOME", dir.toString());
        env.put("DRIFT_PASSWORD", db.password() == null ? "" : db.password());
    }

    private int run(String... args) {
        out.reset();
        err.reset();
        return DriftCli.run(new CliContext(env, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), false, false, new Redaction()), args);
    }

    /** {@code drift check --url … -U …} and the rest. */
    private int check(String... args) {
        List<String> all = new ArrayList<>(List.of("check", "--url", db.jdbcUrl(), "-U", db.user()));
        all.addAll(List.of(args));
        return run(all.toArray(String[]::new));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private Path baseline() {
        Path file = dir.resolve("baseline.json");
        SnapshotFiles.write(Drift.capture(db.dataSource(), CaptureOptions.defaults()), file);
        return file;
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("drift.yaml"), yaml);
    }

    private void assertOneErrorLine(String... parts) {
        List<String> lines = err().lines().filter(l -> l.startsWith("drift: error:")).toList();
        assertThat(lines).as(err()).hasSize(1);
        assertThat(lines.get(0)).contains(parts);
        assertThat(err()).doesNotContain("\tat ", "Exception");
        assertThat(out()).isEmpty();
    }

    @Test
    void a_passing_run_exits_0_with_one_line_per_check_and_a_verdict() {
        Path baseline = baseline();

        int code = check("--baseline", baseline.toString(), "--require", "public.security_detections",
                "--min-rows", "public.users=1");

        assertThat(code).as(err()).isZero();
        assertThat(out()).contains("Database: postgresql://", "Checks:   baseline " + baseline)
                .containsPattern("PASSED\\s+connectivity\\s+\\d+ ms")
                .containsPattern("PASSED\\s+required-objects\\s+.*1 object required, all present")
                .containsPattern("PASSED\\s+schema-drift\\s+.*Matches snapshot file")
                .containsPattern("PASSED\\s+row-counts\\s+.*1 table: 1 within its rule")
                // The health checks of drift-postgres-health run too; flyway.status skips: Flyway does not migrate it.
                .containsPattern("PASSED\\s+pg\\.fk-without-index\\s+.*no foreign keys without an index")
                .containsPattern("SKIPPED\\s+flyway\\.status\\s+.*no Flyway migrations")
                .containsPattern("(?m)^PASSED: \\d+ checks \\(\\d+ passed, \\d+ skipped\\) in .*\\.$");
        assertThat(err()).contains("Checks passed at --fail-on error");
    }

    @Test
    void a_missing_table_fails_with_exit_1_and_every_missing_object_listed() {
        db.execute("DROP TABLE security_detections;");

        int code = check("--require", "public.security_detections", "--require", "public.users.phone",
                "--require", "public.users");

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("FAILED   required-objects", "3 objects required, 2 missing",
                "ERROR    DRIFT-REQUIRED-OBJECT-MISSING  table public.security_detections is missing.",
                "DRIFT-REQUIRED-OBJECT-MISSING  column public.users.phone is missing.");
        assertThat(err()).contains("Checks failed at --fail-on error: required-objects");
    }

    @Test
    void warnings_pass_unless_fail_on_warning() {
        Path baseline = baseline();
        db.execute("CREATE INDEX users_email_idx ON users (email);");

        assertThat(check("--baseline", baseline.toString())).isZero();
        assertThat(out()).contains("WARNED   schema-drift", "WARNING  DRIFT-INDEX-UNEXPECTED");
        assertThat(check("--baseline", baseline.toString(), "--fail-on", "warning")).isEqualTo(1);
    }

    @Test
    void json_report_validates_against_the_published_schema() throws Exception {
        Path baseline = baseline();
        db.execute("ALTER TABLE users DROP COLUMN email;");
        Path report = dir.resolve("checks.json");

        int code = check("--baseline", baseline.toString(), "--require", "public.nope", "--format", "json",
                "--output", report.toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).isEmpty();
        ObjectMapper mapper = new ObjectMapper();
        JsonNode json = mapper.readTree(report.toFile());
        JsonSchema schema;
        try (InputStream in = getClass().getClassLoader()
                .getResourceAsStream("io/drift/reporting/check-report-v1.schema.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        }
        assertThat(schema.validate(json)).isEmpty();
        assertThat(json.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.findValuesAsText("code")).contains("DRIFT-COLUMN-MISSING", "DRIFT-REQUIRED-OBJECT-MISSING");
        assertThat(err()).contains("report in " + report);
    }

    @Test
    void a_failure_and_a_check_that_could_not_run_exit_3() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        config("""
                require:
                  tables: [public.users]
                checks:
                  http:
                    url: http://127.0.0.1:%d/health
                    timeout: 1s
                """.formatted(closed));

        int code = run("check", "--config", dir.resolve("drift.yaml").toString(), "--url",
                "jdbc:postgresql://127.0.0.1:" + closed + "/app", "-U", "nobody");

        assertThat(code).isEqualTo(3);
        assertThat(out()).contains("ERRORED  connectivity", "127.0.0.1:" + closed,
                "SKIPPED  required-objects", "Not run: the database could not be reached",
                "FAILED   http", "DRIFT-HTTP-UNREACHABLE");
        assertThat(err()).contains("Could not run connectivity: the report is incomplete");
    }

    @Test
    void the_configuration_names_the_database_and_the_checks() throws Exception {
        config("""
                database:
                  url: %s
                  user: %s
                require:
                  tables: [public.users, public.security_detections]
                row-counts:
                  public.security_detections: 1
                fail-on: error
                """.formatted(db.jdbcUrl(), db.user()));

        int code = run("check", "--config", dir.resolve("drift.yaml").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("Checks:   " + dir.resolve("drift.yaml"), "PASSED   required-objects",
                "FAILED   row-counts", "table public.security_detections has 0 rows, fewer than its minimum of 1.");
    }

    @Test
    void a_reference_database_in_the_configuration_is_captured_with_the_same_credentials(TestDatabase reference)
            throws Exception {
        reference.execute(SCHEMA + "CREATE TABLE feature_flags (name text PRIMARY KEY);");
        config("reference:\n  url: %s\n  user: %s\n".formatted(reference.jdbcUrl(), reference.user()));

        int code = check("--config", dir.resolve("drift.yaml").toString());

        assertThat(code).isEqualTo(1);
        assertThat(out()).contains("FAILED   schema-drift", "from the reference database " + reference.jdbcUrl(),
                "DRIFT-TABLE-MISSING  table public.feature_flags is missing");
    }

    @Test
    void only_skip_and_list() {
        assertThat(check("--require", "public.nope", "--skip", "required-objects")).isZero();
        assertThat(out()).doesNotContain("required-objects");
        assertThat(check("--require", "public.nope", "--only", "connectivity")).isZero();
        assertThat(out()).contains("PASSED   connectivity").doesNotContain("required-objects");

        assertThat(run("check", "--list")).isZero();
        assertThat(out()).containsPattern("(?m)^connectivity\\s+on\\s+")
                .containsPattern("(?m)^http\\s+off\\s+")
                .containsPattern("(?m)^row-counts\\s+on\\s+")
                .containsPattern("(?m)^schema-drift\\s+on\\s+drift\\s+");
    }

    // ------------------------------------------------------------------------------------------------ bad input

    @Test
    void a_config_with_a_mistake_exits_2_naming_the_file_line_and_column() throws Exception {
        String[][] cases = {
                {"baselin: x.json\n", "line 1, column 1: Unknown key 'baselin'", "Did you mean 'baseline'?"},
                {"fail-on: never\n", "line 1, column 10: fail-on must be error, warning or info"},
                {"checks:\n  htp: true\n", "line 2, column 3: Unknown check 'htp'", "Did you mean 'http'?"},
                {"require:\n  tables: [public.]\n", "line 2, column 12: 'public.' is not an object path"},
                {"suppressions:\n  - code: DRIFT-TABLE-MISSING\n    objects: ['']\n    reason: r\n",
                        "line 3, column 15: An object glob must not be empty"},
                {"baseline: missing.json\n", "line 1, column 11: The baseline file missing.json does not exist"},
                {"suppressions:\n  - code: DRIFT-TABLE-MISSING\n    reason: r\n    expires: 31/12/2027\n",
                        "line 4, column 14: expires must be a date written YYYY-MM-DD"},
                {"database:\n  url: jdbc:postgresql://h/d\n  password: x\n", "A password never goes in drift.yaml"},
        };
        for (String[] c : cases) {
            Path file = config(c[0]);
            assertThat(run("check", "--config", file.toString())).as(c[0]).isEqualTo(2);
            String[] parts = java.util.Arrays.copyOfRange(c, 1, c.length);
            assertOneErrorLine(parts);
            assertThat(err()).contains("drift: error: " + file + ", line ");
        }
    }

    @Test
    void a_missing_config_or_baseline_exits_2_a_corrupt_baseline_3() throws Exception {
        assertThat(run("check", "--config", dir.resolve("none.yaml").toString())).isEqualTo(2);
        assertOneErrorLine("The configuration " + dir.resolve("none.yaml") + " does not exist");

        assertThat(check("--baseline", dir.resolve("none.json").toString())).isEqualTo(2);
        assertOneErrorLine("--baseline " + dir.resolve("none.json") + " does not exist");

        Path corrupt = Files.writeString(dir.resolve("corrupt.json"), "{\"formatVersion\": 1, \"schemas\": [");
        assertThat(check("--baseline", corrupt.toString())).isEqualTo(3);
        assertThat(out()).contains("ERRORED  schema-drift", "corrupt.json");
        assertThat(err()).contains("Could not run schema-drift");
    }

    @Test
    void an_unknown_check_id_exits_2_with_the_closest_one() {
        assertThat(check("--only", "schema-drfit")).isEqualTo(2);
        assertOneErrorLine("Unknown check 'schema-drfit'", "Did you mean 'schema-drift'?");
    }

    @Test
    void a_row_floor_on_a_table_that_does_not_exist_fails_naming_the_closest_table() {
        assertThat(check("--min-rows", "public.user=1")).isEqualTo(1);
        assertThat(out()).contains("DRIFT-ROWS-TABLE-MISSING", "table public.user does not exist, so its rows cannot"
                + " be counted. Did you mean public.users?");
    }

    @Test
    void bad_arguments_exit_2() {
        assertThat(check("--min-rows", "public.users")).isEqualTo(2);
        assertOneErrorLine("--min-rows takes TABLE=N");
        assertThat(check("--require", "users")).isEqualTo(2);
        assertOneErrorLine("--require 'users' cannot name a table, view, column, index or constraint");
        assertThat(check("--format", "yaml")).isEqualTo(2);
        assertOneErrorLine("Unknown report format 'yaml'");
        assertThat(run("check", "--require", "public.users")).isEqualTo(2);
        assertOneErrorLine("No database given");
    }

    @Test
    void an_unreachable_database_exits_3_and_the_password_is_never_shown() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        env.put("DRIFT_PASSWORD", "hunter2-secret");
        int code = run("check", "--url", "jdbc:postgresql://127.0.0.1:" + closed + "/app", "-U", "app",
                "--require", "public.users");
        assertThat(code).isEqualTo(3);
        assertThat(out()).contains("ERRORED  connectivity", "Cannot connect");
        assertThat(out() + err()).doesNotContain("hunter2-secret");
    }
}
