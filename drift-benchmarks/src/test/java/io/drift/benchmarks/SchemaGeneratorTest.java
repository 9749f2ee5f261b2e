package io.drift.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class SchemaGeneratorTest {

    @Test
    void same_size_and_seed_give_the_same_sql() {
        GeneratedSchema a = SchemaGenerator.generate(1000, 42);
        GeneratedSchema b = SchemaGenerator.generate(1000, 42);

        assertThat(a.batches()).isEqualTo(b.batches());
        assertThat(a.migration()).isEqualTo(b.migration());
        assertThat(a.objectCounts()).isEqualTo(b.objectCounts());
        assertThat(a.changeCounts()).isEqualTo(b.changeCounts());
    }

    @Test
    void another_seed_gives_another_schema_of_the_same_shape() {
        GeneratedSchema a = SchemaGenerator.generate(1000, 42);
        GeneratedSchema b = SchemaGenerator.generate(1000, 43);

        assertThat(a.baseSql()).isNotEqualTo(b.baseSql());
        assertThat(b.objectCounts().get("tables")).isEqualTo(1000);
        assertThat(b.objectCounts().get("views")).isEqualTo(a.objectCounts().get("views"));
    }

    @Test
    void tables_come_in_batches_of_at_most_500() {
        GeneratedSchema schema = SchemaGenerator.generate(1200, 1);

        // prelude, three table batches (500, 500, 200), then views, functions and triggers
        assertThat(schema.batches()).hasSize(5);
        assertThat(schema.batches().get(1).split("CREATE TABLE ", -1)).hasSize(501);
        assertThat(schema.batches().get(3).split("CREATE TABLE ", -1)).hasSize(201);
    }

    @Test
    void the_schema_has_every_kind_the_benchmark_promises() {
        GeneratedSchema schema = SchemaGenerator.generate(1000, SchemaGenerator.DEFAULT_SEED);
        Map<String, Integer> counts = schema.objectCounts();
        String sql = schema.baseSql();

        assertThat(counts).containsEntry("tables", 1000).containsEntry("views", 100)
                .containsEntry("materialized views", 5).containsEntry("sequences", 50).containsEntry("enums", 20)
                .containsEntry("triggers", 150).containsEntry("primary keys", 1000).containsEntry("schemas", 2);
        assertThat(counts.get("functions")).isEqualTo(100 + 2 * 2);
        assertThat(counts.get("columns")).isBetween(10_000, 14_000);
        assertThat(counts.get("foreign keys")).isBetween(550, 800);
        assertThat(counts.get("indexes")).isGreaterThan(1000);
        assertThat(sql).contains("GENERATED ALWAYS AS IDENTITY", "bigserial", "gen_random_uuid()",
                "ON DELETE CASCADE", "ON DELETE SET NULL", "UNIQUE (", "CHECK (", "USING gin (", "WHERE deleted_at IS NULL",
                "((lower(", "CREATE VIEW", "CREATE MATERIALIZED VIEW", "CREATE SEQUENCE", "AS ENUM", "LANGUAGE sql",
                "LANGUAGE plpgsql", "FOR EACH ROW", "FOR EACH STATEMENT", "COMMENT ON TABLE");
    }

    @Test
    void the_variant_changes_one_percent_of_each_kind() {
        GeneratedSchema schema = SchemaGenerator.generate(10_000, SchemaGenerator.DEFAULT_SEED);
        Map<String, Integer> counts = schema.objectCounts();
        Map<String, Integer> changes = schema.changeCounts();

        int columnChanges = changes.get("column added") + changes.get("column dropped")
                + changes.get("column type changed") + changes.get("column default changed")
                + changes.get("column nullability changed");
        assertThat(columnChanges).isEqualTo(100);
        assertThat(changes.get("column added")).isEqualTo(20);
        assertThat(changes).containsEntry("table added", 20).containsEntry("table dropped", 20)
                .containsEntry("view changed", 10).containsEntry("sequence changed", 5)
                .containsEntry("enum value added", 2);
        assertThat(changes.get("index dropped") + changes.get("index redefined") + changes.get("index added"))
                // 1% of the table indexes (the materialized views' own indexes are left alone)
                .isEqualTo((int) Math.round((counts.get("indexes") - counts.get("materialized views")) * 0.01));
        assertThat(changes.get("trigger dropped") + changes.get("trigger disabled")).isEqualTo(15);
        assertThat(changes.get("function changed")).isEqualTo(10);
        assertThat(changes.get("constraint dropped") + changes.get("foreign key action changed"))
                .isEqualTo((int) Math.round((counts.get("foreign keys") + counts.get("unique constraints")
                        + counts.get("check constraints")) * 0.01));
        // about 1% of the objects (columns not counted)
        assertThat((double) schema.totalChanges() / schema.totalObjectsWithoutColumns()).isBetween(0.005, 0.015);
    }

    @Test
    void every_change_is_one_statement_on_its_own_object() {
        GeneratedSchema schema = SchemaGenerator.generate(100, 7);

        assertThat(schema.changeCounts().values()).allMatch(c -> c <= 2);
        assertThat(schema.migration().lines().filter(l -> l.endsWith(";")).count())
                .isGreaterThanOrEqualTo(schema.totalChanges());
    }
}
