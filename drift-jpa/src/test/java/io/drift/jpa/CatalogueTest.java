package io.drift.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;
import io.drift.core.check.FindingCode;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** docs/checks.md documents jpa.model and exactly the codes it can emit (until the catalogue test covers it). */
class CatalogueTest {

    @Test
    void the_catalogue_has_the_check_and_exactly_its_codes() throws Exception {
        String catalogue = Files.readString(Path.of("..", "docs", "checks.md"));
        Check check = new JpaCheckProvider().checks().get(0);
        assertThat(catalogue).contains("\n### `" + check.id() + "`\n");
        int start = catalogue.indexOf("\n### `" + check.id() + "`\n");
        int end = catalogue.indexOf("\n### ", start + 1);
        String section = catalogue.substring(start, end < 0 ? catalogue.length() : end);
        List<String> documented = new ArrayList<>();
        Matcher m = Pattern.compile("\n#### `([A-Z0-9-]+)`\n").matcher(section);
        while (m.find()) {
            documented.add(m.group(1));
        }
        assertThat(documented).containsExactlyInAnyOrderElementsOf(
                check.codes().stream().map(FindingCode::code).toList());
        for (String option : check.optionNames()) {
            assertThat(section).contains("| `" + option + "` |");
        }
    }
}
