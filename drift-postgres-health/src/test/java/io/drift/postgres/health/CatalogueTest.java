package io.drift.postgres.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;
import io.drift.core.check.FindingCode;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * docs/checks.md and the checks agree: a section for every {@code pg.*} check and every code it can emit, none for
 * anything that does not exist, and each section says whether the check is on by default and names its options.
 */
class CatalogueTest {

    private static final Pattern CHECK = Pattern.compile("^### `([^`]+)`$", Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("^#### `([^`]+)`$", Pattern.MULTILINE);

    private static String catalogue() throws IOException {
        return Files.readString(Path.of("..", "docs", "checks.md"));
    }

    @Test
    void every_check_and_code_has_its_section_and_every_section_its_check_or_code() throws IOException {
        String doc = catalogue();
        List<Check> checks = new PostgresHealthChecks().checks();
        Set<String> ids = checks.stream().map(Check::id).collect(Collectors.toCollection(TreeSet::new));
        Set<String> codes = checks.stream().flatMap(c -> c.codes().stream()).map(FindingCode::code)
                .collect(Collectors.toCollection(TreeSet::new));

        List<String> documentedIds = all(CHECK, doc).stream().filter(id -> id.startsWith("pg.")).toList();
        List<String> documentedCodes = all(CODE, doc).stream().filter(c -> c.startsWith("PG-")).toList();
        assertThat(documentedIds).doesNotHaveDuplicates();
        assertThat(documentedCodes).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(documentedIds)).isEqualTo(ids);
        assertThat(new TreeSet<>(documentedCodes)).isEqualTo(codes);
    }

    @Test
    void each_section_says_whether_the_check_is_on_and_names_its_options_and_its_codes_severity() throws IOException {
        Map<String, String> sections = sections(catalogue());
        for (Check check : new PostgresHealthChecks().checks()) {
            String section = sections.get(check.id()).replaceAll("\\s+", " ");
            assertThat(section).as(check.id()).contains(check.enabledByDefault() ? "On by default" : "Off by default");
            for (String option : check.optionNames()) {
                assertThat(section).as("%s names its option %s", check.id(), option).contains("`" + option + "`");
            }
            for (FindingCode code : check.codes()) {
                if (code.code().equals("PG-EXCLUSION-UNUSED")) {
                    continue;   // documented once, with the exclude option every check takes
                }
                assertThat(section).as("%s: %s", check.id(), code.code())
                        .contains("#### `" + code.code() + "`")
                        .contains("Default severity: **" + code.defaultSeverity() + "**");
            }
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** The text of each {@code ### `id`} section, up to the next {@code ###} heading. */
    private static Map<String, String> sections(String doc) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = CHECK.matcher(doc);
        List<int[]> starts = new ArrayList<>();
        List<String> ids = new ArrayList<>();
        while (m.find()) {
            starts.add(new int[] {m.start()});
            ids.add(m.group(1));
        }
        for (int i = 0; i < ids.size(); i++) {
            int from = starts.get(i)[0];
            int to = doc.indexOf("\n### ", from + 1);
            out.put(ids.get(i), doc.substring(from, to < 0 ? doc.length() : to));
        }
        return out;
    }
}
