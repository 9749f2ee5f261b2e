package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.Grant;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TableKind;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

import java.util.List;

class TableCaptureIT {

    @Test
    void schemas_have_owner_comment_and_grants_and_system_schemas_are_left_out() {
        Snapshot s = TablesFixture.snapshot();
        assertThat(s.schemas()).extracting(d -> d.path().toString()).contains("app", "audit", "public")
                .doesNotContain("pg_catalog", "information_schema", "pg_toast");
        SchemaDef app = (SchemaDef) s.find(io.drift.core.model.ObjectKind.SCHEMA, ObjectPath.of("app")).orElseThrow();
        assertThat(app.owner()).isEqualTo("postgres");
        assertThat(app.comment()).isEqualTo("Application tables");
        assertThat(app.grants()).containsExactly(new Grant("drift_reader", "CREATE", true),
                new Grant("drift_reader", "USAGE", false));
    }

    @Test
    void extension_is_reported_and_what_it_owns_is_not() {
        Snapshot s = TablesFixture.snapshot();
        assertThat(s.extensions()).singleElement().satisfies(e -> {
            assertThat(e.path()).isEqualTo(ObjectPath.of("file_fdw"));
            assertThat(e.version()).isEqualTo("1.0");
            assertThat(e.schema()).isEqualTo("app");
        });
        assertThat(s.findTable(ObjectPath.of("app", "extension_config"))).isEmpty();
    }

    @Test
    void regular_table_has_owner_comment_row_security_grants_and_storage_parameters() {
        Table customers = TablesFixture.table("app", "customers");
        assertThat(customers.tableKind()).isEqualTo(TableKind.REGULAR);
        assertThat(customers.unlogged()).isFalse();
        assertThat(customers.owner()).isEqualTo("postgres");
        assertThat(customers.comment()).isEqualTo("People who buy");
        assertThat(customers.rowSecurity()).isTrue();
        assertThat(customers.forceRowSecurity()).isTrue();
        // The owner's implicit privileges are not grants; PUBLIC is spelled out.
        assertThat(customers.grants()).containsExactly(new Grant("PUBLIC", "SELECT", false),
                new Grant("drift_reader", "DELETE", true), new Grant("drift_reader", "INSERT", false),
                new Grant("drift_reader", "SELECT", false));

        Table orders = TablesFixture.table("app", "orders");
        assertThat(orders.attributes().values()).containsEntry("pg.fillfactor", "80")
                .containsEntry("pg.autovacuum_enabled", "false").containsEntry("pg.replica_identity", "full");
        assertThat(orders.grants()).isEmpty();
        assertThat(orders.rowSecurity()).isFalse();
    }

    @Test
    void partitioned_tables_and_partitions_have_key_bound_and_parent() {
        Table measurements = TablesFixture.table("app", "measurements");
        assertThat(measurements.tableKind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(measurements.partitionKey()).isEqualTo("RANGE (logdate)");
        assertThat(measurements.partitionBound()).isNull();

        Table y2024 = TablesFixture.table("app", "measurements_2024");
        assertThat(y2024.tableKind()).isEqualTo(TableKind.REGULAR);
        assertThat(y2024.partitionBound()).isEqualTo("FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')");
        assertThat(y2024.parents()).containsExactly(ObjectPath.of("app", "measurements"));

        Table y2025 = TablesFixture.table("app", "measurements_2025");
        assertThat(y2025.tableKind()).isEqualTo(TableKind.PARTITIONED);
        assertThat(y2025.partitionKey()).isEqualTo("RANGE (id)");
        assertThat(TablesFixture.table("app", "measurements_2025_other").partitionBound()).isEqualTo("DEFAULT");
        assertThat(TablesFixture.table("app", "measurements_2025_low").parents())
                .containsExactly(ObjectPath.of("app", "measurements_2025"));
        assertThat(TablesFixture.table("app", "tokens_1").partitionBound())
                .isEqualTo("FOR VALUES WITH (modulus 2, remainder 1)");
        assertThat(TablesFixture.table("app", "cities_north").partitionBound())
                .isEqualTo("FOR VALUES IN ('oslo', 'helsinki')");
    }

    @Test
    void inheritance_parents_are_in_declaration_order() {
        assertThat(TablesFixture.table("app", "inheritor").parents())
                .containsExactly(ObjectPath.of("app", "base_b"), ObjectPath.of("app", "base_a"));
    }

    @Test
    void unlogged_and_foreign_tables() {
        assertThat(TablesFixture.table("app", "cache").unlogged()).isTrue();
        Table rates = TablesFixture.table("app", "imported_rates");
        assertThat(rates.tableKind()).isEqualTo(TableKind.FOREIGN);
        assertThat(rates.attributes().values()).containsEntry("pg.foreign_server", "files")
                .containsEntry("pg.foreign_options", "filename=/dev/null, format=csv")
                .doesNotContainKey("pg.replica_identity");
    }

    @Test
    void names_that_need_quotes_are_kept_as_they_are() {
        Table mixed = TablesFixture.table("app", "Mixed Case");
        assertThat(mixed.columns()).extracting(c -> c.name()).containsExactly("Odd.Column", "x/y");
    }

    @Test
    void only_the_requested_schemas_are_captured() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.executeResource(Captures.TABLES_FIXTURE);
            Snapshot audit = Captures.capture(db, CaptureOptions.builder().schemas("audit").build());
            assertThat(audit.schemas()).extracting(d -> d.path()).containsExactly(ObjectPath.of("audit"));
            assertThat(audit.tables()).extracting(t -> t.path()).containsExactly(ObjectPath.of("audit", "events"));
            assertThat(audit.sequences()).extracting(q -> q.path())
                    .containsExactly(ObjectPath.of("audit", "events_id_seq"));
            assertThat(audit.extensions()).isEmpty();

            Snapshot withoutApp = Captures.capture(db, CaptureOptions.builder().excludeSchemas("app").build());
            assertThat(withoutApp.tables()).extracting(t -> t.path().first()).doesNotContain("app");
            assertThat(withoutApp.schemas()).extracting(d -> d.path().first()).contains("audit", "public")
                    .doesNotContain("app");
        }
    }

    @Test
    void sequences_have_their_options_owner_and_owned_by_column_and_identity_sequences_are_not_top_level() {
        Snapshot s = TablesFixture.snapshot();
        assertThat(s.sequences()).extracting(q -> q.path().toString())
                .containsExactly("app.invoice_number", "app.legacy_id_seq", "audit.events_id_seq");
        var invoice = s.findSequence(ObjectPath.of("app", "invoice_number")).orElseThrow();
        assertThat(invoice.options()).isEqualTo(
                new io.drift.core.model.SequenceOptions("integer", 1000, 5, 1000, 999999, 10, true));
        assertThat(invoice.ownedBy()).isNull();
        assertThat(invoice.comment()).isEqualTo("Free-standing");
        assertThat(invoice.owner()).isEqualTo("postgres");
        assertThat(invoice.grants()).isEqualTo(List.of(new Grant("drift_reader", "SELECT", false),
                new Grant("drift_reader", "USAGE", false)));
        assertThat(s.findSequence(ObjectPath.of("app", "legacy_id_seq")).orElseThrow().ownedBy())
                .isEqualTo(ObjectPath.of("app", "customers", "legacy_id"));
        assertThat(s.findSequence(ObjectPath.of("audit", "events_id_seq")).orElseThrow().ownedBy())
                .isEqualTo(ObjectPath.of("audit", "events", "id"));
    }
}
