package io.drift.core.diff;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static io.drift.core.Fixtures.diff;
import static io.drift.core.Fixtures.domain;
import static io.drift.core.Fixtures.enumType;
import static io.drift.core.Fixtures.function;
import static io.drift.core.Fixtures.identity;
import static io.drift.core.Fixtures.index;
import static io.drift.core.Fixtures.materializedView;
import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.sequence;
import static io.drift.core.Fixtures.snapshot;
import static io.drift.core.Fixtures.table;
import static io.drift.core.Fixtures.vendor;
import static io.drift.core.Fixtures.view;
import static io.drift.core.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.View;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What {@link DiffOptions} change about a diff. */
class DiffOptionsTest {

    /** Two schemas with a table each whose {@code name} column changed type, and a missing table in each. */
    private static Snapshot expected() {
        return snapshot(schema("public"), schema("billing"),
                table("public.users").column("id", "bigint").column("name", "text").index("users_name", "name")
                        .build(),
                table("public.gone").column("id", "bigint").build(),
                table("billing.invoices").column("id", "bigint").column("name", "text").build(),
                table("billing.gone").column("id", "bigint").build());
    }

    private static Snapshot actual() {
        return snapshot(schema("public"),
                table("public.users").column("id", "bigint").column("name", "varchar").index("users_name", "lower(name)")
                        .build(),
                table("billing.invoices").column("id", "bigint").column("name", "varchar").build());
    }

    private static List<String> diffWith(DiffOptions.Builder options) {
        return diff(expected(), actual(), options.build());
    }

    @Test
    void by_default_everything_is_compared() {
        assertThat(diff(expected(), actual())).containsExactly(
                "ERROR: missing schema billing",
                "ERROR: changed column billing.invoices.name type: expected text, actual varchar",
                "ERROR: missing table public.gone",
                "ERROR: changed column public.users.name type: expected text, actual varchar",
                "ERROR: changed index public.users/users_name keys: expected name, actual lower(name)");
    }

    @Test
    void include_schemas_compares_only_their_objects_and_themselves() {
        assertThat(diffWith(DiffOptions.builder().includeSchemas("bill*"))).containsExactly(
                "ERROR: missing schema billing",
                "ERROR: changed column billing.invoices.name type: expected text, actual varchar");
    }

    @Test
    void exclude_schemas_skips_their_objects_and_themselves() {
        assertThat(diffWith(DiffOptions.builder().excludeSchemas("billing"))).containsExactly(
                "ERROR: missing table public.gone",
                "ERROR: changed column public.users.name type: expected text, actual varchar",
                "ERROR: changed index public.users/users_name keys: expected name, actual lower(name)");
    }

    @Test
    void include_objects_brings_the_children_of_a_matching_object() {
        assertThat(diffWith(DiffOptions.builder().includeObjects("public.users"))).containsExactly(
                "ERROR: changed column public.users.name type: expected text, actual varchar",
                "ERROR: changed index public.users/users_name keys: expected name, actual lower(name)");
    }

    @Test
    void include_objects_can_name_one_child_alone() {
        assertThat(diffWith(DiffOptions.builder().includeObjects("*.*.name"))).containsExactly(
                "ERROR: changed column billing.invoices.name type: expected text, actual varchar",
                "ERROR: changed column public.users.name type: expected text, actual varchar");
    }

    @Test
    void include_glob_for_children_does_not_compare_objects_without_children() {
        Snapshot expected = expected().toBuilder().add(sequence("public.s")).add(enumType("public.e", "a")).build();
        Snapshot actual = actual().toBuilder().add(with(sequence("public.s"), "comment", "x"))
                .add(enumType("public.e", "b")).build();
        assertThat(diff(expected, actual, DiffOptions.builder().includeObjects("**.name").build())).containsExactly(
                "ERROR: changed column billing.invoices.name type: expected text, actual varchar",
                "ERROR: changed column public.users.name type: expected text, actual varchar");
    }

    @Test
    void included_child_of_a_missing_table_is_reported_missing_itself() {
        assertThat(diffWith(DiffOptions.builder().includeObjects("public.gone.id")))
                .containsExactly("ERROR: missing column public.gone.id");
    }

    @Test
    void excluded_object_is_not_compared_nor_are_its_children() {
        assertThat(diffWith(DiffOptions.builder().excludeObjects("public.users", "billing.**"))).containsExactly(
                "ERROR: missing schema billing",
                "ERROR: missing table public.gone");
    }

    @Test
    void exclude_globs_reach_members() {
        assertThat(diffWith(DiffOptions.builder().excludeSchemas("billing").excludeObjects("**/users_*", "*.gone")))
                .containsExactly("ERROR: changed column public.users.name type: expected text, actual varchar");
    }

