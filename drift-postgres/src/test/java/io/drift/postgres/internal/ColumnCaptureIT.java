package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.model.Column;
import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

class ColumnCaptureIT {

    private static Column column(String table, String name) {
        return TablesFixture.table("app", table).findColumn(name).orElseThrow();
    }

    @Test
    void position_counts_live_columns_only() {
        Table customers = TablesFixture.table("app", "customers");
        assertThat(customers.columns()).extracting(Column::name).containsExactly("id", "email", "name", "status",
                "created_at", "balance", "tags", "doc", "legacy_id", "email_lower");
        assertThat(customers.columns()).extracting(Column::position)
                .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
    }

    @Test
    void type_nullability_default_and_comment() {
        assertThat(column("customers", "name").type()).isEqualTo("character varying(200)");
        assertThat(column("customers", "name").nullable()).isFalse();
        assertThat(column("customers", "name").defaultExpression()).isEqualTo("'anonymous'");
        assertThat(column("customers", "balance").type()).isEqualTo("numeric(12,2)");
        assertThat(column("customers", "balance").nullable()).isTrue();
        assertThat(column("customers", "tags").type()).isEqualTo("text[]");
        assertThat(column("customers", "created_at").type()).isEqualTo("timestamp with time zone");
        assertThat(column("customers", "created_at").defaultExpression()).isEqualTo("now()");
        assertThat(column("customers", "email").comment()).isEqualTo("Login");
        // With search_path = pg_catalog during the capture, user objects are always schema-qualified.
        assertThat(column("orders", "number").defaultExpression()).isEqualTo("nextval('app.invoice_number'::regclass)");
        assertThat(column("orders", "placed_on").defaultExpression()).isEqualTo("CURRENT_DATE");
    }

    @Test
    void identity_columns_carry_their_sequence_options_but_not_its_name() {
        assertThat(column("customers", "id").identity()).isEqualTo(new Identity(IdentityGeneration.ALWAYS,
                new SequenceOptions("bigint", 100, 10, 1, Long.MAX_VALUE, 1, false)));
        assertThat(column("customers", "id").defaultExpression()).isNull();
        assertThat(column("orders", "id").identity()).isEqualTo(new Identity(IdentityGeneration.BY_DEFAULT,
                SequenceOptions.defaults("integer")));
        assertThat(column("orders", "customer_id").identity()).isNull();
    }

    @Test
    void generated_column_has_its_expression_and_no_default() {
        Column lower = column("customers", "email_lower");
        assertThat(lower.generatedExpression()).isEqualTo("lower(email)");
        assertThat(lower.defaultExpression()).isNull();
        assertThat(lower.attributes().values()).containsEntry("pg.generated", "stored");
    }

    @Test
    void collation_only_when_it_differs_from_the_type_default() {
        assertThat(column("customers", "email").collation()).isEqualTo("C");
        assertThat(column("customers", "name").collation()).isNull();
        assertThat(column("customers", "id").collation()).isNull();
    }

    @Test
    void storage_statistics_and_fdw_options_are_attributes() {
        assertThat(column("customers", "doc").attributes().values()).containsEntry("pg.storage", "external");
        assertThat(column("customers", "tags").attributes().values()).containsEntry("pg.statistics", "500");
        assertThat(column("customers", "balance").attributes().isEmpty()).isTrue();
        assertThat(column("imported_rates", "currency").attributes().values())
                .containsEntry("pg.fdw_options", "force_not_null=true");
    }

    @Test
    void column_privileges_are_grant_attributes() {
        assertThat(column("customers", "name").attributes().values())
                .containsExactly(java.util.Map.entry("pg.grant.drift_reader", "UPDATE"));
        assertThat(column("customers", "email").attributes().values())
                .containsEntry("pg.grant.drift_reader", "REFERENCES WITH GRANT OPTION");
        assertThat(column("customers", "id").attributes().values()).doesNotContainKey("pg.grant.drift_reader");
    }

