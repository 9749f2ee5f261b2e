package io.drift.core.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import io.drift.core.model.Column;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotFilesCanonicalTest {

    @Test
    void writing_the_same_snapshot_twice_gives_identical_bytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");

        SnapshotFiles.write(AllKinds.snapshot(), first);
        SnapshotFiles.write(AllKinds.snapshot(), second);

        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
        assertThat(SnapshotFiles.toJson(AllKinds.snapshot())).isEqualTo(SnapshotFiles.toJson(AllKinds.snapshot()));
    }

    @Test
    void objects_and_members_added_in_another_order_give_identical_bytes() {
        assertThat(SnapshotFiles.toJson(AllKinds.snapshotBuiltBackwards()))
                .isEqualTo(SnapshotFiles.toJson(AllKinds.snapshot()));
    }

    @Test
    void the_layout_is_two_space_indented_lf_terminated_and_starts_with_the_format_version() {
        String json = SnapshotFiles.toJson(AllKinds.snapshot());

        assertThat(json).startsWith("{\n  \"formatVersion\": 1,\n  \"database\": {\n").endsWith("\n}\n");
        assertThat(json).doesNotContain("\r").doesNotContain("\t").doesNotContain(" : ").doesNotContain(": null");
        for (String line : json.split("\n")) {
            assertThat(line).doesNotEndWith(" ");
            int indent = line.length() - line.stripLeading().length();
            assertThat(indent % 2).as("indent of %s", line).isZero();
        }
    }

    @Test
    void the_layout_is_what_json_stringify_with_two_spaces_gives() throws IOException {
        // Jackson's tree, printed by hand in the JSON.stringify(value, null, 2) layout, must match the file: so
        // jq, Node or Python tools that reformat a baseline leave it byte-identical.
        JsonNode tree = JsonMapper.builder().build().readTree(SnapshotFiles.toJson(AllKinds.snapshot()));
        StringBuilder out = new StringBuilder();
        stringify(tree, 0, out);

        assertThat(out.append('\n').toString()).isEqualTo(SnapshotFiles.toJson(AllKinds.snapshot()));
    }

    @Test
    void a_changed_column_type_changes_exactly_one_line() {
        Snapshot before = AllKinds.snapshot();
        Table users = before.table(AllKinds.USERS);
        List<Column> columns = new ArrayList<>(users.columns());
        columns.set(3, columns.get(3).withType("bigint"));
        Snapshot after = before.toBuilder().put(users.toBuilder().columns(columns).build()).build();

        List<String> a = SnapshotFiles.toJson(before).lines().toList();
        List<String> b = SnapshotFiles.toJson(after).lines().toList();

        assertThat(b).hasSameSizeAs(a);
        List<String> changed = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).equals(b.get(i))) {
                changed.add(a.get(i) + " -> " + b.get(i));
            }
        }
        assertThat(changed).containsExactly(
                "          \"type\": \"integer\", ->           \"type\": \"bigint\",");
    }

    @Test
    void a_file_with_sorted_keys_and_no_indentation_reads_the_same_and_is_written_back_canonically()
            throws IOException {
        JsonMapper sorting = JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
        String sortedCompact = sorting.writeValueAsString(sorting.readTree(SnapshotFiles.toJson(AllKinds.snapshot())));
        assertThat(sortedCompact).startsWith("{\"compositeTypes\"");

        Snapshot read = SnapshotFiles.fromJson(sortedCompact, "sorted.json");

        assertThat(read).isEqualTo(AllKinds.snapshot());
        assertThat(SnapshotFiles.toJson(read)).isEqualTo(SnapshotFiles.toJson(AllKinds.snapshot()));
    }

    @Test
    void non_ascii_text_is_written_as_utf8_not_escaped() {
        byte[] bytes = SnapshotFiles.toJson(AllKinds.snapshot()).getBytes(StandardCharsets.UTF_8);
        String text = new String(bytes, StandardCharsets.UTF_8);

        assertThat(text).contains("ünï ✓").contains("Größe").doesNotContain("\\u00fc");
        assertThat(text).contains("\\u0001");
    }

    private static void stringify(JsonNode node, int depth, StringBuilder out) throws IOException {
        String inner = "  ".repeat(depth + 1);
        if (node.isObject()) {
            if (node.isEmpty()) {
                out.append("{}");
                return;
            }
            out.append("{\n");
            var fields = node.fields();
            while (fields.hasNext()) {
                var field = fields.next();
                out.append(inner).append(JsonMapper.builder().build().writeValueAsString(field.getKey()))
                        .append(": ");
                stringify(field.getValue(), depth + 1, out);
                out.append(fields.hasNext() ? ",\n" : "\n");
            }
            out.append("  ".repeat(depth)).append('}');
        } else if (node.isArray()) {
            if (node.isEmpty()) {
                out.append("[]");
                return;
            }
            out.append("[\n");
            for (int i = 0; i < node.size(); i++) {
                out.append(inner);
                stringify(node.get(i), depth + 1, out);
                out.append(i + 1 < node.size() ? ",\n" : "\n");
            }
            out.append("  ".repeat(depth)).append(']');
        } else {
            out.append(JsonMapper.builder().build().writeValueAsString(node));
        }
    }
}
