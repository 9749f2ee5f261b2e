package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Constraint;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.MatchType;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.Table;
import io.drift.core.model.UniqueConstraint;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

import java.util.List;

class ConstraintCaptureIT {

    private static Constraint constraint(String table, String name) {
        return TablesFixture.table("app", table).constraints().stream().filter(c -> c.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no constraint " + name + " on " + table));
    }

    @Test
    void primary_key() {
        assertThat(constraint("order_lines", "order_lines_pkey")).isEqualTo(
                new PrimaryKey("order_lines_pkey", List.of("order_id", "line_no"), List.of(), false, false, null,
                        null));
    }

    @Test
    void unique_with_include_and_deferrable() {
        UniqueConstraint email = (UniqueConstraint) constraint("customers", "customers_email_key");
        assertThat(email.columns()).containsExactly("email");
        assertThat(email.include()).containsExactly("name");
        assertThat(email.nullsNotDistinct()).isFalse();
        UniqueConstraint number = (UniqueConstraint) constraint("orders", "orders_number_key");
        assertThat(number.deferrable()).isTrue();
        assertThat(number.initiallyDeferred()).isFalse();
    }

    @Test
    void foreign_keys_with_actions_match_deferral_validation_and_comment() {
        ForeignKey customer = (ForeignKey) constraint("orders", "orders_customer_fk");
        assertThat(customer.columns()).containsExactly("customer_id");
        assertThat(customer.referencedTable()).isEqualTo(ObjectPath.of("app", "customers"));
        assertThat(customer.referencedColumns()).containsExactly("id");
        assertThat(customer.onDelete()).isEqualTo(ReferentialAction.CASCADE);
        assertThat(customer.onUpdate()).isEqualTo(ReferentialAction.RESTRICT);
        assertThat(customer.match()).isEqualTo(MatchType.SIMPLE);
        assertThat(customer.deferrable()).isTrue();
        assertThat(customer.initiallyDeferred()).isTrue();
        assertThat(customer.validated()).isTrue();
        assertThat(customer.comment()).isEqualTo("Who ordered");

        ForeignKey order = (ForeignKey) constraint("order_lines", "order_lines_order_id_fkey");
        assertThat(order.match()).isEqualTo(MatchType.FULL);
        assertThat(order.onDelete()).isEqualTo(ReferentialAction.SET_NULL);
        ForeignKey product = (ForeignKey) constraint("order_lines", "order_lines_product_fk");
        assertThat(product.onDelete()).isEqualTo(ReferentialAction.SET_DEFAULT);
        assertThat(product.validated()).isFalse();
    }

    @Test
    void a_foreign_key_to_a_partitioned_table_is_one_constraint_not_one_per_partition() {
        Table notes = TablesFixture.table("app", "measurement_notes");
        assertThat(notes.constraints()).extracting(Constraint::name).containsExactly("measurement_notes_fk");
        ForeignKey fk = (ForeignKey) notes.constraints().get(0);
        assertThat(fk.referencedTable()).isEqualTo(ObjectPath.of("app", "measurements"));
        assertThat(fk.columns()).containsExactly("id", "logdate");
    }

    @Test
    void partitions_carry_their_copy_of_the_parents_key() {
        PrimaryKey pk = TablesFixture.table("app", "measurements_2024").primaryKey().orElseThrow();
        assertThat(pk.name()).isEqualTo("measurements_2024_pkey");
        assertThat(pk.attributes().values()).containsEntry("pg.inherited", "true");
    }

    @Test
    void check_constraints_with_not_valid_and_no_inherit() {
        assertThat(constraint("orders", "orders_amount_check")).isEqualTo(
                new CheckConstraint("orders_amount_check", "amount > 0::numeric", true, true, null, null));
        CheckConstraint note = (CheckConstraint) constraint("orders", "orders_note_check");
        assertThat(note.validated()).isFalse();
        assertThat(note.expression()).isEqualTo("length(note) < 1000");
        assertThat(((CheckConstraint) constraint("customers", "balance_non_negative")).expression())
                .isEqualTo("balance >= 0::numeric");
        assertThat(((CheckConstraint) constraint("inheritor", "base_a_positive")).attributes().values())
                .containsEntry("pg.inherited", "true");
    }

    @Test
    void exclusion_constraint_keeps_the_servers_definition() {
        ExclusionConstraint ex = (ExclusionConstraint) constraint("bookings", "bookings_no_overlap");
        assertThat(ex.definition()).isEqualTo(
                "EXCLUDE USING gist (during WITH &&) WHERE (room > 0) DEFERRABLE INITIALLY DEFERRED");
        assertThat(ex.deferrable()).isTrue();
        assertThat(ex.initiallyDeferred()).isTrue();
    }

    @Test
    void not_null_is_nullability_not_a_constraint() {
        // PostgreSQL 18 stores NOT NULL as constraints (contype 'n'); none of them may show up, on any version.
        TablesFixture.snapshot().tables().forEach(t -> assertThat(t.constraints())
                .extracting(Constraint::name).noneMatch(n -> n.endsWith("_not_null")));
        assertThat(TablesFixture.table("app", "products").constraints()).extracting(Constraint::name)
                .containsExactly("products_pkey");
    }

    @Test
    void nulls_not_distinct_from_postgresql_15() {
        TestPostgres postgres = TestPostgres.start();
        assumeTrue(postgres.majorVersion() >= 15, "NULLS NOT DISTINCT arrived in PostgreSQL 15");
        try (TestDatabase db = postgres.newDatabase()) {
            db.execute("CREATE TABLE t (a int, b int, CONSTRAINT t_a_key UNIQUE NULLS NOT DISTINCT (a),"
                    + " CONSTRAINT t_b_key UNIQUE (b))");
            Table t = Captures.capture(db).table(ObjectPath.of("public", "t"));
            assertThat(t.constraints()).filteredOn(c -> c.name().equals("t_a_key")).singleElement()
                    .satisfies(c -> assertThat(((UniqueConstraint) c).nullsNotDistinct()).isTrue());
            assertThat(t.constraints()).filteredOn(c -> c.name().equals("t_b_key")).singleElement()
                    .satisfies(c -> assertThat(((UniqueConstraint) c).nullsNotDistinct()).isFalse());
        }
    }

    @Test
    void postgresql_18_not_null_constraints_are_skipped_and_not_enforced_is_an_attribute() {
        assumeTrue(TestPostgres.availableVersions().contains(18), "PostgreSQL 18 is not available");
        try (TestDatabase db = TestPostgres.start(18).newDatabase()) {
            db.execute("CREATE TABLE t (a int CONSTRAINT a_required NOT NULL, b int,"
                    + " CONSTRAINT b_small CHECK (b < 10) NOT ENFORCED)");
            Table t = Captures.capture(db).table(ObjectPath.of("public", "t"));
            assertThat(t.findColumn("a").orElseThrow().nullable()).isFalse();
            assertThat(t.constraints()).extracting(Constraint::name).containsExactly("b_small");
            assertThat(t.constraints().get(0).attributes().values()).containsEntry("pg.enforced", "false");
        }
    }
}
