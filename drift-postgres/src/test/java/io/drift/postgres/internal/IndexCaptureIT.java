package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.model.Index;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Table;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

class IndexCaptureIT {

    private static Index index(String table, String name) {
        return TablesFixture.table("app", table).indexes().stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no index " + name + " on " + table));
    }

    @Test
    void indexes_behind_constraints_are_the_constraints_not_indexes() {
        assertThat(TablesFixture.table("app", "customers").indexes()).extracting(Index::name).containsExactly(
                "customers_doc_idx", "customers_lower_email_idx", "customers_name_c", "customers_name_hash",
                "customers_tags_idx");
        assertThat(TablesFixture.table("app", "bookings").indexes()).extracting(Index::name)
                .containsExactly("bookings_during_idx");
        assertThat(TablesFixture.table("app", "products").indexes()).isEmpty();
    }

    @Test
    void plain_index_with_comment_and_cluster_mark() {
        Index idx = index("orders", "orders_customer_idx");
        assertThat(idx.method()).isEqualTo("btree");
        assertThat(idx.unique()).isFalse();
        assertThat(idx.keys()).containsExactly("customer_id");
        assertThat(idx.valid()).isTrue();
        assertThat(idx.comment()).isEqualTo("FK lookups");
        assertThat(idx.definition()).isEqualTo("CREATE INDEX orders_customer_idx ON app.orders USING btree (customer_id)");
        assertThat(idx.attributes().values()).containsEntry("pg.clustered", "true");
    }

    @Test
    void expression_unique_partial_include_and_ordering() {
        Index lower = index("customers", "customers_lower_email_idx");
        assertThat(lower.unique()).isTrue();
        assertThat(lower.keys()).containsExactly("lower(email)");

        Index recent = index("orders", "orders_recent_idx");
        assertThat(recent.keys()).containsExactly("placed_on", "amount");
        assertThat(recent.include()).containsExactly("note");
        assertThat(recent.predicate()).isEqualTo("amount > 100::numeric");
        assertThat(recent.definition()).contains("(placed_on DESC NULLS LAST, amount) INCLUDE (note) WHERE");
    }

    @Test
    void every_access_method_and_storage_parameters() {
        assertThat(index("customers", "customers_tags_idx").method()).isEqualTo("gin");
        assertThat(index("customers", "customers_doc_idx").definition()).endsWith("USING gin (doc jsonb_path_ops)");
        assertThat(index("bookings", "bookings_during_idx").method()).isEqualTo("gist");
        assertThat(index("customers", "customers_name_hash").method()).isEqualTo("hash");
        Index brin = index("orders", "orders_placed_brin");
        assertThat(brin.method()).isEqualTo("brin");
        assertThat(brin.attributes().values()).containsEntry("pg.pages_per_range", "16");
        assertThat(index("customers", "customers_name_c").attributes().values()).containsEntry("pg.fillfactor", "70");
    }

    @Test
    void partitioned_index_and_its_partition_indexes() {
        assertThat(index("measurements", "measurements_city_idx").definition())
                .isEqualTo("CREATE INDEX measurements_city_idx ON ONLY app.measurements USING btree (city)");
        assertThat(index("measurements_2024", "measurements_2024_city_idx").keys()).containsExactly("city");
    }

    @Test
    void an_index_left_invalid_by_a_failed_concurrent_build_is_not_valid() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE TABLE t (a int); INSERT INTO t VALUES (1), (1);");
            assertThatThrownBy(() -> db.execute("CREATE UNIQUE INDEX CONCURRENTLY t_a_idx ON t (a)"))
                    .hasMessageContaining("could not create unique index");
            Table t = Captures.capture(db).table(ObjectPath.of("public", "t"));
            assertThat(t.indexes()).singleElement().satisfies(i -> {
                assertThat(i.name()).isEqualTo("t_a_idx");
                assertThat(i.valid()).isFalse();
            });
        }
    }

    @Test
    void nulls_not_distinct_from_postgresql_15() {
        TestPostgres postgres = TestPostgres.start();
        assumeTrue(postgres.majorVersion() >= 15, "NULLS NOT DISTINCT arrived in PostgreSQL 15");
        try (TestDatabase db = postgres.newDatabase()) {
            db.execute("CREATE TABLE t (a int); CREATE UNIQUE INDEX t_a_idx ON t (a) NULLS NOT DISTINCT;");
            Index idx = Captures.capture(db).table(ObjectPath.of("public", "t")).indexes().get(0);
            assertThat(idx.nullsNotDistinct()).isTrue();
            assertThat(idx.definition()).endsWith("NULLS NOT DISTINCT");
        }
    }
}