    @Test
    void star_does_not_cross_dots_but_question_mark_matches_one_character() {
        assertThat(diffWith(DiffOptions.builder().excludeSchemas("billing").excludeObjects("public.*.name")))
                .containsExactly(
                        "ERROR: missing table public.gone",
                        "ERROR: changed index public.users/users_name keys: expected name, actual lower(name)");
        assertThat(diffWith(DiffOptions.builder().excludeSchemas("billing").excludeObjects("public.user?")))
                .containsExactly("ERROR: missing table public.gone");
    }

    @Test
    void star_covers_a_routine_signature_with_dotted_argument_types() {
        Snapshot expected = snapshot(function("public.f(public.mood)", "integer", "SELECT 1"));
        assertThat(diff(expected, Snapshot.empty(), DiffOptions.builder().excludeObjects("public.*").build()))
                .isEmpty();
        assertThat(diff(expected, Snapshot.empty(), DiffOptions.builder().excludeObjects("public.f(*)").build()))
                .containsExactly("ERROR: missing function public.f(public.mood)");
    }

    @Test
    void migration_history_tables_are_ignored_by_default() {
        Snapshot expected = snapshot(table("public.flyway_schema_history").column("id", "bigint").build(),
                table("app.databasechangelog").column("id", "bigint").build(),
                table("app.databasechangeloglock").column("id", "bigint").build());
        assertThat(diff(expected, Snapshot.empty())).isEmpty();
    }

    @Test
    void ignored_tables_can_be_replaced() {
        Snapshot expected = snapshot(table("public.flyway_schema_history").column("id", "bigint").build(),
                table("public.audit_2024").column("id", "bigint").build());
        DiffOptions options = DiffOptions.builder().ignoredTables(List.of("public.audit_*")).build();
        assertThat(diff(expected, Snapshot.empty(), options))
                .containsExactly("ERROR: missing table public.flyway_schema_history");
    }

    @Test
    void ignored_kinds_are_not_compared_anywhere() {
        View mv = with(materializedView("public.mv", "SELECT 1 AS a", "a", "integer"), "indexes",
                List.of(index("mv_a", "a")));
        Snapshot expected = expected().toBuilder().add(mv).build();
        Snapshot actual = actual().toBuilder().add(with(mv, "indexes", List.of())).build();
        assertThat(diff(expected, actual, DiffOptions.builder().ignoreKinds(ObjectKind.INDEX, ObjectKind.SCHEMA)
                .build())).containsExactly(
                "ERROR: missing table billing.gone",
                "ERROR: changed column billing.invoices.name type: expected text, actual varchar",
                "ERROR: missing table public.gone",
                "ERROR: changed column public.users.name type: expected text, actual varchar");
    }

    @Test
    void ignoring_tables_ignores_their_columns_and_ignoring_columns_reaches_views() {
        assertThat(diffWith(DiffOptions.builder().ignore("table"))).containsExactly("ERROR: missing schema billing");
        View v = view("public.v", "SELECT 1 AS a", "a", "integer");
        assertThat(diff(snapshot(v), snapshot(view("public.v", "SELECT 1 AS a", "a", "bigint")),
                DiffOptions.defaults().ignoring("column"))).isEmpty();
    }

    @Test
    void plain_property_is_ignored_on_every_kind() {
        Snapshot expected = snapshot(table("public.t").column("a", "text").build(), domain("public.d", "text"));
        Snapshot actual = snapshot(table("public.t").column("a", "text", c -> c.withDefault("'x'")).build(),
                with(domain("public.d", "text"), "defaultExpression", "'y'"));
        assertThat(diff(expected, actual)).hasSize(2);
        assertThat(diff(expected, actual, DiffOptions.builder().ignoreProperties("default").build())).isEmpty();
    }

