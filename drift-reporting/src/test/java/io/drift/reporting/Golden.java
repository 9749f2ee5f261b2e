package io.drift.reporting;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Byte-for-byte golden files in {@code src/test/resources/io/drift/reporting}. Run the tests with
 * {@code -Ddrift.golden.update=true} to rewrite them from the current output, then read the change in {@code git diff}.
 */
final class Golden {

    private static final String FOLDER = "io/drift/reporting/";

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        if (Boolean.getBoolean("drift.golden.update")) {
            try {
                Files.writeString(Path.of("src/test/resources", FOLDER, name), actual, UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        byte[] expected;
        try (InputStream in = Golden.class.getClassLoader().getResourceAsStream(FOLDER + name)) {
            assertThat(in).as("golden file %s (create it with -Ddrift.golden.update=true)", name).isNotNull();
            expected = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(actual).as("output against golden file %s", name).isEqualTo(new String(expected, UTF_8));
        assertThat(actual.getBytes(UTF_8)).as("bytes of golden file %s", name).isEqualTo(expected);
    }
}
