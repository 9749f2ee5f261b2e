package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/**
 * The Java snippets in README.md and docs/checks.md are the compiled examples' own lines: each marked region
 * ({@code // [guard]} … {@code // [guard]}) of an example appears in the document, so a snippet cannot rot.
 */
class ReadmeSnippetsTest {

    private static String region(String example, String name) throws IOException {
        Path source = CheckCatalogueTest.docs("checks.md").getParent().getParent()
                .resolve("examples/src/main/java/io/drift/examples/" + example + ".java");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        String marker = "// [" + name + "]";
        int start = text.indexOf(marker);
        int end = text.indexOf(marker, start + marker.length());
        assertThat(start).as(marker + " in " + example).isNotNegative();
        assertThat(end).as("closing " + marker + " in " + example).isGreaterThan(start);
        return normalize(text.substring(text.indexOf('\n', start) + 1, text.lastIndexOf('\n', end)));
    }

    private static String normalize(String code) {
        return code.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce("", (a, b) -> a + b + "\n");
    }

    private static String document(String path) throws IOException {
        Path root = CheckCatalogueTest.docs("checks.md").getParent().getParent();
        return normalize(Files.readString(root.resolve(path), StandardCharsets.UTF_8));
    }

    @Test
    void the_guard_snippet_of_the_readme_and_the_catalogue_is_the_example() throws IOException {
        assertThat(document("README.md")).contains(region("StartupGuardExample", "guard"));
        assertThat(document("docs/checks.md")).contains(region("StartupGuardExample", "guard"));
    }
}
