package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.cli.internal.Redaction;
import io.drift.core.model.Attributes;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.VendorObject;
import io.drift.core.snapshot.SnapshotFiles;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line in-process: parsing, usage errors, help, and what reaches stdout and stderr. */
class DriftCliTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Map<String, String> env = new HashMap<>();
    private boolean console;
    private boolean terminal;

    private byte[] stdin = new byte[0];
    private PrintStream stdout;

    private int run(String... args) {
        env.putIfAbsent("HOME", dir.toString());
        PrintStream to = stdout != null ? stdout : new PrintStream(out, true, StandardCharsets.UTF_8);
        return DriftCli.run(new CliContext(env, new ByteArrayInputStream(stdin), to,
                new PrintStream(err, true, StandardCharsets.UTF_8), console, terminal, new Redaction()), args);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void no_command_shows_the_help_on_stderr_as_a_usage_error() {
        assertThat(run()).isEqualTo(2);
        assertThat(err()).contains("Usage: drift", "snapshot", "diff", "check", "version");
        assertThat(out()).isEmpty();
    }

    @Test
    void help_lists_commands_exit_codes_and_examples() {
        assertThat(run("--help")).isEqualTo(0);
        assertThat(out()).contains("Commands:", "Exit codes:", "Examples:", "0   no drift", "1   drift found",
                "2   usage error", "3   could not run");
    }

    @Test
    void every_command_has_help_with_examples_and_exit_codes() {
        for (String command : new String[] {"snapshot", "diff", "check", "version"}) {
            out.reset();
            assertThat(run(command, "--help")).as(command).isEqualTo(0);
            assertThat(out()).as(command).contains("Usage: drift " + command, "Examples:", "Exit codes:");
        }
        out.reset();
        assertThat(run("help", "diff")).isEqualTo(0);
        assertThat(out()).contains("--fail-on", "--ignore", "--include", "--exclude", "--format", "--color");
    }

    @Test
    void version_prints_the_version_and_the_snapshot_format() {
        assertThat(run("version")).isEqualTo(0);
        assertThat(out()).startsWith("drift ").contains("snapshot format 1", "Java ");
        out.reset();
        assertThat(run("--version")).isEqualTo(0);
        assertThat(out()).startsWith("drift ");
    }

    @Test
    void unknown_option_is_one_line_usage_error_with_a_suggestion() {
        assertThat(run("diff", "--inclde", "x", "a.json", "b.json")).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString()
                .startsWith("drift: error: Unknown option")
                .contains("--include")
                .contains("drift diff --help");
        assertThat(out()).isEmpty();
    }

    @Test
    void missing_argument_and_bad_enum_values_are_usage_errors() {
        assertThat(run("diff", "a.json")).isEqualTo(2);
        assertThat(err()).contains("ACTUAL");
        err.reset();
        assertThat(run("diff", "--fail-on", "fatal", "a.json", "b.json")).isEqualTo(2);
        assertThat(err()).contains("--fail-on", "error, warning, info");
        err.reset();
        assertThat(run("diff", "--color", "sometimes", "a.json", "b.json")).isEqualTo(2);
    }

    @Test
    void fail_on_and_color_accept_any_case() {
        // Parses, then fails later for the missing file: exit 3, not 2.
        assertThat(run("diff", "--fail-on", "ERROR", "--color", "Never", "-f", "test-plain", "a.json", "b.json"))
                .isEqualTo(3);
    }

    @Test
    void unknown_format_is_a_usage_error_naming_the_formats() {
        assertThat(run("diff", "--format", "xml", "a.json", "b.json")).isEqualTo(2);
        assertThat(err()).contains("Unknown report format 'xml'", "json", "test-plain", "text");
    }

    @Test
    void empty_glob_is_a_usage_error() {
        assertThat(run("diff", "-f", "test-plain", "--exclude", "", "a.json", "b.json")).isEqualTo(2);
        assertThat(err().lines()).hasSize(1);
    }

    @Test
    void connections_below_one_is_a_one_line_usage_error() {
        assertThat(run("snapshot", "--connections", "0", "--url", "jdbc:postgresql://localhost:1/db")).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString().contains("--connections must be 1 or more, not 0");
    }

    @Test
    void missing_snapshot_file_cannot_run_and_says_what_to_give() {
        assertThat(run("diff", "-f", "test-plain", "nope.json", "jdbc:postgresql://localhost:1/db")).isEqualTo(3);
        assertThat(err().lines()).singleElement().asString()
                .contains("Snapshot file nope.json does not exist", "drift snapshot", "jdbc:postgresql://");
    }

    @Test
    void non_postgres_url_is_a_usage_error() {
        assertThat(run("snapshot", "--url", "jdbc:mysql://h/db")).isEqualTo(2);
        assertThat(err()).contains("PostgreSQL");
    }

    @Test
    void snapshot_without_any_database_is_a_usage_error() {
        assertThat(run("snapshot")).isEqualTo(2);
        assertThat(err()).contains("--url", "DRIFT_URL");
    }

    @Test
    void snapshot_takes_the_database_from_libpq_variables() {
        env.put("PGHOST", "127.0.0.1");
        env.put("PGPORT", "1");
        env.put("PGDATABASE", "shop");
        env.put("PGUSER", "clerk");
        assertThat(run("snapshot")).isEqualTo(3);
        assertThat(err()).contains("Connecting to clerk@127.0.0.1:1/shop", "connection refused");
    }

    @Test
    void quiet_leaves_only_the_error() {
        env.put("DRIFT_URL", "jdbc:postgresql://127.0.0.1:1/db");
        assertThat(run("snapshot", "--quiet")).isEqualTo(3);
        assertThat(err().lines()).singleElement().asString().startsWith("drift: error: Cannot connect");
    }

    @Test
    void verbose_adds_the_stack_trace_and_plain_errors_have_none() {
        env.put("DRIFT_URL", "jdbc:postgresql://127.0.0.1:1/db");
        assertThat(run("snapshot")).isEqualTo(3);
        assertThat(err()).doesNotContain("\tat ");
        err.reset();
        assertThat(run("snapshot", "--verbose")).isEqualTo(3);
        assertThat(err()).contains("\tat ", "DriftException");
    }

    @Test
    void password_prompt_without_a_terminal_is_a_usage_error_naming_the_alternatives() {
        console = false;
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/db", "--password")).isEqualTo(2);
        assertThat(err()).contains("DRIFT_PASSWORD", "PGPASSWORD", ".pgpass");
    }

    @Test
    void a_password_typed_as_an_option_value_is_refused_and_not_echoed() {
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/db", "--password=hunter22")).isEqualTo(2);
        assertThat(err()).doesNotContain("hunter22");
    }

    @Test
    void passwords_from_url_and_environment_never_reach_stderr() {
        env.put("DRIFT_PASSWORD", "env-secret-1");
        assertThat(run("snapshot", "--verbose", "--url",
                "jdbc:postgresql://app:url-secret-2@127.0.0.1:1/db?password=url-secret-3")).isEqualTo(3);
        assertThat(err()).doesNotContain("env-secret-1", "url-secret-2", "url-secret-3");
    }

    @Test
    void output_below_a_regular_file_fails_before_connecting() throws IOException {
        Files.writeString(dir.resolve("plain"), "x");
        env.put("DRIFT_URL", "jdbc:postgresql://127.0.0.1:1/db");
        assertThat(run("snapshot", "--output", dir.resolve("plain/s.json").toString())).isEqualTo(3);
        assertThat(err()).doesNotContain("Connecting").contains("is a file, not a directory");
    }

    @Test
    void a_failed_run_leaves_an_existing_output_file_untouched() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, "previous report");
        assertThat(run("diff", "-f", "test-plain", "-o", report.toString(), "missing.json", "missing2.json"))
                .isEqualTo(3);
        assertThat(report).hasContent("previous report");
        assertThat(Files.list(dir)).containsExactly(report);
    }

    // ---- diff of snapshot files, through the real snapshot format and diff engine ----

    private static Snapshot shop(String... extraTables) {
        Snapshot.Builder builder = Snapshot.builder().add(SchemaDef.named("public"))
                .add(Table.builder(ObjectPath.of("public", "users")).column("id", "bigint").build());
        for (String table : extraTables) {
            builder.add(Table.builder(ObjectPath.of("public", table)).column("id", "int").build());
        }
        return builder.build();
    }

    private void files(Snapshot expected, Snapshot actual) throws IOException {
        Files.writeString(dir.resolve("expected.json"), SnapshotFiles.toJson(expected));
        Files.writeString(dir.resolve("actual.json"), SnapshotFiles.toJson(actual));
    }

    private String[] diff(String... options) {
        String[] args = new String[options.length + 5];
        args[0] = "diff";
        args[1] = dir.resolve("expected.json").toString();
        args[2] = dir.resolve("actual.json").toString();
        args[3] = "-f";
        args[4] = "test-plain";
        System.arraycopy(options, 0, args, 5, options.length);
        return args;
    }

    @Test
    void equal_snapshot_files_are_no_drift() throws IOException {
        files(shop(), shop());
        assertThat(run(diff())).isEqualTo(0);
        assertThat(out()).endsWith("actual.json: 0\n");
        assertThat(err()).contains("No drift: the schemas match.");
    }

    @Test
    void a_difference_is_drift_and_the_report_alone_is_on_stdout() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff())).isEqualTo(1);
        assertThat(out().lines()).singleElement().asString().endsWith("actual.json: 1");
        assertThat(err()).contains("Drift found: 1 difference (0 errors, 1 warning, 0 info).");
    }

    @Test
    void fail_on_decides_which_severities_are_drift() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff("--fail-on", "error"))).isEqualTo(0);
        assertThat(out()).endsWith(": 1\n");
        assertThat(err()).contains("No drift at or above --fail-on error: 1 difference");
        assertThat(run(diff("--fail-on", "warning"))).isEqualTo(1);
    }

    @Test
    void exclude_and_ignore_reach_the_diff() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff("--exclude", "public.tmp_*"))).isEqualTo(0);
        assertThat(run(diff("--ignore", "table"))).isEqualTo(0);
        assertThat(run(diff("--include", "public.users"))).isEqualTo(0);
    }

    @Test
    void ignore_takes_a_vendor_kind_and_still_refuses_a_misspelt_property() throws IOException {
        Snapshot withDefaults = Snapshot.builder().add(SchemaDef.named("public"))
                .add(Table.builder(ObjectPath.of("public", "users")).column("id", "bigint").build())
                .add(new VendorObject(new ObjectPath(List.of("pg.default-privileges", "app", "tables"), true),
                        "pg.default-privileges", Attributes.of(Map.of("pg.grant.reader", "SELECT"))))
                .build();
        files(withDefaults, shop());
        assertThat(run(diff())).isEqualTo(1);
        assertThat(run(diff("--ignore", "pg.default-privileges"))).isEqualTo(0);
        assertThat(run(diff("--ignore", "grants"))).isEqualTo(0);
        assertThat(err()).doesNotContain("drift: warning");
        assertThat(run(diff("--ignore", "pg.fillfactor"))).isEqualTo(1);
        assertThat(err()).contains("drift: warning: --ignore pg.fillfactor matches no object",
                "attributes.pg.fillfactor");
        assertThat(run(diff("--ignore", "colum.comment"))).isEqualTo(2);
        assertThat(err()).contains("did you mean 'column.comment'");
    }

    @Test
    void format_takes_every_format_the_renderers_know_and_help_lists_them() throws IOException {
        assertThat(run("diff", "--help")).isEqualTo(0);
        assertThat(out().replaceAll("\\s+", " "))
                .contains("Report format: html, json, junit, markdown, sarif, test-plain, text (default: text).")
                .contains("Name it with the format's extension: txt, json, md, html, xml for junit, sarif");
        files(shop("orders"), shop());
        for (String format : new String[] {"markdown", "html", "junit", "sarif", "json", "text"}) {
            out.reset();
            assertThat(run("diff", dir.resolve("expected.json").toString(), dir.resolve("actual.json").toString(),
                    "--format", format)).as(format).isEqualTo(1);
            assertThat(out()).as(format).contains("orders");
        }
        // The snapshots reach the report: the markdown diagram draws the missing table with its column.
        out.reset();
        run("diff", dir.resolve("expected.json").toString(), dir.resolve("actual.json").toString(), "-f", "markdown");
        assertThat(out()).contains("```mermaid\nerDiagram\n    MISSING_public_orders {\n        int id\n    }");
    }

    @Test
    void an_output_file_whose_extension_does_not_fit_the_format_is_written_with_a_warning() throws IOException {
        files(shop("orders"), shop());
        Path report = dir.resolve("drift.json");
        assertThat(run("diff", dir.resolve("expected.json").toString(), dir.resolve("actual.json").toString(),
                "--format", "sarif", "--output", report.toString())).isEqualTo(1);
        assertThat(err()).contains("drift: warning: --output " + report + ": a sarif report usually ends in .sarif");
        assertThat(Files.readString(report)).contains("\"ruleId\": \"DRIFT-DIFF-TABLE-MISSING\"");
        Path sarif = dir.resolve("drift.sarif");
        err.reset();
        assertThat(run("diff", dir.resolve("expected.json").toString(), dir.resolve("actual.json").toString(),
                "--format", "sarif", "--output", sarif.toString())).isEqualTo(1);
        assertThat(err()).doesNotContain("usually ends in");
    }

    @Test
    void report_goes_to_output_file_and_stdout_stays_empty() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff("--output", dir.resolve("report.txt").toString()))).isEqualTo(1);
        assertThat(out()).isEmpty();
        assertThat(dir.resolve("report.txt")).content().endsWith("actual.json: 1\n");
        assertThat(err()).contains("report in " + dir.resolve("report.txt"));
    }

    @Test
    void corrupt_snapshot_file_is_one_line_naming_the_file() throws IOException {
        Files.writeString(dir.resolve("expected.json"), "{ \"formatVersion\": 1, oops");
        Files.writeString(dir.resolve("actual.json"), SnapshotFiles.toJson(shop()));
        assertThat(run(diff())).isEqualTo(3);
        assertThat(err().lines()).filteredOn(l -> !l.startsWith("Reading")).singleElement().asString()
                .startsWith("drift: error: Cannot read snapshot").contains("expected.json");
        assertThat(out()).isEmpty();
    }

    @Test
    void color_auto_follows_the_terminal_no_color_and_output() throws IOException {
        files(shop(), shop());
        terminal = false;
        run(diff());
        assertThat(out()).doesNotContain("[color]");
        terminal = true;
        out.reset();
        run(diff());
        assertThat(out()).startsWith("[color]");
        out.reset();
        env.put("NO_COLOR", "1");
        run(diff());
        assertThat(out()).doesNotContain("[color]");
        out.reset();
        run(diff("--color", "always"));
        assertThat(out()).startsWith("[color]");
        env.remove("NO_COLOR");
        out.reset();
        run(diff("--output", dir.resolve("r.txt").toString()));
        assertThat(dir.resolve("r.txt")).content().doesNotContain("[color]");
        run(diff("--color", "never"));
        assertThat(out()).doesNotContain("[color]");
    }

    // ---- issue 9: hostile inputs and faults, in-process (the process-level ones are in CommandLineIT)

    @Test
    void output_into_missing_directories_creates_them_like_the_snapshot_api_issue8() throws IOException {
        files(shop(), shop("tmp_fix"));
        Path report = dir.resolve("reports/2024/report.txt");
        assertThat(run(diff("--output", report.toString()))).isEqualTo(1);
        assertThat(report).content().endsWith("actual.json: 1\n");
    }

    @Test
    void an_empty_output_is_a_usage_error_and_a_dash_is_stdout_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff("-o", ""))).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString().startsWith("drift: error: --output is empty.");
        err.reset();
        assertThat(run(diff("-o", "-"))).isEqualTo(1);
        assertThat(out()).endsWith("actual.json: 1\n");
    }

    @Test
    void the_report_may_not_replace_an_input_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        Path expected = dir.resolve("expected.json");
        String before = Files.readString(expected);
        assertThat(run(diff("-o", expected.toString()))).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString().contains("--output " + expected + " is EXPECTED")
                .contains("Give another --output");
        assertThat(expected).hasContent(before);
        err.reset();
        assertThat(run(diff("-o", dir.resolve("./actual.json").toString()))).isEqualTo(2);
        assertThat(err()).contains("is ACTUAL");
    }

    @Test
    void a_dash_reads_a_snapshot_from_stdin_once_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        stdin = SnapshotFiles.toJson(shop()).getBytes(StandardCharsets.UTF_8);
        assertThat(run("diff", "-", dir.resolve("actual.json").toString(), "-f", "test-plain")).isEqualTo(1);
        assertThat(err()).contains("Reading stdin");
        assertThat(out()).startsWith("stdin vs ");
        err.reset();
        assertThat(run("diff", "-", "-")).isEqualTo(2);
        assertThat(err().lines()).singleElement().asString().contains("both - (stdin)");
    }

    @Test
    void an_include_or_schema_that_matches_nothing_is_a_usage_error_and_writes_no_report_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        Path report = dir.resolve("report.txt");
        assertThat(run(diff("--include", "pubic.*", "-o", report.toString()))).isEqualTo(2);
        assertThat(err().lines()).filteredOn(l -> l.startsWith("drift: error:")).singleElement().asString()
                .contains("--include 'pubic.*' matches no object on either side, so nothing would be compared");
        assertThat(report).doesNotExist();
        err.reset();
        assertThat(run(diff("--schema", "pubic"))).isEqualTo(2);
        assertThat(err()).contains("--schema pubic matches no schema on either side (they have: public)",
                "Did you mean 'public'?");
        assertThat(out()).isEmpty();
    }

    @Test
    void an_exclude_that_matches_nothing_warns_and_the_diff_still_decides_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        assertThat(run(diff("--exclude", "public.tmp_fx"))).isEqualTo(1);
        assertThat(err()).contains("drift: warning: --exclude 'public.tmp_fx' matches no object on either side");
        err.reset();
        assertThat(run(diff("--exclude", "public.tmp_*"))).isEqualTo(0);
        assertThat(err()).doesNotContain("warning");
    }

    @Test
    void a_failed_write_to_stdout_is_exit_3_with_one_line_issue9() throws IOException {
        files(shop(), shop("tmp_fix"));
        stdout = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        }, true, StandardCharsets.UTF_8);
        assertThat(run(diff())).isEqualTo(3);
        assertThat(err().lines()).filteredOn(l -> l.startsWith("drift: error:")).singleElement().asString()
                .startsWith("drift: error: Cannot write to stdout").contains("the output is incomplete");
        assertThat(err()).doesNotContain("Drift found", "No drift");
        err.reset();
        assertThat(run("version")).isEqualTo(3);
        assertThat(err()).contains("Cannot write to stdout");
    }

    @Test
    void control_characters_from_the_command_line_are_escaped_on_stderr_issue9() {
        String hostile = "x\u001B]0;pwned\u0007\u001B[2J\u200B\u202E.json";
        assertThat(run("diff", hostile, "b.json", "-f", "test-plain")).isEqualTo(3);
        assertThat(err()).doesNotContain("\u001B", "\u0007", "\u200B", "\u202E")
                .contains("x\\u001B]0;pwned\\u0007\\u001B[2J\\u200B\\u202E.json");
        err.reset();
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/d\u001B[31mb", "-U", "u\u0007"))
                .isEqualTo(3);
        assertThat(err()).doesNotContain("\u001B", "\u0007").contains("d\\u001B[31mb");
    }

    @Test
    void timeouts_are_durations_above_zero_issue9() {
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/db", "--statement-timeout", "5x"))
                .isEqualTo(2);
        assertThat(err()).contains("'5x' is not a duration: write 30s, 500ms, 2m or 1h");
        err.reset();
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/db", "--lock-timeout", "0"))
                .isEqualTo(2);
        assertThat(err()).contains("'0' is not a timeout");
        err.reset();
        // Parsed (then the connection is refused: exit 3, not 2).
        assertThat(run("snapshot", "--url", "jdbc:postgresql://127.0.0.1:1/db", "--lock-timeout", "250ms",
                "--statement-timeout", "PT2M")).isEqualTo(3);
        assertThat(new DurationConverter().convert("90")).isEqualTo(Duration.ofSeconds(90));
        assertThat(new DurationConverter().convert("2m")).isEqualTo(Duration.ofMinutes(2));
    }

    @Test
    void a_null_list_in_a_snapshot_file_is_refused_issue9() throws IOException {
        Files.writeString(dir.resolve("expected.json"), "{\"formatVersion\": 1, \"tables\": [{\"path\":"
                + " \"public.t\", \"tableKind\": \"regular\", \"unlogged\": false, \"rowSecurity\": false,"
                + " \"forceRowSecurity\": false, \"columns\": null}]}");
        Files.writeString(dir.resolve("actual.json"), SnapshotFiles.toJson(shop()));
        assertThat(run(diff())).isEqualTo(3);
        assertThat(err()).contains("at tables[0].columns): must not be null in a table");
    }
}
