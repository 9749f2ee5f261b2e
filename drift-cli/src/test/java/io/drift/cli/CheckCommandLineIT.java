package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.io.File;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift check} as a script sees it: the shaded jar in its own process, drift.yaml found in the working
 * directory, and each exit code the contract promises (0, 1, 2, 3, and 3 over 1).
 */
@ExtendWith(PostgresExtension.class)
class CheckCommandLineIT {

    @TempDir
    Path dir;

    record Result(int exitCode, String out, String err) {
    }

    private Result drift(TestDatabase db, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString()));
        command.addAll(CommandLineIT.BIN_DRIFT_JVM_OPTIONS);
        command.addAll(List.of("-jar", jar().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("DRIFT_") || k.startsWith("PG") || k.equals("NO_COLOR"));
        environment.put("HOME", dir.toString());
        if (db != null && db.password() != null) {
            environment.put("DRIFT_PASSWORD", db.password());
        }
        File stdout = dir.resolve("stdout").toFile();
        File stderr = dir.resolve("stderr").toFile();
        Process process = builder.redirectOutput(stdout).redirectError(stderr).start();
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("drift finished in time").isTrue();
        return new Result(process.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
    }

    private static Path jar() {
        Path jar = Path.of(System.getProperty("drift.cli.jar", "target/drift.jar"));
        assertThat(jar).as("the shaded jar (built in the package phase)").exists();
        return jar.toAbsolutePath();
    }

    @Test
    void drift_yaml_in_the_working_directory_passes_then_fails(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id int PRIMARY KEY); INSERT INTO users VALUES (1);");
        Files.writeString(dir.resolve("drift.yaml"), """
                database:
                  url: %s
                  user: %s
                require:
                  tables: [public.users]
                row-counts:
                  public.users: 1
                """.formatted(db.jdbcUrl(), db.user()));

        Result passed = drift(db, "check");
        assertThat(passed.exitCode()).as(passed.err()).isZero();
        assertThat(passed.err()).contains("Reading drift.yaml from the working directory");
        assertThat(passed.out()).containsPattern("(?m)^PASSED: \\d+ checks \\(\\d+ passed, \\d+ skipped\\)")
                .containsPattern("SKIPPED\\s+schema-drift");

        db.execute("DELETE FROM users;");
        Result failed = drift(db, "check", "--format", "json");
        assertThat(failed.exitCode()).isEqualTo(1);
        assertThat(failed.out()).containsPattern("\"reportType\"\\s*:\\s*\"check\"").contains("DRIFT-ROWS-BELOW-MIN");
    }

    @Test
    void a_mistake_in_drift_yaml_exits_2_in_one_line(TestDatabase db) throws Exception {
        Files.writeString(dir.resolve("drift.yaml"), "require:\n  tables: public.users\nfail-on: sometimes\n");
        Result result = drift(db, "check");
        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().lines().filter(l -> l.startsWith("drift: error:")))
                .containsExactly("drift: error: drift.yaml, line 3, column 10: fail-on must be error, warning or"
                        + " info, not 'sometimes'.");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void a_failed_check_and_one_that_could_not_run_exit_3() throws Exception {
        int closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        Files.writeString(dir.resolve("drift.yaml"), """
                require:
                  tables: [public.users]
                checks:
                  http: {url: 'http://127.0.0.1:%d/', timeout: 1s}
                """.formatted(closed));
        Result result = drift(null, "check", "--url", "jdbc:postgresql://127.0.0.1:" + closed + "/app", "-U", "app");
        assertThat(result.exitCode()).isEqualTo(3);
        assertThat(result.out()).contains("ERRORED  connectivity", "FAILED   http");
        assertThat(result.err()).doesNotContain("\tat ");
    }
}