    @Test
    void kind_prefixed_property_is_ignored_on_that_kind_only() {
        Table expected = table("public.t").column("a", "text", c -> c.withComment("x")).comment("y").build();
        Table actual = table("public.t").column("a", "text").build();
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().ignoreProperties("column.comment").build()))
                .containsExactly("INFO: changed table public.t comment: expected y, actual null");
    }

    @Test
    void ignoring_a_name_ignores_the_names_it_starts() {
        Table expected = table("public.t").attribute("pg.fillfactor", "70").attribute("pg.tablespace", "a")
                .column("id", "integer", c -> c.withIdentity(identity(IdentityGeneration.ALWAYS, "integer")))
                .build();
        Table actual = table("public.t").attribute("pg.fillfactor", "80").attribute("pg.tablespace", "b")
                .column("id", "integer", c -> c.withIdentity(identity(IdentityGeneration.BY_DEFAULT, "integer")))
                .build();
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().ignoreProperties("attributes", "identity").build())).isEmpty();
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().ignoreProperties("table.attributes.pg.fillfactor", "identity.generation")
                        .build()))
                .containsExactly("WARNING: changed table public.t attributes.pg.tablespace: expected a, actual b");
    }

    @Test
    void ignored_property_of_an_index_does_not_resurface_through_its_definition() {
        Table expected = table("public.t").column("a", "text").index("t_a", "a").build();
        Table actual = table("public.t").column("a", "text")
                .index(with(with(index("t_a", "a"), "method", "hash"), "definition", "CREATE INDEX … USING hash"))
                .build();
        assertThat(diff(snapshot(expected), snapshot(actual), DiffOptions.defaults().ignoring("index.method")))
                .isEmpty();
    }

    @Test
    void grants_are_compared_by_default_and_ignored_when_switched_on() {
        Table expected = table("public.t").column("a", "text").grant("SELECT", "app").build();
        Table actual = table("public.t").column("a", "text").build();
        assertThat(diff(snapshot(expected), snapshot(actual))).hasSize(1);
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().enable(DiffOption.IGNORE_GRANTS).build())).isEmpty();
    }

    @Test
    void grants_held_as_attributes_are_ignored_with_grants() {
        Table expected = table("public.t").column("a", "text").attribute("pg.grant.app", "USAGE").build();
        Table actual = table("public.t").column("a", "text").attribute("pg.grant.app", "USAGE, CREATE").build();
        assertThat(diff(snapshot(expected), snapshot(actual))).containsExactly(
                "WARNING: changed table public.t attributes.pg.grant.app: expected USAGE, actual USAGE, CREATE");
        assertThat(diff(snapshot(expected), snapshot(actual),
                DiffOptions.builder().enable(DiffOption.IGNORE_GRANTS).build())).isEmpty();
        assertThat(diff(snapshot(expected), snapshot(actual), DiffOptions.defaults().ignoring("grants"))).isEmpty();
    }

    @Test
    void a_vendor_object_of_nothing_but_privileges_is_ignored_with_grants() {
        Snapshot expected = snapshot(
                vendor("pg.default-privileges", "owner.app/tables", "pg.grant.reader", "SELECT"),
                vendor("pg.default-privileges", "owner/functions", "pg.revoked.PUBLIC", "EXECUTE"),
                vendor("pg.foreign-server", "remote", "pg.grant.reader", "USAGE", "pg.type", "pg"));
        Snapshot actual = snapshot(
                vendor("pg.default-privileges", "owner.app/tables", "pg.grant.reader", "SELECT, INSERT"));
        assertThat(diff(expected, actual)).hasSize(3);
        assertThat(diff(expected, actual, DiffOptions.builder().enable(DiffOption.IGNORE_GRANTS).build()))
                .containsExactly("WARNING: missing vendor \"pg.foreign-server\"/remote");
    }

    @Test
    void a_vendor_kind_is_ignored_by_its_name() {
        Snapshot expected = snapshot(
                vendor("pg.default-privileges", "owner.app/tables", "pg.grant.reader", "SELECT"),
                vendor("pg.range", "floats", "pg.subtype", "double precision"));
        Snapshot actual = snapshot(vendor("pg.range", "floats", "pg.subtype", "real"));
        DiffOptions options = DiffOptions.defaults().ignoring("pg.default-privileges");
        assertThat(options.ignoredVendorKinds()).containsExactly("pg.default-privileges");
        assertThat(options.ignoredProperties()).isEmpty();
        assertThat(diff(expected, actual, options)).containsExactly(
                "WARNING: changed vendor \"pg.range\"/floats attributes.pg.subtype: expected double precision,"
                        + " actual real");
        assertThat(diff(expected, actual, DiffOptions.builder().ignoreVendorKinds("pg.range",
                "pg.default-privileges").build())).isEmpty();
        assertThat(DiffOptions.defaults().ignoring("pg.text-search-configuration", "pg.operator-family")
                .ignoredVendorKinds()).containsExactlyInAnyOrder("pg.text-search-configuration",
                "pg.operator-family");
    }

    @Test
    void a_misspelt_kind_prefix_is_still_an_unknown_property_not_a_vendor_kind() {
        assertInvalidArgument(() -> DiffOptions.defaults().ignoring("colum.comment"))
                .hasMessageContaining("did you mean 'column.comment'");
        assertInvalidArgument(() -> DiffOptions.defaults().ignoring("atributes.pg"));
        assertInvalidArgument(() -> DiffOptions.defaults().ignoring("Pg.Range"));
    }

    @Test
    void unknown_property_is_rejected_with_the_closest_name() {
        assertInvalidArgument(() -> DiffOptions.builder().ignoreProperties("commnet").build())
                .hasMessageContaining("'commnet'")
                .hasMessageContaining("did you mean 'comment'")
                .hasMessageContaining("Known properties: ");
        assertInvalidArgument(() -> DiffOptions.defaults().ignoring("column.labels"))
                .hasMessageContaining("'column.labels'");
        assertInvalidArgument(() -> DiffOptions.builder().ignoreProperties("colum.comment").build())
                .hasMessageContaining("did you mean 'column.comment'");
        assertInvalidArgument(() -> DiffOptions.builder().ignoreProperties("attributes.").build());
    }

    @Test
    void known_properties_are_accepted_plain_prefixed_and_as_attributes() {
        DiffOptions options = DiffOptions.builder().ignoreProperties("comment", "foreign-key.onDelete",
                "attributes.pg.fillfactor", "column.attributes.pg.storage", "identity.cache", "schema",
                "extension.schema", "materialized-view.definition").build();
        assertThat(options.ignoredProperties()).hasSize(8);
    }

    @Test
    void known_properties_are_listed_per_kind() {
        assertThat(DiffOptions.knownProperties()).contains("default", "generated", "identity", "identity.start",
                "labels", "grants", "attributes", "position", "definition", "parents", "ownedBy");
        assertThat(DiffOptions.knownProperties(ObjectKind.COLUMN)).contains("type", "nullable", "default", "position")
                .doesNotContain("labels", "grants");
        assertThat(DiffOptions.knownProperties(ObjectKind.SEQUENCE)).contains("dataType", "start", "increment",
                "min", "max", "cache", "cycle", "ownedBy");
        for (ObjectKind kind : ObjectKind.values()) {
            assertThat(DiffOptions.knownProperties(kind)).contains("attributes");
        }
    }

    @Test
    void to_builder_keeps_every_option() {
        DiffOptions options = DiffOptions.builder().includeSchemas("a").excludeSchemas("b").includeObjects("c.*")
                .excludeObjects("d.*").ignoredTables(List.of("e.*")).ignoreKinds(ObjectKind.POLICY)
                .ignoreProperties("comment").disable(DiffOption.IGNORE_OWNERS)
                .severityPolicy(SeverityPolicy.uniform(Severity.INFO)).build();
        assertThat(options.toBuilder().build().toString()).isEqualTo(options.toString());
        assertThat(options.toBuilder().build().severityPolicy()).isEqualTo(options.severityPolicy());
    }

    @Test
    void severity_can_be_overridden_per_kind_and_type() {
        SeverityPolicy policy = SeverityPolicy.defaults().with(ObjectKind.TABLE, DifferenceType.MISSING,
                Severity.WARNING);
        assertThat(diffWith(DiffOptions.builder().excludeSchemas("billing").severityPolicy(policy)))
                .contains("WARNING: missing table public.gone");
    }

    @Test
    void severity_can_be_overridden_per_property_and_per_kind_and_property() {
        Table expected = table("public.t").column("a", "text").column("b", "text")
                .index("t_a", "a").build();
        Table actual = table("public.t").column("a", "varchar").column("b", "text", c -> c.withNullable(false))
                .index(with(index("t_a", "a"), "method", "hash")).build();
        SeverityPolicy policy = SeverityPolicy.defaults()
                .withProperty("nullable", Severity.INFO)
                .with(ObjectKind.COLUMN, "type", Severity.WARNING);
        assertThat(diff(snapshot(expected), snapshot(actual), DiffOptions.builder().severityPolicy(policy).build()))
                .containsExactly(
                        "WARNING: changed column public.t.a type: expected text, actual varchar",
                        "INFO: changed column public.t.b nullable: expected true, actual false",
                        "ERROR: changed index public.t/t_a method: expected btree, actual hash");
    }

    @Test
    void severity_can_be_overridden_per_attribute() {
        Table expected = table("public.t").attribute("pg.fillfactor", "70").attribute("pg.tablespace", "a").build();
        Table actual = table("public.t").attribute("pg.fillfactor", "80").attribute("pg.tablespace", "b").build();
        SeverityPolicy policy = SeverityPolicy.defaults().withProperty("attributes.pg.tablespace", Severity.ERROR);
        assertThat(diff(snapshot(expected), snapshot(actual), DiffOptions.builder().severityPolicy(policy).build()))
                .containsExactly(
                        "WARNING: changed table public.t attributes.pg.fillfactor: expected 70, actual 80",
                        "ERROR: changed table public.t attributes.pg.tablespace: expected a, actual b");
    }
}
