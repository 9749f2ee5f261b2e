package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;
import static io.drift.reporting.SampleDiffs.diff;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

class JsonRendererTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectPath USERS = SampleDiffs.USERS;

    @Test
    void sample_diff_matches_the_golden_file() {
        Golden.assertMatches("sample.json", Render.json(SampleDiffs.sample()));
    }

    @Test
    void hostile_names_and_values_match_the_golden_file() {
        Golden.assertMatches("hostile.json", Render.render("json", SampleDiffs.hostile(),
                new RenderContext("V1__init.sql\u001B[8m", "postgresql://db/\u009B?x", false)));
    }

    @Test
    void empty_diff_matches_the_golden_file() {
        Golden.assertMatches("empty.json", Render.json(SchemaDiff.empty()));
    }

    @Test
    void summary_has_every_key_even_when_zero() throws Exception {
        JsonNode summary = MAPPER.readTree(Render.json(diff(
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "a"), ERROR)))).get("summary");
        assertThat(summary.toString()).isEqualTo("{\"total\":1,\"bySeverity\":{\"error\":1,\"warning\":0,\"info\":0},"
                + "\"byType\":{\"missing\":1,\"unexpected\":0,\"changed\":0}}");
    }

    @Test
    void changed_fields_are_absent_where_they_do_not_apply_and_null_where_there_is_no_value() throws Exception {
        JsonNode differences = MAPPER.readTree(Render.json(diff(
                new Changed(ObjectKind.COLUMN, USERS.child("bio"), "comment", null, "", INFO),
                new Unexpected(ObjectKind.INDEX, USERS.member("idx"), WARNING)))).get("differences");

        JsonNode changed = differences.get(0);
        assertThat(changed.has("expected")).isTrue();
        assertThat(changed.get("expected").isNull()).isTrue();
        assertThat(changed.get("actual").textValue()).isEmpty();
        JsonNode unexpected = differences.get(1);
        assertThat(unexpected.has("property")).isFalse();
        assertThat(unexpected.has("expected")).isFalse();
        assertThat(unexpected.has("actual")).isFalse();
        assertThat(unexpected.get("path").textValue()).isEqualTo("public.users/idx");
        assertThat(unexpected.get("pathMember").booleanValue()).isTrue();
        assertThat(changed.get("pathMember").booleanValue()).isFalse();
    }

    @Test
    void path_parts_keep_names_that_the_rendered_path_has_to_quote() throws Exception {
        ObjectPath path = ObjectPath.of("public", "odd.table").child("say \"hi\"");
        JsonNode d = MAPPER.readTree(Render.json(diff(new Missing(ObjectKind.COLUMN, path, ERROR))))
                .get("differences").get(0);
        assertThat(d.get("path").textValue()).isEqualTo("public.\"odd.table\".\"say \"\"hi\"\"\"");
        assertThat(d.get("pathParts")).extracting(JsonNode::textValue)
                .containsExactly("public", "odd.table", "say \"hi\"");
        assertThat(ObjectPath.parse(d.get("path").textValue())).isEqualTo(path);
    }

    @Test
    void kinds_are_kebab_case_ids_and_severity_and_type_lower_case() throws Exception {
        JsonNode d = MAPPER.readTree(Render.json(diff(
                new Unexpected(ObjectKind.FOREIGN_KEY, USERS.member("users_org_fk"), ERROR))))
                .get("differences").get(0);
        assertThat(d.get("kind").textValue()).isEqualTo("foreign-key");
        assertThat(d.get("type").textValue()).isEqualTo("unexpected");
        assertThat(d.get("severity").textValue()).isEqualTo("error");
    }

    @Test
    void control_characters_are_escaped_and_other_text_is_written_as_itself() throws Exception {
        String value = "tab\there\nnew \"quoted\" \\ \u001B[2J \u009B1m \u007F \u202E é 名前 👤";
        String json = Render.render("json", diff(
                new Changed(ObjectKind.COLUMN, USERS.child("x"), "comment", value, null, INFO)),
                new RenderContext("a\u001B.json", "b", true));

        assertThat(json).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u202E]")
                .contains("\"expected\": \"tab\\there\\nnew \\\"quoted\\\" \\\\ \\u001B[2J \\u009B1m \\u007F \\u202E é 名前 👤\"")
                .contains("\"expectedSource\": \"a\\u001B.json\"");
        JsonNode d = MAPPER.readTree(json).get("differences").get(0);
        assertThat(d.get("expected").textValue()).isEqualTo(value);
    }

    @Test
    void the_example_in_the_docs_is_real_output() throws Exception {
        Path docs = Path.of("../docs/report-formats.md");
        assumeTrue(Files.exists(docs), "run from the drift-reporting module folder");
        String markdown = Files.readString(docs);
        int start = markdown.indexOf("```json\n") + "```json\n".length();
        String example = markdown.substring(start, markdown.indexOf("```\n", start));

        assertThat(Render.json(diff(SampleDiffs.missingColumn("users", "email", ERROR),
                new Changed(ObjectKind.COLUMN, USERS.child("name"), "type", "text", "character varying(100)", ERROR))))
                .isEqualTo(example);
    }

    @Test
    void colour_is_ignored() {
        SchemaDiff diff = SampleDiffs.sample();
        assertThat(Render.render("json", diff, SampleDiffs.CONTEXT.withColor(true))).isEqualTo(Render.json(diff));
    }

    @Test
    void a_list_value_keeps_its_elements_as_a_json_list_next_to_its_text_issue9() throws Exception {
        JsonNode d = MAPPER.readTree(Render.json(diff(Changed.ofLists(ObjectKind.ENUM,
                ObjectPath.of("public", "mood"), "labels", List.of("a, b"), List.of("a", "b"),
                ERROR)))).get("differences").get(0);

        assertThat(d.get("expected").textValue()).isEqualTo("'a, b'");
        assertThat(d.get("actual").textValue()).isEqualTo("a, b");
        assertThat(d.get("expectedElements").isArray()).isTrue();
        assertThat(d.get("expectedElements")).extracting(JsonNode::textValue).containsExactly("a, b");
        assertThat(d.get("actualElements")).extracting(JsonNode::textValue).containsExactly("a", "b");
    }

    @Test
    void a_value_that_is_not_a_list_has_no_elements_fields() throws Exception {
        JsonNode d = MAPPER.readTree(Render.json(diff(new Changed(ObjectKind.COLUMN, USERS.child("name"), "type",
                "text", "int", ERROR)))).get("differences").get(0);

        assertThat(d.has("expectedElements")).isFalse();
        assertThat(d.has("actualElements")).isFalse();
    }
}
