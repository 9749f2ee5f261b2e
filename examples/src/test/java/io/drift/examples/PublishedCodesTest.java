package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

/**
 * A published finding code is never removed or renamed: configurations, suppressions, dashboards and code-scanning
 * history refer to it. {@code published-finding-codes.txt} lists every code ever published; it may only grow. A code a
 * check can emit must be in it (publish it by appending a line), and every code in it must still be emitted (a check
 * that stopped emitting a code, or renamed it, fails here).
 */
class PublishedCodesTest {

    static List<String> published() throws IOException {
        List<String> codes = new ArrayList<>();
        try (InputStream in = PublishedCodesTest.class.getResourceAsStream("published-finding-codes.txt")) {
            assertThat(in).as("published-finding-codes.txt").isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String code = line.strip();
                if (!code.isEmpty() && !code.startsWith("#")) {
                    codes.add(code);
                }
            }
        }
        return codes;
    }

    static Set<String> emitted() {
        Set<String> codes = new TreeSet<>();
        for (Check check : CheckCatalogueTest.allChecks()) {
            check.codes().forEach(c -> codes.add(c.code()));
        }
        return codes;
    }

    @Test
    void every_published_code_is_still_emitted() throws IOException {
        assertThat(emitted()).as("codes checks can emit").containsAll(published());
    }

    @Test
    void every_emitted_code_is_published() throws IOException {
        assertThat(published()).as("published-finding-codes.txt (append the new code)").containsAll(emitted());
    }

    @Test
    void the_list_has_no_duplicate() throws IOException {
        List<String> codes = published();
        assertThat(codes).doesNotHaveDuplicates();
    }
}
