package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * End to end: the shaded jar in its own process ({@code java -jar drift.jar …}) against a real PostgreSQL, checking
 * exit codes, stdout, stderr and files as a script would see them.
 */
class CommandLineIT {

    private static final String V1 = """
            CREATE TABLE customers (
                id bigint PRIMARY KEY,
                email text NOT NULL,
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                total numeric(12, 2) NOT NULL
            );
            CREATE INDEX orders_customer_id_idx ON orders (customer_id);
            """;
    // v1 drifted: a column type and nullability changed, an index dropped, a table added by hand.
    private static final String V2 = """
            CREATE TABLE customers (
                id bigint PRIMARY KEY,
                email varchar(255),
                created_at timestamptz NOT NULL DEFAULT now()
            );
            CREATE TABLE orders (
                id bigint PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                total numeric(12, 2) NOT NULL
            );
            CREATE TABLE tmp_fix (id int);
            """;

    /** A role of the tests' own that must give its password, so wrong passwords are really refused. */
    private static final String USER = "drift_cli_it";
    private static final String PASSWORD = "s3cret-Pa55word-xyzzy";

    static TestPostgres server;
    static TestDatabase v1;
    static TestDatabase v1Copy;
    static TestDatabase v2;

    @TempDir
    Path dir;
    Path home;

    @BeforeAll
    static void databases() {
        server = TestPostgres.start();
        server.createRole(USER, PASSWORD);
        server.requirePassword(USER);
        v1 = server.newDatabase().execute(V1);
        v1Copy = server.newDatabase().execute(V1);
        v2 = server.newDatabase().execute(V2);
    }

    @AfterAll
    static void dropDatabases() {
        for (TestDatabase db : new TestDatabase[] {v1, v1Copy, v2}) {
            if (db != null) {
                db.close();
            }
        }
    }

    /** @return {@code host:port} of a URL, as drift prints it */
    private static String hostPort(String url) {
        Matcher m = Pattern.compile("jdbc:postgresql://([^/]+)/.*").matcher(url);
        assertThat(m.matches()).as(url).isTrue();
        return m.group(1);
    }

    @BeforeEach
    void emptyHome() throws IOException {
        home = Files.createDirectories(dir.resolve("home"));
    }

    record Result(int exitCode, String out, String err) {
        List<String> errLines() {
            return err.lines().toList();
        }
    }

