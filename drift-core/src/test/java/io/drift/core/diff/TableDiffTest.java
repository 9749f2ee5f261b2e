package io.drift.core.diff;

import static io.drift.core.Fixtures.check;
import static io.drift.core.Fixtures.diff;
import static io.drift.core.Fixtures.exclusion;
import static io.drift.core.Fixtures.foreignKey;
import static io.drift.core.Fixtures.grant;
import static io.drift.core.Fixtures.identity;
import static io.drift.core.Fixtures.index;
import static io.drift.core.Fixtures.path;
import static io.drift.core.Fixtures.policy;
import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.sequence;
import static io.drift.core.Fixtures.snapshot;
import static io.drift.core.Fixtures.table;
import static io.drift.core.Fixtures.trigger;
import static io.drift.core.Fixtures.unique;
import static io.drift.core.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.Index;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TriggerTiming;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Tables, their members, and what the differ leaves out on purpose. */
class TableDiffTest {

    private static Table users() {
        return table("public.users")
                .column("id", "bigint", c -> c.withNullable(false))
                .column("email", "text")
                .column("name", "text")
                .primaryKey("users_pkey", "id")
                .constraint(unique("users_email_key", "email"))
                .constraint(check("users_name_check", "name <> ''"))
                .index("users_name_idx", "name")
                .trigger(trigger("users_audit", "public.audit()"))
                .policy(policy("own_rows", "id = 1"))
                .build();
    }

    private static Snapshot of(Table... tables) {
        Snapshot.Builder b = Snapshot.builder().add(schema("public"));
        for (Table t : tables) {
            b.add(t);
        }
        return b.build();
    }

    @Test
    void identical_snapshots_diff_empty() {
        assertThat(diff(of(users()), of(users()))).isEmpty();
        assertThat(diff(Snapshot.empty(), Snapshot.empty())).isEmpty();
    }

    @Test
    void missing_table_is_one_difference_not_one_per_column() {
        assertThat(diff(of(users()), of())).containsExactly("ERROR: missing table public.users");
    }

    @Test
    void unexpected_table_is_one_difference_not_one_per_member() {
        assertThat(diff(of(), of(users()))).containsExactly("WARNING: unexpected table public.users");
    }

    @Test
    void missing_schema_is_one_difference_not_one_per_object_in_it() {
        Snapshot expected = snapshot(schema("billing"), table("billing.invoices").column("id", "bigint").build(),
                sequence("billing.invoice_no"));
        assertThat(diff(expected, Snapshot.empty())).containsExactly("ERROR: missing schema billing");
        assertThat(diff(Snapshot.empty(), expected)).containsExactly("WARNING: unexpected schema billing");
    }

    @Test
    void serial_sequence_of_a_missing_table_is_not_reported_again() {
        Table orders = table("public.orders").column("id", "bigint").build();
        Snapshot expected = of(orders).toBuilder()
                .add(with(sequence("public.orders_id_seq"), "ownedBy", path("public.orders.id")))
                .add(sequence("public.standalone_seq"))
                .build();
        assertThat(diff(expected, of())).containsExactly(
                "ERROR: missing table public.orders",
                "ERROR: missing sequence public.standalone_seq");
    }

    @Test
    void serial_sequence_of_a_renamed_table_is_not_reported_as_owned_by_another_table() {
        Snapshot expected = of(table("public.comments").column("id", "bigint").build()).toBuilder()
                .add(with(sequence("public.comments_id_seq"), "ownedBy", path("public.comments.id"))).build();
        Snapshot renamed = of(table("public.notes").column("id", "bigint").build()).toBuilder()
                .add(with(sequence("public.comments_id_seq"), "ownedBy", path("public.notes.id"))).build();
        assertThat(diff(expected, renamed)).containsExactly(
                "ERROR: missing table public.comments",
                "WARNING: unexpected table public.notes");
        // ... but a sequence that moves to another table that both sides have is a change
        Snapshot both = of(table("public.comments").column("id", "bigint").build(),
                table("public.notes").column("id", "bigint").build());
        Snapshot moved = both.toBuilder()
                .add(with(sequence("public.comments_id_seq"), "ownedBy", path("public.notes.id"))).build();
        Snapshot stayed = both.toBuilder()
                .add(with(sequence("public.comments_id_seq"), "ownedBy", path("public.comments.id"))).build();
        assertThat(diff(stayed, moved)).containsExactly("ERROR: changed sequence public.comments_id_seq ownedBy:"
                + " expected public.comments.id, actual public.notes.id");
    }

