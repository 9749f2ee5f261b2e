package io.drift.core.snapshot;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** docs/snapshot-format.md lists, for each kind of object, the same fields in the same order as the code writes. */
class SnapshotFilesDocTest {

    private static final Path DOC = Path.of("../docs/snapshot-format.md");
    private static final Pattern FIELD_ROW = Pattern.compile("^\\| `([A-Za-z]+)` \\|");

    @Test
    void the_format_document_lists_every_field_of_every_object_in_file_order() throws IOException {
        Map<String, List<String>> documented = documentedFields(Files.readAllLines(DOC));
        Map<String, Shape<?>> shapes = new LinkedHashMap<>();
        shapes.put("top level", FormatV1.SNAPSHOT);
        shapes.put("database", FormatV1.DATABASE);
        shapes.put("schema", FormatV1.SCHEMA);
        shapes.put("extension", FormatV1.EXTENSION);
        shapes.put("table", FormatV1.TABLE);
        shapes.put("column", FormatV1.COLUMN);
        shapes.put("identity", FormatV1.IDENTITY);
        shapes.put("sequence options", FormatV1.SEQUENCE_OPTIONS);
        shapes.put("index", FormatV1.INDEX);
        shapes.put("primary key", FormatV1.PRIMARY_KEY);
        shapes.put("unique constraint", FormatV1.UNIQUE);
        shapes.put("foreign key", FormatV1.FOREIGN_KEY);
        shapes.put("check constraint", FormatV1.CHECK);
        shapes.put("exclusion constraint", FormatV1.EXCLUSION);
        shapes.put("trigger", FormatV1.TRIGGER);
        shapes.put("policy", FormatV1.POLICY);
        shapes.put("grant", FormatV1.GRANT);
        shapes.put("view", FormatV1.VIEW);
        shapes.put("sequence", FormatV1.SEQUENCE);
        shapes.put("enum", FormatV1.ENUM);
        shapes.put("domain", FormatV1.DOMAIN);
        shapes.put("composite type", FormatV1.COMPOSITE_TYPE);
        shapes.put("routine", FormatV1.ROUTINE);
        shapes.put("vendor object", FormatV1.VENDOR_OBJECT);

        for (Map.Entry<String, Shape<?>> e : shapes.entrySet()) {
            List<String> written = e.getValue().fields.stream().map(f -> f.name).toList();
            assertThat(documented.get(e.getKey())).as("fields of section '%s' in %s", e.getKey(), DOC)
                    .containsExactlyElementsOf(written);
        }
        documented.remove("conventions");
        assertThat(documented.keySet()).as("sections with field tables").containsExactlyElementsOf(shapes.keySet());
    }

    @Test
    void the_example_in_the_format_document_is_a_canonical_snapshot_file() throws IOException {
        String doc = Files.readString(DOC);
        int start = doc.indexOf("```json\n") + "```json\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        assertThat(SnapshotFiles.toJson(SnapshotFiles.fromJson(example, "example"))).isEqualTo(example);
    }

    /** Section title (lower case, before any parenthesis) to the back-quoted names in its table's first column. */
    private static Map<String, List<String>> documentedFields(List<String> lines) {
        Map<String, List<String>> sections = new LinkedHashMap<>();
        String section = null;
        for (String line : lines) {
            if (line.startsWith("#")) {
                String title = line.replaceFirst("^#+\\s*", "");
                int paren = title.indexOf(" (");
                section = (paren < 0 ? title : title.substring(0, paren)).trim().toLowerCase();
                continue;
            }
            Matcher row = FIELD_ROW.matcher(line);
            if (section != null && row.find()) {
                sections.computeIfAbsent(section, s -> new ArrayList<>()).add(row.group(1));
            }
        }
        return sections;
    }
}
