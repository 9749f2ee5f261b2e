package io.drift.core.model;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.NoSuchObjectException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** What the model records promise beyond their components. */
class ModelInvariantsTest {

    private static final ObjectPath USERS = ObjectPath.of("public", "users");

    @Test
    void table_sorts_its_members_whatever_order_they_come_in() {
        Table table = Table.builder(USERS)
                .column(Column.of("b", 2, "text"))
                .column(Column.of("a", 1, "bigint"))
                .index(Index.of("z_idx", "btree", List.of("b")))
                .index(Index.of("a_idx", "btree", List.of("a")))
                .constraint(CheckConstraint.of("users_b_check", "b <> ''"))
                .constraint(PrimaryKey.of("users_pkey", "a"))
                .grant(new Grant("z", "SELECT", false))
                .grant(new Grant("a", "SELECT", false))
                .build();
        assertThat(table.columns()).extracting(Column::name).containsExactly("a", "b");
        assertThat(table.indexes()).extracting(Index::name).containsExactly("a_idx", "z_idx");
        assertThat(table.constraints()).extracting(Constraint::name).containsExactly("users_b_check", "users_pkey");
        assertThat(table.grants()).extracting(Grant::grantee).containsExactly("a", "z");
        assertThat(table.members()).extracting(Member::name)
                .containsExactly("a", "b", "users_b_check", "users_pkey", "a_idx", "z_idx");
    }

    @Test
    void tables_built_in_different_orders_are_equal() {
        Table one = Table.builder(USERS).column(Column.of("a", 1, "int")).column(Column.of("b", 2, "int"))
                .index(Index.of("i1", "btree", List.of("a"))).index(Index.of("i2", "btree", List.of("b"))).build();
        Table two = Table.builder(USERS).column(Column.of("b", 2, "int")).column(Column.of("a", 1, "int"))
                .index(Index.of("i2", "btree", List.of("b"))).index(Index.of("i1", "btree", List.of("a"))).build();
        assertThat(one).isEqualTo(two).hasSameHashCodeAs(two);
        assertThat(one.toBuilder().build()).isEqualTo(one);
    }