    private Result drift(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("DRIFT_") || k.startsWith("PG") || k.equals("NO_COLOR"));
        environment.put("HOME", home.toString());
        environment.putAll(env);
        File stdout = dir.resolve("stdout-" + System.nanoTime()).toFile();
        File stderr = dir.resolve("stderr-" + System.nanoTime()).toFile();
        builder.redirectOutput(stdout).redirectError(stderr);
        Process process = builder.start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("drift finished in time").isTrue();
        Result result = new Result(process.exitValue(), Files.readString(stdout.toPath()),
                Files.readString(stderr.toPath()));
        Files.delete(stdout.toPath());
        Files.delete(stderr.toPath());
        return result;
    }

    private static Path jar() {
        String jar = System.getProperty("drift.cli.jar", "target/drift.jar");
        assertThat(Path.of(jar)).as("the shaded jar (built in the package phase)").exists();
        return Path.of(jar).toAbsolutePath();
    }

    private static Map<String, String> withPassword() {
        return Map.of("DRIFT_PASSWORD", PASSWORD);
    }

    private void assertOneLineErrorWithoutTrace(Result result) {
        assertThat(result.errLines()).as(result.err()).filteredOn(l -> l.startsWith("drift: error:")).hasSize(1);
        assertThat(result.err()).doesNotContain("\tat ", "Exception");
        assertThat(result.errLines()).filteredOn(l -> !l.startsWith("Connecting to") && !l.startsWith("Reading"))
                .hasSize(1);
    }

    private void assertNoPasswordAnywhere(Result result, Path... files) throws IOException {
        assertThat(result.out()).doesNotContain(PASSWORD);
        assertThat(result.err()).doesNotContain(PASSWORD);
        for (Path file : files) {
            assertThat(Files.readString(file)).doesNotContain(PASSWORD);
        }
        // Every file a run could have written (the home directory holds the test's own ~/.pgpass).
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path file : all.filter(Files::isRegularFile).filter(f -> !f.startsWith(home)).toList()) {
                assertThat(Files.readString(file, StandardCharsets.ISO_8859_1)).as(file.toString())
                        .doesNotContain(PASSWORD);
            }
        }
    }


    @Test
    void help_and_version_run_from_the_jar() throws Exception {
        Result help = drift(Map.of(), "diff", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("Exit codes:", "Examples:", "--fail-on");
        Result version = drift(Map.of(), "version");
        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("drift ");
    }

    @Test
    void launcher_passes_arguments_and_the_exit_code_through() throws Exception {
        Path launcher = Path.of(System.getProperty("drift.launcher", "../bin/drift")).toAbsolutePath();
        assumeTrue(Files.isExecutable(launcher), "no bin/drift next to this module");
        // The launcher runs drift-cli/target/drift.jar; with another -Ddrift.target it would start a build instead.
        Path launcherJar = launcher.getParent().getParent().resolve("drift-cli/target/drift.jar").normalize();
        assumeTrue(jar().normalize().equals(launcherJar), "the jar was built into another folder than target/");
        Process version = new ProcessBuilder(launcher.toString(), "version").redirectErrorStream(true).start();
        String text = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(version.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(version.exitValue()).isZero();
        assertThat(text).startsWith("drift ");
        Process usage = new ProcessBuilder(launcher.toString(), "diff", "--no-such-option", "a", "b")
                .redirectErrorStream(true).start();
        usage.getInputStream().readAllBytes();
        assertThat(usage.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(usage.exitValue()).isEqualTo(2);
    }

    @Test
    void usage_error_exits_2_with_one_line() throws Exception {
        Result result = drift(Map.of(), "diff", "--no-such-option", "a.json", "b.json");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().startsWith("drift: error: Unknown option");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void unreachable_server_exits_3_with_one_line_and_no_stack_trace() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Result result = drift(withPassword(), "snapshot", "--url", "jdbc:postgresql://127.0.0.1:" + closedPort + "/x");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("Cannot connect to PostgreSQL at 127.0.0.1:" + closedPort,
                "Check that the server is running");
        assertOneLineErrorWithoutTrace(result);
        assertThat(result.out()).isEmpty();
    }

    @Test
    void wrong_password_exits_3_and_never_shows_either_password() throws Exception {
        Result result = drift(Map.of("DRIFT_PASSWORD", "wrong-password-123"), "snapshot", "--url",
                v1.jdbcUrl(), "--user", USER);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("refused the credentials of user \"" + USER + "\"",
                "The password was taken from DRIFT_PASSWORD");
        assertThat(result.err()).doesNotContain("wrong-password-123");
        assertOneLineErrorWithoutTrace(result);
        assertNoPasswordAnywhere(result);
    }

    @Test
    void no_password_at_all_exits_3_saying_how_to_give_one() throws Exception {
        Result result = drift(Map.of(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("for a password, and none was given", "DRIFT_PASSWORD", ".pgpass",
                "--password");
        assertOneLineErrorWithoutTrace(result);
    }

    @Test
    void wrong_password_in_the_url_is_masked_too() throws Exception {
        Result result = drift(Map.of(), "snapshot", "--verbose", "--url",
                v1.jdbcUrl() + "?user=" + USER + "&password=url-pass-456");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out() + result.err()).doesNotContain("url-pass-456");
    }

    @Test
    void unknown_database_exits_3_naming_it() throws Exception {
        Result result = drift(withPassword(), "snapshot", "--url", server.jdbcUrl("no_such_db"), "-U", USER);
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("does not exist", "no_such_db");
        assertOneLineErrorWithoutTrace(result);
    }

    @Test
    void corrupt_snapshot_file_exits_3_with_one_line() throws Exception {
        Files.writeString(dir.resolve("corrupt.json"), "{ \"formatVersion\": 1, \"objects\": [ oops");
        Result result = drift(Map.of(), "diff", "corrupt.json", "corrupt.json");
        assertThat(result.exitCode()).isEqualTo(3);
        assertOneLineErrorWithoutTrace(result);
        assertThat(result.err()).contains("Cannot read snapshot", "corrupt.json");
    }

    @Test
    void missing_snapshot_file_exits_3_naming_it() throws Exception {
        Result result = drift(Map.of(), "diff", "nope.json", v1.jdbcUrl());
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("nope.json does not exist");
        assertOneLineErrorWithoutTrace(result);
    }

    @Test
    void failing_run_leaves_an_existing_output_file_unchanged() throws Exception {
        Path existing = dir.resolve("expected.json");
        Files.writeString(existing, "the previous snapshot\n");
        Result result = drift(Map.of("DRIFT_PASSWORD", "wrong-password-123"), "snapshot", "--url",
                v1.jdbcUrl(), "-U", USER, "--output", "expected.json");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(existing).hasContent("the previous snapshot");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).doesNotContain(".expected.json.tmp")
                    .noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void pgpass_supplies_the_password() throws Exception {
        Path pgpass = home.resolve(".pgpass");
        String[] hostAndPort = hostPort(v1.jdbcUrl()).split(":");
        Files.writeString(pgpass, "# host:port:database:user:password\nelsewhere:1:x:y:not-this-one\n"
                + hostAndPort[0] + ":" + hostAndPort[1] + ":" + v1.name() + ":" + USER + ":" + PASSWORD + "\n");
        Files.setPosixFilePermissions(pgpass, PosixFilePermissions.fromString("rw-------"));
        Result result = drift(Map.of("PGUSER", USER), "snapshot", "--url", v1.jdbcUrl());
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).contains("customers");
        assertNoPasswordAnywhere(result);
    }

    // ---- the full slice ----

    @Test
    void snapshot_to_stdout_and_to_a_file() throws Exception {
        Result toStdout = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER);
        assertThat(toStdout.exitCode()).as(toStdout.err()).isZero();
        assertThat(toStdout.out()).contains("customers", "orders");
        assertThat(toStdout.err()).contains("Connecting to " + USER + "@" + hostPort(v1.jdbcUrl()) + "/" + v1.name(),
                "objects captured");

        Result toFile = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "--output",
                "v1.json", "--quiet");
        assertThat(toFile.exitCode()).as(toFile.err()).isZero();
        assertThat(toFile.out()).isEmpty();
        assertThat(toFile.err()).isEmpty();
        assertThat(dir.resolve("v1.json")).hasContent(toStdout.out().stripTrailing());
        assertNoPasswordAnywhere(toFile, dir.resolve("v1.json"));
    }

    @Test
    void exclude_table_leaves_tables_out_and_the_migration_tools_tables_are_always_out() throws Exception {
        try (TestDatabase db = server.newDatabase().execute(V2 + """
                CREATE TABLE flyway_schema_history (installed_rank integer PRIMARY KEY, version varchar(50));
                CREATE TABLE tmp_import (id serial PRIMARY KEY);
                GRANT ALL ON ALL TABLES IN SCHEMA public TO PUBLIC;
                """)) {
            Result all = drift(withPassword(), "snapshot", "--url", db.jdbcUrl(), "-U", USER, "-q");
            assertThat(all.exitCode()).as(all.err()).isZero();
            assertThat(all.out()).contains("\"public.tmp_fix\"", "\"public.tmp_import\"", "tmp_import_id_seq")
                    .doesNotContain("flyway_schema_history");

            Result some = drift(withPassword(), "snapshot", "--url", db.jdbcUrl(), "-U", USER, "-q",
                    "--exclude-table", "public.tmp_*", "--exclude-table", "public.orders", "-o", "some.json");
            assertThat(some.exitCode()).as(some.err()).isZero();
            assertThat(dir.resolve("some.json")).content().contains("\"public.customers\"")
                    .doesNotContain("tmp_fix", "tmp_import", "orders", "flyway_schema_history");
        }
        Result unmatchable = drift(withPassword(), "snapshot", "--url", v2.jdbcUrl(), "-U", USER,
                "--exclude-table", "tmp_fix");
        assertThat(unmatchable.exitCode()).isEqualTo(2);
        assertThat(unmatchable.err()).contains("--exclude-table: The table glob 'tmp_fix' matches no table",
                "'**.tmp_fix'");
        assertOneLineErrorWithoutTrace(unmatchable);
    }

    @Test
    void one_connection_or_two_give_the_same_snapshot_and_the_second_logs_in_too() throws Exception {
        // --verbose logs Drift's debug messages: a second connection that could not log in would say so.
        Result two = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "--verbose", "-o",
                "two.json");
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(two.err()).doesNotContain("reading every query on one", "reading the columns on the first");
        Result one = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "--connections", "1",
                "-q", "-o", "one.json");
        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(dir.resolve("two.json")).hasSameTextualContentAs(dir.resolve("one.json"));
        assertNoPasswordAnywhere(two, dir.resolve("two.json"));
    }

    @Test
    void diff_of_equal_schemas_exits_0_file_to_file_and_db_to_db() throws Exception {
        assertThat(drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-o", "a.json")
                .exitCode()).isZero();
        assertThat(drift(withPassword(), "snapshot", "--url", v1Copy.jdbcUrl(), "-U", USER, "-o",
                "b.json").exitCode()).isZero();

        Result files = drift(Map.of(), "diff", "a.json", "b.json");
        assertThat(files.exitCode()).as(files.err()).isZero();
        assertThat(files.err()).contains("No drift");

        Result databases = drift(withPassword(), "diff", v1.jdbcUrl(), v1Copy.jdbcUrl(),
                "-U", USER);
        assertThat(databases.exitCode()).as(databases.err()).isZero();
        assertNoPasswordAnywhere(databases);
    }

    @Test
    void diff_with_drift_exits_1_file_to_db_in_text_and_json() throws Exception {
        assertThat(drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-o", "v1.json")
                .exitCode()).isZero();

        Result text = drift(withPassword(), "diff", "v1.json", v2.jdbcUrl(), "-U", USER);
        assertThat(text.exitCode()).as(text.err()).isEqualTo(1);
        assertThat(text.out()).contains("tmp_fix", "email", "orders_customer_id_idx");
        assertThat(text.err()).contains("Drift found");
        assertThat(text.out()).doesNotContain("Connecting", "Drift found");

        Result json = drift(withPassword(), "diff", "v1.json", v2.jdbcUrl(), "-U", USER,
                "--format", "json", "--output", "drift.json");
        assertThat(json.exitCode()).isEqualTo(1);
        assertThat(json.out()).isEmpty();
        String report = Files.readString(dir.resolve("drift.json")).strip();
        assertThat(report).startsWith("{").endsWith("}").contains("tmp_fix");
        assertNoPasswordAnywhere(json, dir.resolve("drift.json"));
    }

    @Test
    void diff_db_to_db_filters_and_fail_on() throws Exception {
        Result excluded = drift(withPassword(), "diff", v1.jdbcUrl(), v2.jdbcUrl(), "-U", USER,
                "--exclude", "public.tmp_*", "--format", "json");
        assertThat(excluded.exitCode()).isEqualTo(1);
        assertThat(excluded.out()).doesNotContain("tmp_fix");

        Result onlyOrders = drift(withPassword(), "diff", v1.jdbcUrl(), v2.jdbcUrl(), "-U", USER,
                "--include", "public.orders", "--ignore", "index");
        assertThat(onlyOrders.exitCode()).as(onlyOrders.out()).isZero();
    }
}
