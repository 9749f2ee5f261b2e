package io.drift.core.diff;

import static io.drift.core.Fixtures.check;
import static io.drift.core.Fixtures.compositeType;
import static io.drift.core.Fixtures.diff;
import static io.drift.core.Fixtures.domain;
import static io.drift.core.Fixtures.enumType;
import static io.drift.core.Fixtures.extension;
import static io.drift.core.Fixtures.function;
import static io.drift.core.Fixtures.grant;
import static io.drift.core.Fixtures.index;
import static io.drift.core.Fixtures.materializedView;
import static io.drift.core.Fixtures.path;
import static io.drift.core.Fixtures.procedure;
import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.sequence;
import static io.drift.core.Fixtures.snapshot;
import static io.drift.core.Fixtures.vendor;
import static io.drift.core.Fixtures.view;
import static io.drift.core.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Attributes;
import io.drift.core.model.Routine;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.View;
import io.drift.core.model.Volatility;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Every top-level kind but tables: what each compares. */
class ObjectDiffTest {

    @Test
    void schema_compares_grants_and_comment() {
        var expected = with(schema("app"), "grants", List.of(grant("USAGE", "app_user")));
        var actual = with(schema("app"), "comment", "x");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "INFO: changed schema app comment: expected null, actual x",
                "WARNING: changed schema app grants: expected USAGE to app_user, actual null");
    }

    @Test
    void extension_compares_version_and_schema_and_is_not_schema_filtered() {
        var expected = extension("pgcrypto", "1.3");
        var actual = with(with(expected, "version", "1.4"), "schema", "crypto");
        DiffOptions onlyApp = DiffOptions.builder().includeSchemas("app")
                .disable(DiffOption.IGNORE_EXTENSION_VERSIONS).build();
        assertThat(diff(snapshot(expected), snapshot(actual), onlyApp)).containsExactly(
                "ERROR: changed extension pgcrypto schema: expected public, actual crypto",
                "WARNING: changed extension pgcrypto version: expected 1.3, actual 1.4");
    }

    @Test
    void extension_versions_are_ignored_by_default_because_each_major_ships_its_own_default_version() {
        var expected = extension("pg_trgm", "1.4");
        var actual = with(expected, "version", "1.6");
        assertThat(DiffOption.IGNORE_EXTENSION_VERSIONS.enabledByDefault()).isTrue();
        assertThat(diff(snapshot(expected), snapshot(actual))).isEmpty();
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().disable(DiffOption.IGNORE_EXTENSION_VERSIONS).build())).containsExactly(
                "WARNING: changed extension pg_trgm version: expected 1.4, actual 1.6");
    }

    @Test
    void ignoring_extension_versions_still_reports_a_missing_extension_and_another_schema() {
        var expected = extension("pg_trgm", "1.4");
        var moved = with(with(expected, "version", "1.6"), "schema", "ext");
        assertThat(diff(snapshot(expected), snapshot(moved))).containsExactly(
                "ERROR: changed extension pg_trgm schema: expected public, actual ext");
        assertThat(diff(snapshot(expected), snapshot())).hasSize(1);
    }

    @Test
    void view_column_differences_are_column_differences_under_the_view() {
        View expected = view("public.v", "SELECT a, b FROM t", "a", "integer", "b", "text");
        View actual = view("public.v", "SELECT a, b FROM t", "a", "bigint", "c", "text");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed column public.v.a type: expected integer, actual bigint",
                "ERROR: missing column public.v.b",
                "WARNING: unexpected column public.v.c");
    }

    @Test
    void view_column_nullability_means_nothing() {
        View expected = view("public.v", "SELECT 1 AS a", "a", "integer");
        View actual = with(expected, "columns", List.of(expected.columns().get(0).withNullable(false)));
        assertThat(diff(snapshot(expected), snapshot(actual))).isEmpty();
    }

    @Test
    void view_compares_grants_and_attributes() {
        View expected = with(view("public.v", "SELECT 1"), "grants", List.of(grant("SELECT", "app")));
        View actual = with(view("public.v", "SELECT 1"), "attributes",
                Attributes.of(java.util.Map.of("pg.security_barrier", "true")));
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "WARNING: changed view public.v attributes.pg.security_barrier: expected null, actual true",
                "WARNING: changed view public.v grants: expected SELECT to app, actual null");
    }

    @Test
    void view_that_became_materialized_is_missing_and_unexpected() {
        assertThat(diff(snapshot(view("public.v", "SELECT 1")), snapshot(materializedView("public.v", "SELECT 1"))))
                .containsExactly("ERROR: missing view public.v", "WARNING: unexpected materialized view public.v");
    }

    @Test
    void materialized_view_indexes_compare_like_table_indexes() {
        View expected = with(materializedView("public.mv", "SELECT 1 AS a", "a", "integer"), "indexes",
                List.of(index("mv_a", "a"), index("mv_b", "b")));
        View actual = with(expected, "indexes", List.of(with(index("mv_a", "a"), "method", "hash"),
                index("mv_c", "c")));
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed index public.mv/mv_a method: expected btree, actual hash",
                "ERROR: missing index public.mv/mv_b",
                "WARNING: unexpected index public.mv/mv_c");
    }

    @Test
    void missing_materialized_view_is_one_difference_not_one_per_column_or_index() {
        View mv = with(materializedView("public.mv", "SELECT 1 AS a", "a", "integer"), "indexes",
                List.of(index("mv_a", "a")));
        assertThat(diff(snapshot(mv), snapshot())).containsExactly("ERROR: missing materialized view public.mv");
    }

    @Test
    void sequence_options_are_each_their_own_property() {
        Sequence expected = sequence("public.s");
        Sequence actual = with(with(sequence("public.s"), "options",
                new SequenceOptions("integer", 5, 2, 0, 1000, 20, true)), "ownedBy", path("public.t.id"));
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "WARNING: changed sequence public.s cache: expected 1, actual 20",
                "ERROR: changed sequence public.s cycle: expected false, actual true",
                "ERROR: changed sequence public.s dataType: expected bigint, actual integer",
                "ERROR: changed sequence public.s increment: expected 1, actual 2",
                "ERROR: changed sequence public.s max: expected 9223372036854775807, actual 1000",
                "ERROR: changed sequence public.s min: expected 1, actual 0",
                "ERROR: changed sequence public.s ownedBy: expected null, actual public.t.id",
                "ERROR: changed sequence public.s start: expected 1, actual 5");
    }

    @Test
    void enum_labels_compare_in_order_as_a_comma_list() {
        assertThat(diff(snapshot(enumType("public.mood", "sad", "happy")),
                snapshot(enumType("public.mood", "happy", "sad")))).containsExactly(
                "ERROR: changed enum public.mood labels: expected sad, happy, actual happy, sad");
    }

    @Test
    void domain_compares_its_own_properties() {
        var expected = domain("public.email", "text");
        var actual = with(with(with(domain("public.email", "text"), "baseType", "citext"), "defaultExpression",
                "''"), "collation", "C");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed domain public.email baseType: expected text, actual citext",
                "ERROR: changed domain public.email collation: expected null, actual C",
                "ERROR: changed domain public.email default: expected null, actual ''");
    }

    @Test
    void domain_check_constraints_are_check_constraint_differences_under_the_domain() {
        var expected = domain("public.email", "text", check("has_at", "VALUE ~ '@'"), check("short", "length(VALUE) < 9"));
        var actual = domain("public.email", "text", check("has_at", "VALUE ~ '.@'"), check("lower", "VALUE = lower(VALUE)"));
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed check constraint public.email/has_at expression: expected VALUE ~ '@', actual VALUE ~ '.@'",
                "ERROR: unexpected check constraint public.email/lower",
                "ERROR: missing check constraint public.email/short");
    }

    @Test
    void composite_type_fields_are_column_differences_under_the_type() {
        var expected = compositeType("public.address", "street", "text", "zip", "text");
        var actual = compositeType("public.address", "street", "character varying", "city", "text");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "WARNING: unexpected column public.address.city",
                "ERROR: changed column public.address.street type: expected text, actual character varying",
                "ERROR: missing column public.address.zip");
    }

    @Test
    void function_overloads_are_different_functions() {
        Routine one = function("public.add(integer)", "integer", "SELECT $1");
        Routine two = function("public.add(integer, integer)", "integer", "SELECT $1 + $2");
        assertThat(diff(snapshot(one, two), snapshot(two))).containsExactly("ERROR: missing function public.add(integer)");
    }

    @Test
    void function_with_dotted_argument_types_keeps_its_path() {
        Routine f = function("public.f(public.mood)", "integer", "SELECT 1");
        assertThat(diff(snapshot(f), snapshot())).containsExactly("ERROR: missing function public.f(public.mood)");
    }

    @Test
    void function_definition_is_not_reported_when_what_it_repeats_already_is() {
        Routine expected = function("public.f()", "integer", "CREATE FUNCTION public.f() ... VOLATILE");
        Routine actual = with(with(expected, "volatility", Volatility.STABLE), "definition",
                "CREATE FUNCTION public.f() ... STABLE");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed function public.f() volatility: expected VOLATILE, actual STABLE");
    }

    @Test
    void function_body_is_reported_beside_a_changed_argument_default() {
        // A body alone (PostgreSQL's prosrc) repeats none of the other properties: a rewrite must not hide behind them.
        Routine expected = with(function("public.f(integer)", "integer", "SELECT $1"), "arguments",
                "n integer DEFAULT 1");
        Routine actual = with(with(expected, "arguments", "n integer DEFAULT 2"), "definition", "SELECT $1 * 2");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactlyInAnyOrder(
                "ERROR: changed function public.f(integer) arguments: expected n integer DEFAULT 1,"
                        + " actual n integer DEFAULT 2",
                "ERROR: changed function public.f(integer) definition: expected SELECT $1, actual SELECT $1 * 2");
    }

    @Test
    void function_body_change_is_a_definition_difference() {
        Routine expected = function("public.f()", "integer", "SELECT 1");
        Routine actual = with(expected, "definition", "SELECT 2");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed function public.f() definition: expected SELECT 1, actual SELECT 2");
    }

    @Test
    void function_compares_return_type_security_and_grants() {
        Routine expected = with(function("public.f()", "integer", "SELECT 1"), "grants",
                List.of(grant("EXECUTE", "PUBLIC")));
        Routine actual = with(with(function("public.f()", "bigint", "SELECT 1"), "securityDefiner", true), "grants",
                List.of(new io.drift.core.model.Grant("app", "EXECUTE", true)));
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "WARNING: changed function public.f() grants: expected EXECUTE to PUBLIC, actual null",
                "WARNING: changed function public.f() grants: expected null, actual EXECUTE to app with grant option",
                "ERROR: changed function public.f() returnType: expected integer, actual bigint",
                "ERROR: changed function public.f() securityDefiner: expected false, actual true");
    }

    @Test
    void procedure_compares_like_a_function() {
        Routine expected = procedure("public.archive(integer)", "BEGIN END");
        Routine actual = with(expected, "arguments", "days integer");
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "ERROR: changed procedure public.archive(integer) arguments: expected integer, actual days integer");
    }

    @Test
    void vendor_objects_compare_key_by_key_and_are_not_schema_filtered() {
        var expected = vendor("pg.publication", "app_pub", "pg.all_tables", "false", "pg.publish", "insert");
        var actual = vendor("pg.publication", "app_pub", "pg.all_tables", "true");
        DiffOptions onlyApp = DiffOptions.builder().includeSchemas("app")
                .disable(DiffOption.IGNORE_EXTENSION_VERSIONS).build();
        assertThat(diff(snapshot(expected), snapshot(actual), onlyApp)).containsExactly(
                "WARNING: changed vendor \"pg.publication\"/app_pub attributes.pg.all_tables: expected false, actual true",
                "WARNING: changed vendor \"pg.publication\"/app_pub attributes.pg.publish: expected insert, actual null");
        assertThat(diff(snapshot(expected), snapshot())).containsExactly("WARNING: missing vendor \"pg.publication\"/app_pub");
    }
}