    @Test
    void records_copy_their_lists() {
        List<Column> columns = new ArrayList<>(List.of(Column.of("a", 1, "int")));
        Table table = Table.builder(USERS).columns(columns).build();
        columns.add(Column.of("b", 2, "int"));
        assertThat(table.columns()).hasSize(1);
        assertThatThrownBy(() -> table.columns().add(Column.of("c", 3, "int")))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void member_paths_use_a_dot_for_columns_and_a_slash_for_the_rest() {
        assertThat(Column.of("email", 1, "text").pathIn(USERS)).hasToString("public.users.email");
        assertThat(Index.of("idx", "btree", List.of("a")).pathIn(USERS)).hasToString("public.users/idx");
        assertThat(PrimaryKey.of("pk", "a").pathIn(USERS)).hasToString("public.users/pk");
    }

    @Test
    void column_position_starts_at_one() {
        assertInvalidArgument(() -> Column.of("a", 0, "int"))
                .hasMessageContaining("position");
    }

    @Test
    void sequence_increment_cannot_be_zero() {
        assertInvalidArgument(() -> new SequenceOptions("bigint", 1, 0, 1, 10, 1, false));
        assertThat(SequenceOptions.defaults("integer").max()).isEqualTo(Integer.MAX_VALUE);
        assertThat(SequenceOptions.defaults("smallint").max()).isEqualTo(Short.MAX_VALUE);
    }

    @Test
    void snapshot_builder_rejects_two_objects_of_one_kind_at_one_path() {
        Snapshot.Builder builder = Snapshot.builder().add(Table.builder(USERS).build());
        assertInvalidArgument(() -> builder.add(Table.builder(USERS).build()))
                .hasMessageContaining("public.users");
    }

    @Test
    void snapshot_allows_one_path_in_two_kinds_and_replaces_with_put() {
        View view = new View(USERS, false, "SELECT 1", List.of(), List.of(), null, null, List.of(), null);
        Snapshot snapshot = Snapshot.builder().add(Table.builder(USERS).build()).add(view)
                .put(Table.builder(USERS).comment("x").build()).build();
        assertThat(snapshot.size()).isEqualTo(2);
        assertThat(snapshot.table(USERS).comment()).isEqualTo("x");
        assertThat(snapshot.findView(USERS)).contains(view);
    }

    @Test
    void snapshot_keeps_each_kind_in_path_order_and_is_immutable() {
        Snapshot snapshot = Snapshot.builder()
                .add(Table.builder(ObjectPath.of("public", "b")).build())
                .add(Table.builder(ObjectPath.of("public", "a")).build())
                .add(SchemaDef.named("public"))
                .build();
        assertThat(snapshot.tables()).extracting(Table::path)
                .containsExactly(ObjectPath.of("public", "a"), ObjectPath.of("public", "b"));
        assertThat(snapshot.stream()).extracting(SchemaObject::kind)
                .containsExactly(ObjectKind.SCHEMA, ObjectKind.TABLE, ObjectKind.TABLE);
        assertThatThrownBy(() -> snapshot.objects(ObjectKind.TABLE).clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(snapshot.toBuilder().build()).isEqualTo(snapshot);
    }

    @Test
    void snapshots_of_the_same_schema_are_equal_whichever_server_they_come_from() {
        Snapshot schema = Snapshot.builder().add(SchemaDef.named("public"))
                .add(Table.builder(USERS).column("id", "bigint").build()).build();
        Snapshot on15 = schema.toBuilder().database(new DatabaseInfo("PostgreSQL", "15.19", 15, 19)).build();
        Snapshot on17 = schema.toBuilder().database(new DatabaseInfo("PostgreSQL", "17.11", 17, 11)).build();
        assertThat(on15).isEqualTo(on17).hasSameHashCodeAs(on17).isEqualTo(schema);
        assertThat(on15.database()).isNotEqualTo(on17.database());
        assertThat(on15).isNotEqualTo(schema.toBuilder().put(Table.builder(USERS).column("id", "integer").build())
                .build());
    }

    @Test
    void snapshot_reads_as_a_summary_with_plurals() {
        Table users = Table.builder(USERS).column("id", "bigint").column("email", "text")
                .constraint(PrimaryKey.of("users_pkey", "id")).index(Index.of("users_email", "btree", List.of("email")))
                .index(Index.of("users_lower_email", "btree", List.of("lower(email)"))).build();
        Snapshot snapshot = Snapshot.builder().database(new DatabaseInfo("PostgreSQL", "17.11", 17, 11))
                .add(SchemaDef.named("public")).add(users)
                .add(Table.builder(ObjectPath.of("public", "orders")).column("id", "bigint").build())
                .add(new View(ObjectPath.of("public", "v"), false, "SELECT 1", List.of(), List.of(), null, null,
                        List.of(), null))
                .build();
        assertThat(snapshot).hasToString("Snapshot of PostgreSQL 17.11: 1 schema, 2 tables, 3 columns,"
                + " 1 primary key, 2 indexes, 1 view");
        assertThat(Snapshot.empty()).hasToString("Snapshot: no objects");
        assertThat(Snapshot.builder().add(SchemaDef.named("a")).add(SchemaDef.named("b")).build())
                .hasToString("Snapshot: 2 schemas");
    }

    @Test
    void every_kind_has_a_plural_for_counts() {
        assertThat(ObjectKind.INDEX.pluralDisplayName()).isEqualTo("indexes");
        assertThat(ObjectKind.POLICY.pluralDisplayName()).isEqualTo("policies");
        assertThat(ObjectKind.VENDOR.pluralDisplayName()).isEqualTo("vendor objects");
        assertThat(ObjectKind.FOREIGN_KEY.pluralDisplayName()).isEqualTo("foreign keys");
        assertThat(ObjectKind.MATERIALIZED_VIEW.pluralDisplayName()).isEqualTo("materialized views");
    }

    @Test
    void snapshot_lookups_throw_or_return_optional() {
        Snapshot snapshot = Snapshot.empty();
        assertThat(snapshot.findTable(USERS)).isEmpty();
        assertThatThrownBy(() -> snapshot.table(USERS)).isInstanceOf(NoSuchObjectException.class);
        assertThat(snapshot.isEmpty()).isTrue();
    }

    @Test
    void attributes_are_sorted_by_key() {
        Attributes attributes = Attributes.of(Map.of("pg.tablespace", "a", "pg.fillfactor", "70", "x.y", "z"));
        assertThat(attributes.values().keySet()).containsExactly("pg.fillfactor", "pg.tablespace", "x.y");
        TreeMap<String, String> reversed = new TreeMap<>(Comparator.reverseOrder());
        reversed.putAll(Map.of("a", "1", "b", "2"));
        assertThat(new Attributes(reversed).values().keySet()).containsExactly("a", "b");
        assertThat(new Attributes(reversed)).isEqualTo(Attributes.of(Map.of("b", "2", "a", "1")));
    }

    @Test
    void attributes_are_immutable_and_copied() {
        TreeMap<String, String> source = new TreeMap<>(Map.of("a", "1"));
        Attributes attributes = new Attributes(source);
        source.put("b", "2");
        assertThat(attributes.values()).containsOnlyKeys("a");
        assertThatThrownBy(() -> attributes.values().put("c", "3")).isInstanceOf(UnsupportedOperationException.class);
        Attributes more = attributes.with("c", "3");
        assertThat(attributes.find("c")).isEmpty();
        assertThat(more.find("c")).contains("3");
        assertThat(Attributes.of(Map.of())).isSameAs(Attributes.empty());
    }

    @Test
    void attributes_reject_null_keys_and_values() {
        Map<String, String> withNull = new java.util.HashMap<>();
        withNull.put("a", null);
        assertThatNullPointerException().isThrownBy(() -> Attributes.of(withNull)).withMessageContaining("a");
        assertThatNullPointerException().isThrownBy(() -> Attributes.empty().with("a", null));
    }

    @Test
    void records_default_missing_attributes_to_empty() {
        assertThat(new Extension(ObjectPath.of("x"), "1", "public", null, null).attributes())
                .isEqualTo(Attributes.empty());
    }

    @Test
    void kinds_parse_from_ids_as_people_write_them() {
        assertThat(ObjectKind.fromId("foreign-key")).isEqualTo(ObjectKind.FOREIGN_KEY);
        assertThat(ObjectKind.fromId("Foreign Key")).isEqualTo(ObjectKind.FOREIGN_KEY);
        assertThat(ObjectKind.FOREIGN_KEY.id()).isEqualTo("foreign-key");
        assertThat(ObjectKind.FOREIGN_KEY.displayName()).isEqualTo("foreign key");
        assertInvalidArgument(() -> ObjectKind.fromId("tabel"))
                .hasMessageContaining("tabel").hasMessageContaining("table");
    }

    @Test
    void view_and_routine_kinds_follow_their_flags() {
        View mv = new View(USERS, true, "SELECT 1", List.of(), List.of(), null, null, List.of(), null);
        assertThat(mv.kind()).isEqualTo(ObjectKind.MATERIALIZED_VIEW);
        Routine p = new Routine(Routine.pathOf("public", "p", ""), RoutineKind.PROCEDURE, "", null, "sql", null,
                false, "", null, null, List.of(), null);
        assertThat(p.kind()).isEqualTo(ObjectKind.PROCEDURE);
        Routine agg = new Routine(Routine.pathOf("public", "a", "integer"), RoutineKind.AGGREGATE, "integer",
                "integer", "internal", Volatility.IMMUTABLE, false, "", null, null, List.of(), null);
        assertThat(agg.kind()).isEqualTo(ObjectKind.FUNCTION);
    }

    @Test
    void other_records_sort_what_they_promise_to() {
        Policy policy = new Policy("p", PolicyCommand.ALL, true, List.of("b", "a"), null, null, null, null);
        assertThat(policy.roles()).containsExactly("a", "b");
        Trigger trigger = new Trigger("t", TriggerTiming.AFTER, List.of(TriggerEvent.DELETE, TriggerEvent.INSERT),
                List.of(), TriggerLevel.ROW, "f()", null, TriggerEnabled.ORIGIN, "", null, null);
        assertThat(trigger.events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.DELETE);
        Domain domain = new Domain(USERS, "text", null, false, null,
                List.of(CheckConstraint.of("z", "true"), CheckConstraint.of("a", "true")), null, null, null);
        assertThat(domain.constraints()).extracting(CheckConstraint::name).containsExactly("a", "z");
        CompositeType type = new CompositeType(USERS, List.of(Column.of("b", 2, "int"), Column.of("a", 1, "int")),
                null, null, null);
        assertThat(type.fields()).extracting(Column::name).containsExactly("a", "b");
    }
}
