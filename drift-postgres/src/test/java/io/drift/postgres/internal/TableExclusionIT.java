package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.core.model.VendorObject;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Stream;

/**
 * #8: {@code CaptureOptions.excludeTables} leaves a table out with everything that is its own, with no query of its
 * own; by default the migration tools' tables, so that a committed baseline holds the application's schema.
 */
@ExtendWith(PostgresExtension.class)
class TableExclusionIT {

    /** flyway_schema_history as Flyway 10 creates it, and a table with one of everything a table can own. */
    private static final String DDL = """
            DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'exclusion_reader') THEN
              CREATE ROLE exclusion_reader; END IF; END $$;
            CREATE TABLE public.flyway_schema_history (
                installed_rank integer NOT NULL, version varchar(50), description varchar(200) NOT NULL,
                type varchar(20) NOT NULL, script varchar(1000) NOT NULL, checksum integer,
                installed_by varchar(100) NOT NULL, installed_on timestamp NOT NULL DEFAULT now(),
                execution_time integer NOT NULL, success boolean NOT NULL,
                CONSTRAINT flyway_schema_history_pk PRIMARY KEY (installed_rank));
            CREATE INDEX flyway_schema_history_s_idx ON public.flyway_schema_history (success);
            CREATE SCHEMA app;
            CREATE TABLE app.databasechangeloglock (id integer PRIMARY KEY, locked boolean NOT NULL);
            CREATE TABLE app.customers (id serial PRIMARY KEY, name text NOT NULL);
            CREATE TABLE app."Scratch Import" (
                id bigserial PRIMARY KEY,
                customer_id integer REFERENCES app.customers,
                code text UNIQUE CHECK (code <> ''),
                row_no integer GENERATED ALWAYS AS IDENTITY);
            CREATE SEQUENCE app.scratch_counter OWNED BY app."Scratch Import".id;
            CREATE INDEX scratch_code ON app."Scratch Import" (lower(code));
            CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN NEW; END $f$;
            CREATE TRIGGER scratch_touch BEFORE INSERT ON app."Scratch Import" FOR EACH ROW EXECUTE FUNCTION app.touch();
            ALTER TABLE app."Scratch Import" ENABLE ROW LEVEL SECURITY;
            CREATE POLICY scratch_mine ON app."Scratch Import" USING (customer_id = 1);
            CREATE RULE scratch_no_delete AS ON DELETE TO app."Scratch Import" DO INSTEAD NOTHING;
            GRANT SELECT ON app."Scratch Import" TO exclusion_reader;
            GRANT UPDATE (code) ON app."Scratch Import" TO exclusion_reader;
            COMMENT ON TABLE app."Scratch Import" IS 'loaded by hand';
            CREATE VIEW app.customer_names AS SELECT name FROM app.customers;
            """;

    private static CatalogReader.Result capture(TestDatabase db, CaptureOptions options, boolean parallel)
            throws SQLException {
        try (Connection connection = db.connect()) {
            return parallel ? CatalogReader.capture(connection, db.dataSource(), options)
                    : CatalogReader.capture(connection, options);
        }
    }

    private static List<String> paths(Snapshot snapshot) {
        return Stream.of(ObjectKind.values()).flatMap(k -> snapshot.objects(k).values().stream())
                .map(o -> o.kind().id() + " " + o.path()).toList();
    }

    @Test
    void the_migration_tools_tables_stay_out_of_a_default_capture(TestDatabase db) throws SQLException {
        db.execute(DDL);
        Snapshot snapshot = capture(db, CaptureOptions.defaults(), false).snapshot();
        assertThat(snapshot.findTable(ObjectPath.of("public", "flyway_schema_history"))).isEmpty();
        assertThat(snapshot.findTable(ObjectPath.of("app", "databasechangeloglock"))).isEmpty();
        assertThat(paths(snapshot)).noneMatch(p -> p.contains("flyway_schema_history") || p.contains("changelog"));
        assertThat(snapshot.findTable(ObjectPath.of("app", "Scratch Import"))).isPresent();

        Snapshot everything = capture(db, CaptureOptions.builder().clearExcludedTables().build(), false).snapshot();
        assertThat(everything.findTable(ObjectPath.of("public", "flyway_schema_history"))).get()
                .satisfies(t -> assertThat(t.indexes()).hasSize(1));
        assertThat(everything.findTable(ObjectPath.of("app", "databasechangeloglock"))).isPresent();
    }

    @Test
    void an_excluded_table_leaves_nothing_of_its_own_and_costs_no_query(TestDatabase db) throws SQLException {
        db.execute(DDL);
        CaptureOptions options = CaptureOptions.builder().excludeTables("app.Scratch *").build();
        for (boolean parallel : new boolean[] {false, true}) {
            CatalogReader.Result all = capture(db, CaptureOptions.defaults(), parallel);
            CatalogReader.Result without = capture(db, options, parallel);
            assertThat(without.statements()).as("parallel: %s", parallel).isEqualTo(all.statements());

            Snapshot snapshot = without.snapshot();
            assertThat(paths(snapshot)).as("parallel: %s", parallel)
                    .noneMatch(p -> p.contains("Scratch") || p.contains("scratch"));
            assertThat(snapshot.vendorObjects()).extracting(VendorObject::vendorKind).doesNotContain("pg.rule");
            // What is not the table's stays: the table it references, the function its trigger calls, the view.
            assertThat(snapshot.findTable(ObjectPath.of("app", "customers"))).isPresent();
            assertThat(snapshot.objects(ObjectKind.FUNCTION)).containsKey(ObjectPath.of("app", "touch()"));
            assertThat(snapshot.objects(ObjectKind.VIEW)).containsKey(ObjectPath.of("app", "customer_names"));
            assertThat(snapshot.objects(ObjectKind.SEQUENCE)).containsKey(ObjectPath.of("app", "customers_id_seq"));

            // Everything else is what the full capture holds.
            Snapshot full = all.snapshot();
            assertThat(paths(full)).contains("table app.Scratch Import", "sequence app.scratch_counter",
                    "sequence app.Scratch Import_id_seq");
            List<SchemaObject> kept = Stream.of(ObjectKind.values())
                    .flatMap(k -> full.objects(k).values().stream())
                    .filter(o -> !o.path().toString().contains("Scratch") && !o.path().toString().contains("scratch"))
                    .toList();
            assertThat(Stream.of(ObjectKind.values()).flatMap(k -> snapshot.objects(k).values().stream()).toList())
                    .containsExactlyInAnyOrderElementsOf(kept);
        }
    }
}