    @Test
    void column_properties_are_each_one_changed_difference() {
        Table expected = table("public.t").column("a", "text").column("b", "text").build();
        Table actual = table("public.t")
                .column("a", "text", c -> c.withNullable(false).withDefault("'x'::text").withCollation("C"))
                .column("b", "text", c -> c.withGeneratedExpression("upper(a)"))
                .build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: changed column public.t.a collation: expected null, actual C",
                "ERROR: changed column public.t.a default: expected null, actual 'x'::text",
                "ERROR: changed column public.t.a nullable: expected true, actual false",
                "ERROR: changed column public.t.b generated: expected null, actual upper(a)");
    }

    @Test
    void identity_added_is_one_difference_rendered_whole() {
        Table expected = table("public.t").column("id", "integer").build();
        Table actual = table("public.t")
                .column("id", "integer", c -> c.withIdentity(identity(IdentityGeneration.BY_DEFAULT, "integer")))
                .build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: changed column public.t.id identity: expected null, actual GENERATED BY DEFAULT AS IDENTITY"
                        + " (integer, start 1, increment 1, min 1, max 2147483647, cache 1, no cycle)");
    }

    @Test
    void identity_parts_that_differ_are_each_one_difference() {
        Table expected = table("public.t")
                .column("id", "integer", c -> c.withIdentity(identity(IdentityGeneration.BY_DEFAULT, "integer")))
                .build();
        Table actual = table("public.t")
                .column("id", "integer", c -> c.withIdentity(new Identity(IdentityGeneration.ALWAYS,
                        new SequenceOptions("integer", 100, 1, 1, Integer.MAX_VALUE, 1, false))))
                .build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: changed column public.t.id identity.generation: expected BY DEFAULT, actual ALWAYS",
                "ERROR: changed column public.t.id identity.start: expected 1, actual 100");
    }

    @Test
    void column_order_is_ignored_by_default() {
        Table expected = table("public.t").column("a", "text").column("b", "text").build();
        Table actual = table("public.t").column("b", "text").column("a", "text").build();
        assertThat(diff(of(expected), of(actual))).isEmpty();
    }

    @Test
    void column_order_is_compared_when_switched_on() {
        DiffOptions options = DiffOptions.builder().disable(DiffOption.IGNORE_COLUMN_ORDER).build();
        Table expected = table("public.t").column("a", "text").column("b", "text").column("c", "text").build();
        Table actual = table("public.t").column("b", "text").column("a", "text").column("c", "text").build();
        assertThat(diff(of(expected), of(actual), options)).containsExactly(
                "INFO: changed column public.t.a position: expected 1, actual 2",
                "INFO: changed column public.t.b position: expected 2, actual 1");
    }

    @Test
    void missing_column_does_not_also_move_the_columns_after_it() {
        DiffOptions options = DiffOptions.builder().disable(DiffOption.IGNORE_COLUMN_ORDER).build();
        Table expected = table("public.t").column("a", "text").column("b", "text").column("c", "text").build();
        Table actual = table("public.t").column("a", "text").column("c", "text").column("d", "text").build();
        assertThat(diff(of(expected), of(actual), options)).containsExactly(
                "ERROR: missing column public.t.b",
                "WARNING: unexpected column public.t.d");
    }

    @Test
    void table_properties_compare_with_lists_rendered_as_comma_lists() {
        Table expected = table("public.child").column("id", "bigint")
                .change(b -> b.parent(path("public.a")).parent(path("public.b")).rowSecurity(true)).build();
        Table actual = table("public.child").column("id", "bigint")
                .change(b -> b.parent(path("public.a")).partitionKey("RANGE (id)")).build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: changed table public.child parents: expected public.a, public.b, actual public.a",
                "ERROR: changed table public.child partitionKey: expected null, actual RANGE (id)",
                "ERROR: changed table public.child rowSecurity: expected true, actual false");
    }

    @Test
    void grants_differ_one_grant_at_a_time_readably() {
        Table expected = table("public.t").column("id", "bigint").grant("SELECT", "app").grant("INSERT", "app")
                .build();
        Table actual = table("public.t").column("id", "bigint").grant("SELECT", "app").grant("SELECT", "reporting")
                .build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "WARNING: changed table public.t grants: expected INSERT to app, actual null",
                "WARNING: changed table public.t grants: expected null, actual SELECT to reporting");
    }

    @Test
    void attributes_differ_one_key_at_a_time_absent_as_null() {
        Table expected = table("public.t").column("id", "bigint").attribute("pg.fillfactor", "70")
                .attribute("pg.tablespace", "fast").build();
        Table actual = table("public.t").column("id", "bigint").attribute("pg.fillfactor", "100")
                .attribute("pg.toast_tuple_target", "4000").build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "WARNING: changed table public.t attributes.pg.fillfactor: expected 70, actual 100",
                "WARNING: changed table public.t attributes.pg.tablespace: expected fast, actual null",
                "WARNING: changed table public.t attributes.pg.toast_tuple_target: expected null, actual 4000");
    }

    @Test
    void owners_are_ignored_by_default_and_compared_when_switched_off() {
        Table expected = table("public.t").column("id", "bigint").owner("migrator").build();
        Table actual = table("public.t").column("id", "bigint").owner("postgres").build();
        assertThat(diff(of(expected), of(actual))).isEmpty();
        assertThat(diff(of(expected), of(actual), DiffOptions.builder().disable(DiffOption.IGNORE_OWNERS).build()))
                .containsExactly("INFO: changed table public.t owner: expected migrator, actual postgres");
    }

    @Test
    void comments_are_compared_by_default_and_ignored_when_switched_on() {
        Table expected = table("public.t").column("id", "bigint").comment("people").build();
        Table actual = table("public.t").column("id", "bigint").build();
        assertThat(diff(of(expected), of(actual)))
                .containsExactly("INFO: changed table public.t comment: expected people, actual null");
        assertThat(diff(of(expected), of(actual), DiffOptions.builder().enable(DiffOption.IGNORE_COMMENTS).build()))
                .isEmpty();
    }

    @Test
    void constraint_that_changes_kind_under_the_same_name_is_missing_and_unexpected() {
        Table expected = table("public.t").column("id", "bigint").constraint(unique("t_key", "id")).build();
        Table actual = table("public.t").column("id", "bigint").primaryKey("t_key", "id").build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: unexpected primary key public.t/t_key",
                "ERROR: missing unique constraint public.t/t_key");
    }

    @Test
    void foreign_key_compares_its_reference() {
        Table expected = table("public.t").column("id", "bigint")
                .constraint(foreignKey("t_fk", "user_id", "public.users", "id")).build();
        Table actual = table("public.t").column("id", "bigint")
                .constraint(with(foreignKey("t_fk", "user_id", "public.accounts", "id"), "validated", false)).build();
        assertThat(diff(of(expected), of(actual))).containsExactly(
                "ERROR: changed foreign key public.t/t_fk referencedTable: expected public.users, actual public.accounts",
                "WARNING: changed foreign key public.t/t_fk validated: expected true, actual false");
    }

    @Test
    void index_definition_is_not_reported_when_a_structured_property_already_is() {
        Index expected = index("t_idx", "a");
        Index actual = with(with(index("t_idx", "a"), "predicate", "a > 0"), "definition",
                "CREATE INDEX t_idx ON t USING btree (a) WHERE a > 0");
        assertThat(diff(of(host(expected)), of(host(actual))))
                .containsExactly("ERROR: changed index public.t/t_idx predicate: expected null, actual a > 0");
    }

    @Test
    void index_definition_is_reported_when_only_it_differs() {
        Index expected = index("t_idx", "a");
        Index actual = with(index("t_idx", "a"), "definition", "CREATE INDEX t_idx ON t USING btree (a) WITH (x)");
        assertThat(diff(of(host(expected)), of(host(actual)))).containsExactly(
                "ERROR: changed index public.t/t_idx definition: expected CREATE INDEX t_idx ON t USING btree (a),"
                        + " actual CREATE INDEX t_idx ON t USING btree (a) WITH (x)");
    }

    @Test
    void index_definition_missing_on_one_side_is_not_a_difference() {
        Index expected = with(index("t_idx", "a"), "definition", null);
        assertThat(diff(of(host(expected)), of(host(index("t_idx", "a"))))).isEmpty();
    }

    @Test
    void invalid_index_is_reported_beside_its_definition() {
        Index expected = index("t_idx", "a");
        Index actual = with(with(index("t_idx", "a"), "valid", false), "definition", "CREATE INDEX other");
        assertThat(diff(of(host(expected)), of(host(actual)))).containsExactly(
                "ERROR: changed index public.t/t_idx definition: expected CREATE INDEX t_idx ON t USING btree (a),"
                        + " actual CREATE INDEX other",
                "WARNING: changed index public.t/t_idx valid: expected true, actual false");
    }

    @Test
    void trigger_definition_is_not_reported_when_timing_already_is() {
        var expected = trigger("t_audit", "public.audit()");
        var actual = with(with(trigger("t_audit", "public.audit()"), "timing", TriggerTiming.BEFORE), "definition",
                "CREATE TRIGGER t_audit BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION public.audit()");
        assertThat(diff(of(table("public.t").column("id", "bigint").trigger(expected).build()),
                of(table("public.t").column("id", "bigint").trigger(actual).build())))
                .containsExactly("ERROR: changed trigger public.t/t_audit timing: expected AFTER, actual BEFORE");
    }

    @Test
    void exclusion_definition_is_not_reported_when_deferrability_already_is() {
        var expected = exclusion("t_excl", "EXCLUDE USING gist (r WITH &&)");
        var actual = with(with(expected, "deferrable", true), "definition",
                "EXCLUDE USING gist (r WITH &&) DEFERRABLE");
        assertThat(diff(of(table("public.t").column("id", "bigint").constraint(expected).build()),
                of(table("public.t").column("id", "bigint").constraint(actual).build()))).containsExactly(
                "ERROR: changed exclusion constraint public.t/t_excl deferrable: expected false, actual true");
    }

    @Test
    void policy_compares_roles_as_a_sorted_list() {
        var expected = policy("p", "true");
        var actual = with(policy("p", "true"), "roles", List.of("b", "a"));
        assertThat(diff(of(table("public.t").column("id", "bigint").policy(expected).build()),
                of(table("public.t").column("id", "bigint").policy(actual).build()))).containsExactly(
                "ERROR: changed policy public.t/p roles: expected public, actual a, b");
    }

    @Test
    void differences_are_sorted_by_path_then_kind_then_property() {
        Table expected = table("public.t").column("a", "text").column("b", "text")
                .index("x", "a").trigger(trigger("x", "public.f()")).build();
        Table actual = table("public.t").column("a", "integer", c -> c.withNullable(false))
                .index(with(index("x", "a"), "unique", true)).trigger(trigger("x", "public.g()")).build();
        Snapshot e = of(expected, table("public.a").column("id", "bigint").build());
        Snapshot a = of(actual, table("public.z").column("id", "bigint").build());
        List<String> lines = diff(e, a);
        assertThat(lines).containsExactly(
                "ERROR: missing table public.a",
                "ERROR: changed column public.t.a nullable: expected true, actual false",
                "ERROR: changed column public.t.a type: expected text, actual integer",
                "ERROR: missing column public.t.b",
                "ERROR: changed index public.t/x unique: expected false, actual true",
                "ERROR: changed trigger public.t/x function: expected public.f(), actual public.g()",
                "WARNING: unexpected table public.z");
        assertThat(diff(e, a)).isEqualTo(lines);
    }

    private static Table host(Index index) {
        return table("public.t").column("a", "text").index(index).build();
    }
}
