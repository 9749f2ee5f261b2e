package io.drift.core.snapshot;

import io.drift.core.DriftException;
import io.drift.core.diff.Unexpected;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * Every way a file can be refused. Each case checks the message names the source, the line and column, the JSON path
 * and the problem, and that the read threw (so nothing, not even part of the snapshot, was returned).
 */
class SnapshotFilesErrorTest {

    private static final String SOURCE = "schema.json";

    private static SnapshotFormatException refused(String json) {
        SnapshotFormatException e = catchThrowableOfType(SnapshotFormatException.class,
                () -> SnapshotFiles.fromJson(json, SOURCE));
        assertThat(e).as("reading should have been refused:%n%s", json).isNotNull();
        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_SNAPSHOT);
        assertThat(e.sourceName()).isEqualTo(SOURCE);
        assertThat(e.getMessage()).startsWith("Cannot read snapshot " + SOURCE + " (line " + e.line() + ", column "
                + e.column());
        assertThat(e.getMessage()).contains(e.problem());
        return e;
    }

    /** A valid file with one table of two columns, to break in one place at a time. */
    private static String table(String secondColumn) {
        return """
                {
                  "formatVersion": 1,
                  "tables": [
                    {
                      "path": "public.users",
                      "tableKind": "regular",
                      "unlogged": false,
                      "rowSecurity": false,
                      "forceRowSecurity": false,
                      "columns": [
                        {
                          "name": "id",
                          "position": 1,
                          "type": "bigint",
                          "nullable": false
                        },
                        %s
                      ]
                    }
                  ]
                }
                """.formatted(secondColumn);
    }

    @Test
    void the_unbroken_fixture_reads() {
        assertThat(SnapshotFiles.fromJson(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true}"""), SOURCE).tables()).hasSize(1);
    }

    @Test
    void malformed_json_is_refused_with_its_position_and_path() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true,}"""));

        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(75);
        assertThat(e.path()).isEqualTo("tables[0].columns[1].nullable");
        assertThat(e.problem()).startsWith("malformed JSON: Unexpected character ('}'");
        assertThat(e.getMessage()).contains("Correct the JSON syntax").doesNotContain("Source:");
    }

    @Test
    void a_truncated_file_is_refused_as_malformed() {
        SnapshotFormatException e = refused("{\n  \"formatVersion\": 1,\n  \"tables\": [\n");

        assertThat(e.problem()).startsWith("malformed JSON: Unexpected end-of-input")
                .doesNotContain("REDACTED").doesNotContain("Source:");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void a_file_of_a_newer_format_is_refused_with_upgrade_advice_before_its_content_is_looked_at() {
        SnapshotFormatException e = refused("""
                {
                  "formatVersion": 2,
                  "somethingNew": {"that": ["format 1", "does not know"]}
                }
                """);

        assertThat(e.problem()).isEqualTo("written by a newer Drift (format 2, this Drift reads up to 1)");
        assertThat(e.fix()).startsWith("Upgrade Drift");
        assertThat(e.path()).isEqualTo("formatVersion");
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(20);
        assertThat(e.getMessage()).isEqualTo("Cannot read snapshot schema.json (line 2, column 20, at formatVersion): "
                + "written by a newer Drift (format 2, this Drift reads up to 1). Upgrade Drift, or capture the "
                + "snapshot again with this version.");
    }

    @Test
    void the_format_version_is_found_wherever_it_is_among_the_top_level_fields() {
        SnapshotFormatException e = refused("{\"tables\": [{\"x\": 1}], \"formatVersion\": 12345678901234567890}");

        assertThat(e.problem()).isEqualTo("written by a newer Drift (format 12345678901234567890, this Drift reads "
                + "up to 1)");
    }

    @Test
    void a_package_json_is_refused_as_not_a_snapshot() {
        SnapshotFormatException e = refused("""
                {
                  "name": "my-app",
                  "version": "1.0.0",
                  "dependencies": {"left-pad": "^1.3.0"}
                }
                """);

        assertThat(e.problem()).isEqualTo("not a Drift snapshot: the top-level object has no \"formatVersion\"");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isEqualTo(1);
        assertThat(e.fix()).contains("snapshot file written by Drift");
    }

    @Test
    void an_array_is_refused_as_not_a_snapshot() {
        SnapshotFormatException e = refused("  [{\"formatVersion\": 1}]");

        assertThat(e.problem()).isEqualTo("not a Drift snapshot: it holds an array, not a JSON object");
        assertThat(e.column()).isEqualTo(3);
    }

    @Test
    void an_empty_or_blank_file_is_refused_as_not_a_snapshot() {
        assertThat(refused("").problem()).isEqualTo("not a Drift snapshot: it is empty");
        assertThat(refused(" \n\n ").problem()).isEqualTo("not a Drift snapshot: it is empty");
        assertThat(refused("\"formatVersion\"").problem())
                .isEqualTo("not a Drift snapshot: it holds a string (\"formatVersion\"), not a JSON object");
    }

    @Test
    void a_format_version_that_is_not_a_whole_number_is_refused() {
        assertThat(refused("{\"formatVersion\": \"1\"}").problem())
                .isEqualTo("expected a whole number, found a string (\"1\")");
        assertThat(refused("{\"formatVersion\": 1.0}").problem())
                .isEqualTo("expected a whole number, found a number (1.0)");
        assertThat(refused("{\"formatVersion\": 0}").problem())
                .isEqualTo("there is no format version 0 (the first is 1)");
    }

    @Test
    void a_second_format_version_is_refused() {
        SnapshotFormatException e = refused("{\"formatVersion\": 1, \"formatVersion\": 2}");

        assertThat(e.problem()).isEqualTo("the field appears twice");
        assertThat(e.column()).isEqualTo(39);
    }

    @Test
    void more_json_after_the_snapshot_is_refused() {
        SnapshotFormatException e = refused("{\"formatVersion\": 1}\n{\"formatVersion\": 1}\n");

        assertThat(e.problem()).isEqualTo("more JSON after the end of the snapshot object: an object");
        assertThat(e.line()).isEqualTo(2);
    }

    @Test
    void an_unknown_field_is_refused_naming_its_path_and_the_known_fields() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": "text", "nulable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1].nulable");
        assertThat(e.problem()).isEqualTo("unknown field in a column");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(58);
        assertThat(e.fix()).isEqualTo("Remove it or correct its name; the fields are: name, position, type, nullable, "
                + "defaultExpression, identity, generatedExpression, collation, comment, attributes");
        assertThat(e.getMessage()).startsWith("Cannot read snapshot schema.json (line 17, column 58, at "
                + "tables[0].columns[1].nulable): unknown field in a column. Remove it or correct its name;");
    }

    @Test
    void an_unknown_top_level_field_is_refused() {
        SnapshotFormatException e = refused("{\"formatVersion\": 1, \"tabels\": []}");

        assertThat(e.path()).isEqualTo("tabels");
        assertThat(e.problem()).isEqualTo("unknown field in a snapshot");
    }

    @Test
    void a_value_of_the_wrong_type_is_refused_naming_its_path() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": 42, "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1].type");
        assertThat(e.problem()).isEqualTo("expected a string, found a number (42)");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(50);
    }

    @Test
    void wrong_types_of_every_sort_are_refused() {
        assertThat(refused(table("""
                {"name": "email", "position": "2", "type": "text", "nullable": true}""")).problem())
                .isEqualTo("expected a whole number, found a string (\"2\")");
        assertThat(refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": "yes"}""")).problem())
                .isEqualTo("expected true or false, found a string (\"yes\")");
        assertThat(refused(table("""
                {"name": "email", "position": 99999999999, "type": "text", "nullable": true}""")).problem())
                .isEqualTo("number out of range: 99999999999 (the largest allowed is 2147483647)");
        assertThat(refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true, "attributes": {"a": 1}}""")))
                .satisfies(e -> {
                    assertThat(e.path()).isEqualTo("tables[0].columns[1].attributes.a");
                    assertThat(e.problem()).isEqualTo("expected a string, found a number (1)");
                });
        assertThat(refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true,
                 "attributes": {"pg.storage": ["x"]}}""")).path())
                .isEqualTo("tables[0].columns[1].attributes[\"pg.storage\"]");
        assertThat(refused(table("\"email\"")).problem()).isEqualTo("expected a column object, found a string "
                + "(\"email\")");
        assertThat(refused("{\"formatVersion\": 1, \"tables\": {}}").problem())
                .isEqualTo("expected an array, found an object");
    }

    @Test
    void an_unknown_enum_value_is_refused_with_the_accepted_values() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true}""")
                .replace("\"regular\"", "\"view\""));

        assertThat(e.path()).isEqualTo("tables[0].tableKind");
        assertThat(e.problem()).isEqualTo("unknown value \"view\"");
        assertThat(e.fix()).isEqualTo("Use one of: regular, partitioned, foreign");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(20);
    }

    @Test
    void enum_values_are_read_exactly_as_written() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true}""")
                .replace("\"regular\"", "\"REGULAR\""));

        assertThat(e.problem()).isEqualTo("unknown value \"REGULAR\"");
    }

    @Test
    void a_missing_required_field_is_refused_at_its_object_naming_the_field() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1].type");
        assertThat(e.problem()).isEqualTo("required field of a column is missing");
        assertThat(e.line()).isEqualTo(17);
        assertThat(e.column()).isEqualTo(9);
    }

    @Test
    void null_is_read_as_absent_for_an_optional_field_but_refused_for_a_required_one() {
        assertThat(SnapshotFiles.fromJson(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true, "comment": null}"""), SOURCE)
                .table(io.drift.core.model.ObjectPath.of("public", "users")).columns().get(1).comment()).isNull();

        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": null, "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1].type");
        assertThat(e.problem()).isEqualTo("must not be null in a column");
    }

    @Test
    void null_for_a_list_or_attributes_is_refused_like_null_for_a_required_field_issue9() {
        SnapshotFormatException columns = refused("""
                {"formatVersion": 1, "tables": [{"path": "public.users", "tableKind": "regular",
                 "unlogged": false, "rowSecurity": false, "forceRowSecurity": false, "columns": null}]}""");
        SnapshotFormatException attributes = refused(table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true, "attributes": null}"""));
        SnapshotFormatException topLevel = refused("{\"formatVersion\": 1, \"tables\": null}");

        assertThat(columns.path()).isEqualTo("tables[0].columns");
        assertThat(columns.problem()).isEqualTo("must not be null in a table (an array)");
        assertThat(columns.fix()).isEqualTo("Leave the field out when there are none");
        assertThat(columns.line()).isEqualTo(2);
        assertThat(attributes.path()).isEqualTo("tables[0].columns[1].attributes");
        assertThat(attributes.problem()).isEqualTo("must not be null in a column (an object)");
        assertThat(topLevel.path()).isEqualTo("tables");
    }

    @Test
    void a_document_beyond_the_parsers_limits_is_refused_in_drifts_words_with_its_position_issue9() {
        SnapshotFormatException deep = refused("{\"formatVersion\": 1, \"tables\": " + "[".repeat(1200)
                + "]".repeat(1200) + "}");
        SnapshotFormatException longNumber = refused("{\"formatVersion\": 1,\n \"tables\": [{\"x\": "
                + "9".repeat(1001) + "}]}");
        SnapshotFormatException longName = refused("{\"formatVersion\": 1, \"" + "n".repeat(50_001) + "\": 1}");

        assertThat(deep.problem()).isEqualTo("not a Drift snapshot: nested 1001 levels deep, deeper than the 1000 Drift"
                + " reads (a snapshot nests a handful)");
        assertThat(deep.line()).isEqualTo(1);
        assertThat(deep.column()).isGreaterThan(1000);
        assertThat(deep.getMessage()).doesNotContain("StreamReadConstraints", "`");
        assertThat(longNumber.problem()).isEqualTo("not a Drift snapshot: a number of 1001 digits, longer than the"
                + " 1000 Drift reads");
        assertThat(longNumber.line()).isEqualTo(2);
        assertThat(longName.problem()).isEqualTo("not a Drift snapshot: a field name of 50001 characters, longer than"
                + " the 50000 Drift reads");
        assertThat(longName.fix()).isEqualTo("Check that it names a snapshot file written by Drift, or capture the"
                + " snapshot again");
    }

    @Test
    void a_field_given_twice_is_refused() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 2, "type": "text", "type": "int", "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1].type");
        assertThat(e.problem()).isEqualTo("the field appears twice in a column");
    }

    @Test
    void two_objects_at_one_path_are_refused_naming_both() {
        String json = """
                {
                  "formatVersion": 1,
                  "schemas": [
                    {"path": "public"},
                    {"path": "app"},
                    {"path": "public", "owner": "someone"}
                  ]
                }
                """;

        SnapshotFormatException e = refused(json);

        assertThat(e.path()).isEqualTo("schemas[2]");
        assertThat(e.problem()).isEqualTo("duplicate schema path public (the same as schemas[0])");
        assertThat(e.line()).isEqualTo(6);
        assertThat(e.column()).isEqualTo(5);
    }

    @Test
    void two_members_with_one_name_are_refused() {
        SnapshotFormatException e = refused(table("""
                {"name": "id", "position": 2, "type": "text", "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1]");
        assertThat(e.problem()).isEqualTo("duplicate column name \"id\" (the same as tables[0].columns[0])");

        SnapshotFormatException position = refused(table("""
                {"name": "email", "position": 1, "type": "text", "nullable": true}"""));
        assertThat(position.problem()).isEqualTo("duplicate column position 1 (the same as tables[0].columns[0])");
    }

    @Test
    void a_constraint_of_an_unknown_or_missing_type_is_refused() {
        String unknown = table("""
                {"name": "email", "position": 2, "type": "text", "nullable": true}""")
                .replace("\"columns\": [", "\"constraints\": [{\"name\": \"pk\", \"type\": \"pk\"}],\n"
                        + "\"columns\": [");
        SnapshotFormatException e = refused(unknown);
        assertThat(e.path()).isEqualTo("tables[0].constraints[0].type");
        assertThat(e.problem()).isEqualTo("unknown constraint type \"pk\"");
        assertThat(e.fix()).isEqualTo("Use one of: primary-key, unique-constraint, foreign-key, check-constraint, "
                + "exclusion-constraint");

        SnapshotFormatException missing = refused(unknown.replace(", \"type\": \"pk\"", ""));
        assertThat(missing.path()).isEqualTo("tables[0].constraints[0].type");
        assertThat(missing.problem()).startsWith("required field of a constraint is missing");
    }

    @Test
    void a_field_of_another_constraint_type_is_refused() {
        SnapshotFormatException e = refused("""
                {"formatVersion": 1, "tables": [{"path": "t", "tableKind": "regular", "unlogged": false,
                  "rowSecurity": false, "forceRowSecurity": false, "constraints": [
                    {"name": "pk", "type": "primary-key", "columns": ["id"], "deferrable": false,
                     "initiallyDeferred": false, "referencedTable": "public.other"}]}]}
                """);

        assertThat(e.path()).isEqualTo("tables[0].constraints[0].referencedTable");
        assertThat(e.problem()).isEqualTo("not a field of a primary key");
        assertThat(e.line()).isEqualTo(4);
    }

    @Test
    void a_domain_with_a_constraint_other_than_check_is_refused() {
        SnapshotFormatException e = refused("""
                {"formatVersion": 1, "domains": [{"path": "public.d", "baseType": "text", "notNull": false,
                  "constraints": [{"name": "u", "type": "unique-constraint", "columns": ["x"],
                    "nullsNotDistinct": false, "deferrable": false, "initiallyDeferred": false}]}]}
                """);

        assertThat(e.path()).isEqualTo("domains[0].constraints[0]");
        assertThat(e.problem()).isEqualTo("a domain has only check constraints (type check-constraint), not "
                + "unique-constraint");
    }

    @Test
    void an_object_in_the_array_of_another_kind_is_refused() {
        SnapshotFormatException e = refused("""
                {"formatVersion": 1, "views": [
                  {"path": "public.v", "materialized": true, "definition": "SELECT 1"}]}
                """);

        assertThat(e.path()).isEqualTo("views[0]");
        assertThat(e.problem()).isEqualTo("this is a materialized view, which belongs in materializedViews, not in "
                + "views");
    }

    @Test
    void a_value_the_model_refuses_is_refused_with_the_models_reason() {
        SnapshotFormatException e = refused(table("""
                {"name": "email", "position": 0, "type": "text", "nullable": true}"""));

        assertThat(e.path()).isEqualTo("tables[0].columns[1]");
        assertThat(e.problem()).isEqualTo("not a valid column: Column email: position must be 1 or more, not 0."
                + " Positions count from 1, in the order the table shows them.");
    }

    @Test
    void a_path_that_does_not_parse_is_refused() {
        SnapshotFormatException e = refused("{\"formatVersion\": 1, \"schemas\": [{\"path\": \"a..b\"}]}");

        assertThat(e.path()).isEqualTo("schemas[0].path");
        assertThat(e.problem()).startsWith("not an object path: \"a..b\"");
    }

    @Test
    void a_problem_in_the_last_object_still_refuses_the_whole_file() {
        String json = SnapshotFiles.toJson(AllKinds.snapshot());
        String broken = json.replace("\"vendorKind\": \"pg.publication\"", "\"vendorKind\": false");

        SnapshotFormatException e = refused(broken);

        assertThat(e.path()).isEqualTo("vendorObjects[1].vendorKind");
        assertThat(e.line()).isGreaterThan(700);
    }

    @Test
    void bytes_that_are_not_utf8_are_refused_where_they_are() {
        byte[] bytes = "{\n  \"formatVersion\": 1,\n  \"schemas\": [{\"path\": \"caf\u00e9\"}]\n}\n"
                .getBytes(StandardCharsets.ISO_8859_1);

        SnapshotFormatException e = catchThrowableOfType(SnapshotFormatException.class,
                () -> SnapshotFiles.read(new ByteArrayInputStream(bytes), "latin1.json"));

        assertThat(e.line()).isEqualTo(3);
        assertThat(e.column()).isEqualTo(28);
        assertThat(e.problem()).isEqualTo("not UTF-8 text (byte 0xE9 at offset 51)");
        assertThat(e.getMessage()).contains("latin1.json").contains("Save the file as UTF-8");
    }

    @Test
    void a_utf8_byte_order_mark_is_accepted() {
        byte[] json = ("\uFEFF" + SnapshotFiles.toJson(AllKinds.snapshot())).getBytes(StandardCharsets.UTF_8);

        assertThat(SnapshotFiles.read(new ByteArrayInputStream(json), "bom.json")).isEqualTo(AllKinds.snapshot());
    }
}