    @Test
    void a_dropped_column_leaves_no_trace() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase dropped = postgres.newDatabase(); TestDatabase never = postgres.newDatabase()) {
            dropped.execute("CREATE TABLE t (gone int, a int, b text NOT NULL DEFAULT 'x', c int);"
                    + "ALTER TABLE t DROP COLUMN gone; ALTER TABLE t DROP COLUMN c; ALTER TABLE t ADD COLUMN c int;");
            never.execute("CREATE TABLE t (a int, b text NOT NULL DEFAULT 'x', c int);");
            assertThat(Captures.withoutDatabase(Captures.capture(dropped)))
                    .isEqualTo(Captures.withoutDatabase(Captures.capture(never)));
        }
    }

    @Test
    void compression_is_an_attribute_from_postgresql_14() {
        TestPostgres postgres = TestPostgres.start();
        assumeTrue(postgres.majorVersion() >= 14, "COMPRESSION arrived in PostgreSQL 14");
        try (TestDatabase db = postgres.newDatabase()) {
            db.execute("CREATE TABLE t (a text COMPRESSION pglz, b text)");
            Table t = Captures.capture(db).table(ObjectPath.of("public", "t"));
            assertThat(t.findColumn("a").orElseThrow().attributes().values()).containsEntry("pg.compression", "pglz");
            assertThat(t.findColumn("b").orElseThrow().attributes().values()).doesNotContainKey("pg.compression");
        }
    }

    @Test
    void virtual_generated_columns_of_postgresql_18_say_so() {
        assumeTrue(TestPostgres.availableVersions().contains(18), "PostgreSQL 18 is not available");
        try (TestDatabase db = TestPostgres.start(18).newDatabase()) {
            db.execute("CREATE TABLE t (a int, v int GENERATED ALWAYS AS (a * 2) VIRTUAL,"
                    + " s int GENERATED ALWAYS AS (a * 3) STORED)");
            Snapshot snapshot = Captures.capture(db);
            Table t = snapshot.table(ObjectPath.of("public", "t"));
            Column v = t.findColumn("v").orElseThrow();
            assertThat(v.generatedExpression()).isEqualTo("a * 2");
            assertThat(v.attributes().values()).containsEntry("pg.generated", "virtual");
            assertThat(t.findColumn("s").orElseThrow().attributes().values()).containsEntry("pg.generated", "stored");
        }
    }

    @Test
    void a_partition_shares_its_partitioned_tables_identity_on_every_major() {
        // From 17 the partition's column is marked identity too, with no sequence of its own; 12 to 16 leave it
        // unmarked. The identity is the parent's, and the capture says so alike on every major (it threw before).
        for (int major : Majors.all()) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                db.execute("CREATE TABLE p (id bigint GENERATED ALWAYS AS IDENTITY (START WITH 7), k int NOT NULL)"
                        + " PARTITION BY LIST (k); CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1)");
                Snapshot snapshot = Captures.capture(db);
                assertThat(snapshot.table(ObjectPath.of("public", "p")).findColumn("id").orElseThrow().identity())
                        .as("PostgreSQL %d", major).isEqualTo(new Identity(IdentityGeneration.ALWAYS,
                                new SequenceOptions("bigint", 7, 1, 1, Long.MAX_VALUE, 1, false)));
                assertThat(snapshot.table(ObjectPath.of("public", "p1")).findColumn("id").orElseThrow().identity())
                        .as("PostgreSQL %d", major).isNull();
            }
        }
    }

    @Test
    void a_partitions_own_identity_before_17_is_still_captured() {
        int oldest = TestPostgres.availableVersions().tailSet(Sql.OLDEST).first();
        assumeTrue(oldest < 17, "only PostgreSQL 12 to 16 let a partition have an identity of its own");
        try (TestDatabase db = TestPostgres.start(oldest).newDatabase()) {
            db.execute("CREATE TABLE p (id bigint NOT NULL, k int NOT NULL) PARTITION BY LIST (k);"
                    + " CREATE TABLE p1 PARTITION OF p FOR VALUES IN (1);"
                    + " ALTER TABLE p1 ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY");
            Snapshot snapshot = Captures.capture(db);
            assertThat(snapshot.table(ObjectPath.of("public", "p1")).findColumn("id").orElseThrow().identity())
                    .isEqualTo(new Identity(IdentityGeneration.BY_DEFAULT, SequenceOptions.defaults("bigint")));
            assertThat(snapshot.table(ObjectPath.of("public", "p")).findColumn("id").orElseThrow().identity())
                    .isNull();
        }
    }
}
