package io.drift.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.FindingCode;
import io.drift.core.spi.CheckProvider;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The catalogue, {@code docs/checks.md}, against the checks on the class path (Drift's own, and every
 * {@link CheckProvider} of every module): every check has a section ({@code ### `id`}), every code it can emit a
 * sub-section of it ({@code #### `CODE`}) that names its default severity, and the catalogue names no check or code
 * that nothing provides.
 */
class CheckCatalogueTest {

    private static final Pattern CHECK = Pattern.compile("^### `([^`]+)`\\s*$");
    private static final Pattern CODE = Pattern.compile("^#### `([^`]+)`\\s*$");

    /** Check id → its checks' codes, from the class path. */
    static Map<String, Map<String, FindingCode>> provided;
    /** Check id → code → the text of its sub-section, from the catalogue. */
    static Map<String, Map<String, String>> documented;
    /** Codes several checks emit, documented once under a heading that is not a check's. */
    static Map<String, String> shared;
    private static final String SHARED = "(shared)";

    static Path docs(String file) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("docs").resolve(file);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError("docs/" + file + " not found above " + Path.of("").toAbsolutePath());
    }

    /** Every check Drift can run: the runner's own and every provider's on the class path. */
    static List<Check> allChecks() {
        List<Check> checks = new ArrayList<>(CheckRunner.builtInChecks());
        for (CheckProvider provider : ServiceLoader.load(CheckProvider.class, CheckCatalogueTest.class.getClassLoader())) {
            checks.addAll(provider.checks());
        }
        return checks;
    }

    @BeforeAll
    static void read() throws IOException {
        provided = new TreeMap<>();
        for (Check check : allChecks()) {
            Map<String, FindingCode> codes = provided.computeIfAbsent(check.id(), k -> new TreeMap<>());
            check.codes().forEach(c -> codes.put(c.code(), c));
        }
        documented = new LinkedHashMap<>();
        shared = new LinkedHashMap<>();
        String check = null;
        String code = null;
        StringBuilder text = new StringBuilder();
        for (String line : Files.readAllLines(docs("checks.md"), StandardCharsets.UTF_8)) {
            Matcher c = CHECK.matcher(line);
            Matcher k = CODE.matcher(line);
            if (c.matches() || k.matches() || line.startsWith("## ") || line.startsWith("### ")) {
                if (code != null) {
                    (SHARED.equals(check) ? shared : documented.get(check)).put(code, text.toString());
                }
                code = null;
                text.setLength(0);
            }
            if (c.matches()) {
                check = c.group(1);
                assertThat(documented).as("sections of docs/checks.md").doesNotContainKey(check);
                documented.put(check, new LinkedHashMap<>());
            } else if (k.matches()) {
                assertThat(check).as("#### `" + k.group(1) + "` comes under a ### `check-id` section").isNotNull();
                code = k.group(1);
            } else if (line.startsWith("### ") || line.startsWith("## ")) {
                // A code under a ### heading that is not a check's (the options all pg.* checks share) is one that
                // several checks emit, documented once.
                check = line.startsWith("### ") ? SHARED : null;
            } else if (code != null) {
                text.append(line).append('\n');
            }
        }
        if (code != null) {
            (SHARED.equals(check) ? shared : documented.get(check)).put(code, text.toString());
        }
    }

    @Test
    void the_class_path_holds_every_built_in_check() {
        assertThat(provided).containsKeys("connectivity", "suppressions", "required-objects", "schema-drift",
                "row-counts", "http");
    }

    @Test
    void every_check_has_a_section_and_every_section_a_check() {
        assertThat(documented.keySet()).as("checks in docs/checks.md").containsExactlyInAnyOrderElementsOf(
                provided.keySet());
    }

    @Test
    void every_code_a_check_can_emit_is_in_its_section_with_its_default_severity() {
        Map<String, List<String>> missing = new TreeMap<>();
        for (Map.Entry<String, Map<String, FindingCode>> e : provided.entrySet()) {
            Map<String, String> section = documented.getOrDefault(e.getKey(), Map.of());
            for (FindingCode code : e.getValue().values()) {
                String text = section.getOrDefault(code.code(), shared.get(code.code()));
                if (text == null) {
                    missing.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(code.code());
                } else {
                    assertThat(text).as(code.code() + " in docs/checks.md names its default severity")
                            .contains(code.defaultSeverity().name());
                }
            }
        }
        assertThat(missing).as("codes emitted but not in docs/checks.md, by check").isEmpty();
    }

    @Test
    void every_code_in_the_catalogue_is_emitted_by_the_check_it_is_under() {
        Map<String, TreeSet<String>> orphans = new TreeMap<>();
        documented.forEach((check, codes) -> codes.keySet().forEach(code -> {
            if (!provided.getOrDefault(check, Map.of()).containsKey(code)) {
                orphans.computeIfAbsent(check, k -> new TreeSet<>()).add(code);
            }
        }));
        shared.keySet().forEach(code -> {
            if (provided.values().stream().noneMatch(codes -> codes.containsKey(code))) {
                orphans.computeIfAbsent("(shared)", k -> new TreeSet<>()).add(code);
            }
        });
        assertThat(orphans).as("codes in docs/checks.md that their check does not emit").isEmpty();
    }

    @Test
    void every_code_section_says_what_it_means_why_it_matters_and_how_to_fix_it() {
        documented.forEach((check, codes) -> codes.forEach((code, text) ->
                assertThat(text.strip()).as(code).hasSizeGreaterThan(120)));
        shared.forEach((code, text) -> assertThat(text.strip()).as(code).hasSizeGreaterThan(120));
    }
}
