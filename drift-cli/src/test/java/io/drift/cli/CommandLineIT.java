package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.postgres.FreezingProxy;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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

    /** The JVM options bin/drift runs the jar with (a quick start for a short-lived command), so the tests run it so. */
    static final List<String> BIN_DRIFT_JVM_OPTIONS = List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");


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
        return drift(env, List.of(), null, null, args);
    }

    /**
     * @param jvmOptions options for the JVM ({@code -Xmx24m})
     * @param stdin      a file to read stdin from, or {@code null} for none
     * @param stdoutTo   a file to send stdout to ({@code /dev/full}), or {@code null} to capture it
     */
    private Result drift(Map<String, String> env, List<String> jvmOptions, File stdin, File stdoutTo,
                         String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(BIN_DRIFT_JVM_OPTIONS);
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("DRIFT_") || k.startsWith("PG") || k.equals("NO_COLOR"));
        environment.put("HOME", home.toString());
        environment.putAll(env);
        File stdout = stdoutTo != null ? stdoutTo : dir.resolve("stdout-" + System.nanoTime()).toFile();
        File stderr = dir.resolve("stderr-" + System.nanoTime()).toFile();
        builder.redirectOutput(stdoutTo != null ? ProcessBuilder.Redirect.appendTo(stdout)
                : ProcessBuilder.Redirect.to(stdout)).redirectError(stderr);
        if (stdin != null) {
            builder.redirectInput(stdin);
        }
        Process process = builder.start();
        if (stdin == null) {
            process.getOutputStream().close();
        }
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("drift finished in time").isTrue();
        Result result = new Result(process.exitValue(), stdoutTo != null ? "" : Files.readString(stdout.toPath()),
                Files.readString(stderr.toPath()));
        if (stdoutTo == null) {
            Files.delete(stdout.toPath());
        }
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
        assertThat(result.errLines()).filteredOn(l -> !l.startsWith("Connecting to") && !l.startsWith("Reading")
                && !l.startsWith("Capturing the schema")).hasSize(1);
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

    // ---- issue 9: hostile inputs and faults, as a script sees them. Devices are reached only through links in the
    // test's own directory, so that a regression replaces a link, never /dev/null (these tests may run as root).

    private Path link(String name, Path target) throws IOException {
        return Files.createSymbolicLink(dir.resolve(name), target);
    }

    private Path fifo(String name) throws Exception {
        Path fifo = dir.resolve(name);
        Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        return fifo;
    }

    private void snapshotOfV1(String file) throws Exception {
        Result result = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-q", "-o", file);
        assertThat(result.exitCode()).as(result.err()).isZero();
    }

    @Test
    void output_through_a_link_to_a_device_writes_to_the_device_and_keeps_the_link_issue9() throws Exception {
        Path link = link("null.json", Path.of("/dev/null"));
        snapshotOfV1("v1.json");

        Result snapshot = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-o", "null.json");
        Result diff = drift(Map.of(), "diff", "v1.json", "v1.json", "-o", "null.json");

        assertThat(snapshot.exitCode()).as(snapshot.err()).isZero();
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
    }

    @Test
    void output_through_a_link_to_stdout_goes_to_stdout_issue9() throws Exception {
        Path link = link("out.json", Path.of("/proc/self/fd/1"));

        Result result = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-q", "-o", "out.json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("{").contains("\"public.customers\"");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void output_through_a_link_to_a_file_writes_the_file_and_keeps_the_link_issue8() throws Exception {
        Path real = Files.createDirectories(dir.resolve("baselines")).resolve("v1.json");
        Files.writeString(real, "old");
        Path link = link("v1.json", Path.of("baselines/v1.json"));
        Path reportReal = Files.writeString(dir.resolve("baselines/report.txt"), "old");
        Path reportLink = link("report.txt", Path.of("baselines/report.txt"));

        Result snapshot = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "-o", "v1.json");
        Result diff = drift(Map.of(), "diff", "v1.json", "v1.json", "-o", "report.txt");

        assertThat(snapshot.exitCode()).as(snapshot.err()).isZero();
        assertThat(diff.exitCode()).as(diff.err()).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(reportLink)).isTrue();
        assertThat(Files.readString(real)).contains("\"public.customers\"");
        assertThat(Files.readString(reportReal)).contains("No differences.");
    }

    @Test
    void output_to_a_fifo_is_written_to_it_issue9() throws Exception {
        snapshotOfV1("v1.json");
        Path fifo = fifo("report.fifo");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try {
                return Files.readString(fifo);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Result result = drift(Map.of(), "diff", "v1.json", "v1.json", "--format", "json", "-o", "report.fifo");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(reader.get(60, TimeUnit.SECONDS)).startsWith("{").contains("\"reportType\": \"diff\"");
        assertThat(Files.isRegularFile(fifo)).isFalse();
    }

    @Test
    void a_snapshot_from_stdin_a_fifo_or_a_process_substitution_is_read_issue9() throws Exception {
        snapshotOfV1("v1.json");
        Path fifo = fifo("v1.fifo");
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            try {
                try (OutputStream out = Files.newOutputStream(fifo)) {
                    Files.copy(dir.resolve("v1.json"), out);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });

        Result fromStdin = drift(Map.of(), List.of(), dir.resolve("v1.json").toFile(), null, "diff", "-", "v1.json");
        Result fromFifo = drift(Map.of(), "diff", "v1.fifo", "v1.json");
        writer.get(60, TimeUnit.SECONDS);

        assertThat(fromStdin.exitCode()).as(fromStdin.err()).isZero();
        assertThat(fromStdin.err()).contains("Reading stdin", "No drift");
        assertThat(fromFifo.exitCode()).as(fromFifo.err()).isZero();
        assertThat(fromFifo.err()).contains("No drift");
    }

    @Test
    void stdout_on_a_full_device_is_exit_3_with_one_line_not_a_truncated_success_issue9() throws Exception {
        assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full on this system");
        snapshotOfV1("v1.json");
        File full = new File("/dev/full");

        Result snapshot = drift(withPassword(), List.of(), null, full, "snapshot", "--url", v1.jdbcUrl(), "-U", USER);
        Result report = drift(withPassword(), List.of(), null, full, "diff", "v1.json", v2.jdbcUrl(), "-U", USER);

        for (Result result : List.of(snapshot, report)) {
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(result.errLines()).filteredOn(l -> l.startsWith("drift: error:")).singleElement().asString()
                    .startsWith("drift: error: Cannot write to stdout (No space left on device)");
            assertThat(result.err()).doesNotContain("\tat ", "Drift found");
        }
    }

    @Test
    void out_of_memory_is_exit_3_with_one_line_naming_drift_java_opts_issue9() throws Exception {
        Snapshot.Builder big = Snapshot.builder().add(SchemaDef.named("public"));
        for (int t = 0; t < 6000; t++) {
            Table.Builder table = Table.builder(ObjectPath.of("public", "table_with_a_long_name_" + t));
            for (int c = 0; c < 12; c++) {
                table.column("column_with_a_long_name_" + c, "character varying(255)");
            }
            big.add(table.build());
        }
        SnapshotFiles.write(big.build(), dir.resolve("big.json"));
        assertThat(Files.size(dir.resolve("big.json"))).as("larger than the heap").isGreaterThan(8_000_000);

        Result result = drift(Map.of(), List.of("-Xmx16m", "-XX:+UseSerialGC"), null, null,
                "diff", "big.json", "big.json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
        assertThat(result.errLines()).filteredOn(l -> !l.startsWith("Reading")).singleElement().asString()
                .startsWith("drift: error: Drift ran out of memory").contains("DRIFT_JAVA_OPTS=-Xmx2g");
        assertThat(result.err()).doesNotContain("\tat ", "Exception in thread");
    }

    @Test
    void a_schema_the_database_lacks_is_a_usage_error_that_writes_nothing_issue9() throws Exception {
        Result result = drift(withPassword(), "snapshot", "--url", v1.jdbcUrl(), "-U", USER, "--schema", "pubic",
                "-o", "baseline.json");

        assertThat(result.exitCode()).as(result.err()).isEqualTo(2);
        assertThat(result.err()).contains("--schema pubic matches no schema in", "(it has: public)",
                "Did you mean 'public'?");
        assertOneLineErrorWithoutTrace(result);
        assertThat(dir.resolve("baseline.json")).doesNotExist();
    }

    @Test
    void an_include_that_matches_nothing_is_a_usage_error_not_no_drift_issue9() throws Exception {
        Result typo = drift(withPassword(), "diff", v1.jdbcUrl(), v2.jdbcUrl(), "-U", USER, "--include", "pubic.*");
        Result right = drift(withPassword(), "diff", v1.jdbcUrl(), v2.jdbcUrl(), "-U", USER, "--include",
                "public.*");

        assertThat(typo.exitCode()).as(typo.err()).isEqualTo(2);
        assertThat(typo.err()).contains("--include 'pubic.*' matches no object on either side")
                .doesNotContain("No drift");
        assertThat(typo.out()).isEmpty();
        assertThat(right.exitCode()).isEqualTo(1);
    }

    @Test
    void a_server_that_stops_answering_mid_capture_fails_instead_of_hanging_issue9() throws Exception {
        try (FreezingProxy proxy = FreezingProxy.freezingOn(v1.jdbcUrl(), "statement_timeout")) {
            Result result = drift(withPassword(), "snapshot", "--url", proxy.jdbcUrl(v1.jdbcUrl()), "-U", USER,
                    "--statement-timeout", "1s");

            assertThat(proxy.isFrozen()).as("the capture reached the server").isTrue();
            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(result.err()).contains("stopped answering", "nothing came back for 6 s",
                    "statement timeout of 1 s");
            assertOneLineErrorWithoutTrace(result);
        }
    }

    @Test
    void a_lock_timeout_names_the_command_line_option_issue9() throws Exception {
        try (TestDatabase db = server.newDatabase().execute(V1);
             Connection locker = db.connect()) {
            locker.setAutoCommit(false);
            // pg_policy, not pg_class: a new session reads pg_class to start, and would wait before the capture.
            try (Statement s = locker.createStatement()) {
                s.execute("LOCK TABLE pg_catalog.pg_policy IN ACCESS EXCLUSIVE MODE");
            }
            Result result = drift(Map.of("DRIFT_PASSWORD", db.password()), "snapshot", "--url", db.jdbcUrl(),
                    "-U", db.user(), "--lock-timeout", "300ms");
            locker.rollback();

            assertThat(result.exitCode()).as(result.err()).isEqualTo(3);
            assertThat(result.err()).contains("lock timeout of 300 ms", "--lock-timeout on the command line");
            assertOneLineErrorWithoutTrace(result);
        }
    }

    @Test
    void ssl_required_of_a_server_without_it_says_so_not_that_a_password_is_missing_issue9() throws Exception {
        Result result = drift(Map.of(), "snapshot", "--url", v1.jdbcUrl() + "?sslmode=require", "-U", USER);

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).contains("does not accept SSL connections", "sslmode=prefer")
                .doesNotContain("password", "Check that the server is running");
        assertOneLineErrorWithoutTrace(result);
    }

    @Test
    void the_drivers_own_logging_stays_off_the_terminal_unless_verbose_issue9() throws Exception {
        String url = v1.jdbcUrl() + "?loginTimeout=abc";

        Result quiet = drift(withPassword(), "snapshot", "--url", url, "-U", USER, "-o", "a.json");
        Result verbose = drift(withPassword(), "snapshot", "--url", url, "-U", USER, "-o", "b.json", "--verbose");

        assertThat(quiet.exitCode()).as(quiet.err()).isZero();
        assertThat(quiet.err()).doesNotContain("loginTimeout", "WARNING", "org.postgresql");
        assertThat(verbose.exitCode()).as(verbose.err()).isZero();
        assertThat(verbose.err()).contains("Couldn't parse loginTimeout value: abc");
    }

    @Test
    void control_characters_in_a_user_and_a_database_name_are_escaped_on_stderr_issue9() throws Exception {
        Result result = drift(withPassword(), "snapshot", "--url", server.jdbcUrl("no\u001B]0;pwned\u0007db"),
                "-U", "x\u001B[2Jy", "--verbose");

        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.err()).doesNotContain("\u001B", "\u0007").contains("\\u001B");
    }
}
