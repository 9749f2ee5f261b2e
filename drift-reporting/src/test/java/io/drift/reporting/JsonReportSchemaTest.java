package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;
import static io.drift.reporting.SampleDiffs.diff;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real renderer output validates against the published schema, and the schema is strict where the docs promise. */
class JsonReportSchemaTest {

    private static final String SCHEMA = "io/drift/reporting/diff-report-v1.schema.json";
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = JsonReportSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            assertThat(in).as("schema on the class path").isNotNull();
            schema = FACTORY.getSchema(in);
        }
    }

    @Test
    void the_schema_is_itself_a_valid_2020_12_schema() throws Exception {
        JsonSchema metaSchema = FACTORY.getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
        try (InputStream in = JsonReportSchemaTest.class.getClassLoader().getResourceAsStream(SCHEMA)) {
            assertThat(metaSchema.validate(MAPPER.readTree(in))).isEmpty();
        }
    }

    static Stream<Arguments> diffs() {
        ObjectPath users = SampleDiffs.USERS;
        List<Difference> everyKindAndType = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            ObjectPath path = kind.isMember() ? users.member(kind.id()) : ObjectPath.of("public", kind.id());
            everyKindAndType.add(new Missing(kind, path, ERROR));
            everyKindAndType.add(new Unexpected(kind, path, WARNING));
            everyKindAndType.add(new Changed(kind, path, "comment", "a", "b", INFO));
        }
        return Stream.of(
                Arguments.of("empty", SchemaDiff.empty()),
                Arguments.of("sample", SampleDiffs.sample()),
                Arguments.of("one missing", diff(SampleDiffs.missingColumn("users", "email", ERROR))),
                Arguments.of("every kind and type", new SchemaDiff(everyKindAndType)),
                Arguments.of("nulls and empty strings", diff(
                        new Changed(ObjectKind.COLUMN, users.child("a"), "default", null, "", ERROR),
                        new Changed(ObjectKind.COLUMN, users.child("b"), "", "", null, ERROR))),
                Arguments.of("list values", diff(
                        Changed.ofLists(ObjectKind.ENUM, ObjectPath.of("public", "mood"), "labels",
                                List.of("a, b", "it's\n"), List.of(), ERROR),
                        Changed.ofLists(ObjectKind.INDEX, users.member("i"), "keys", null, List.of("lower(x)"),
                                ERROR))),
                Arguments.of("unicode, quotes and controls", diff(
                        new Changed(ObjectKind.TABLE, ObjectPath.of("schéma", "\"quoted\".tab\tle"), "comment",
                                "名前 👤 \"q\" \\ \u0000\u001B[31m\u009B\u202E", "line\r\nline\n", INFO))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diffs")
    void renderer_output_is_valid(String name, SchemaDiff diff) throws Exception {
        String json = Render.render("json", diff, new RenderContext("expected \"x\"", "actual\u001B", true));
        JsonNode document = MAPPER.readTree(json);

        assertThat(schema.validate(document)).as(json).isEmpty();
        // What a schema cannot say: the counts add up.
        JsonNode summary = document.get("summary");
        assertThat(summary.get("total").intValue()).isEqualTo(diff.size())
                .isEqualTo(document.get("differences").size());
        for (Severity s : Severity.values()) {
            assertThat(summary.get("bySeverity").get(s.name().toLowerCase(Locale.ROOT)).intValue())
                    .isEqualTo(diff.countsBySeverity().get(s));
        }
        for (DifferenceType t : DifferenceType.values()) {
            assertThat(summary.get("byType").get(t.name().toLowerCase(Locale.ROOT)).intValue())
                    .isEqualTo(diff.countsByType().get(t));
        }
    }

    @Test
    void the_schema_rejects_what_the_format_forbids() throws Exception {
        ObjectNode valid = (ObjectNode) MAPPER.readTree(Render.json(diff(
                SampleDiffs.missingColumn("users", "email", ERROR),
                new Changed(ObjectKind.COLUMN, SampleDiffs.USERS.child("name"), "type", "text", "int", ERROR))));
        assertThat(schema.validate(valid)).isEmpty();

        assertThat(errors(valid, "/differences/0", d -> d.put("expected", "x")))
                .as("expected on a missing difference").isNotEmpty();
        assertThat(errors(valid, "/differences/1", d -> d.remove("actual")))
                .as("a changed difference without actual").isNotEmpty();
        assertThat(errors(valid, "/differences/1", d -> d.put("severity", "ERROR")))
                .as("upper-case severity").isNotEmpty();
        assertThat(errors(valid, "/differences/0", d -> d.put("kind", "foreign_key")))
                .as("a kind that is not kebab-case").isNotEmpty();
        assertThat(errors(valid, "/summary/byType", d -> d.remove("unexpected")))
                .as("a count left out").isNotEmpty();
        assertThat(errors(valid, "", d -> d.put("formatVersion", 2))).as("another version").isNotEmpty();
        assertThat(errors(valid, "/differences/0", d -> d.putArray("expectedElements").add("x")))
                .as("elements on a missing difference").isNotEmpty();
        assertThat(errors(valid, "/differences/1", d -> d.putArray("expectedElements").add("x")))
                .as("expected elements without actual elements").isNotEmpty();
        assertThat(errors(valid, "/differences/1", d -> d.put("expectedElements", "x")))
                .as("elements that are not a list").isNotEmpty();
        assertThat(errors(valid, "/differences/0", d -> d.put("addedInOnePointOne", true)))
                .as("an unknown field, which readers must ignore").isEmpty();
    }

    private static Set<ValidationMessage> errors(ObjectNode document, String pointer,
                                                 Consumer<ObjectNode> change) {
        ObjectNode copy = document.deepCopy();
        change.accept((ObjectNode) copy.at(pointer));
        return schema.validate(copy);
    }
}
