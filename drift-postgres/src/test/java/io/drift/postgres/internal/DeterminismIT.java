package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.stream.Stream;

/** The same DDL gives the same snapshot: in two databases, twice in one, whatever the internal names and OIDs. */
class DeterminismIT {

    private static final String VIEWS_FIXTURE = "fixtures/all-kinds/02-views-types-routines.sql";

    @Test
    void the_same_ddl_in_two_databases_gives_equal_snapshots() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase one = postgres.newDatabase(); TestDatabase two = postgres.newDatabase()) {
            // Something else first in one of them, so that every OID differs between the two.
            one.execute("CREATE TABLE public.scratch (a int); DROP TABLE public.scratch;"
                    + "CREATE SEQUENCE public.burn; DROP SEQUENCE public.burn;");
            one.executeResource(Captures.TABLES_FIXTURE).executeResource(VIEWS_FIXTURE);
            two.executeResource(Captures.TABLES_FIXTURE).executeResource(VIEWS_FIXTURE);
            Snapshot first = Captures.capture(one);
            Snapshot second = Captures.capture(two);
            assertThat(Captures.differences(first, second)).isEmpty();
            assertThat(second).isEqualTo(first);
        }
    }

    @Test
    void the_same_ddl_gives_byte_identical_snapshot_files() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase one = postgres.newDatabase(); TestDatabase two = postgres.newDatabase()) {
            one.executeResource(Captures.TABLES_FIXTURE);
            two.executeResource(Captures.TABLES_FIXTURE);
            String first = json(Captures.capture(one));
            assertThat(json(Captures.capture(two))).isEqualTo(first);
        }
    }

    private static String json(Snapshot snapshot) {
        return SnapshotFiles.toJson(snapshot);
    }

    static Stream<String> corpus() {
        return Corpus.ALL.stream().filter(script -> Corpus.since(script) <= TestPostgres.defaultVersion());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void each_corpus_schema_in_two_databases_gives_byte_identical_snapshots(String script) {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase one = postgres.newDatabase(); TestDatabase two = postgres.newDatabase()) {
            // Something else first in one of them, so that every OID and every generated name's counter differs.
            one.execute("CREATE TABLE public.scratch (a int GENERATED ALWAYS AS IDENTITY); DROP TABLE public.scratch;"
                    + "CREATE TYPE public.burn AS (a int); DROP TYPE public.burn;");
            Snapshot first = Corpus.apply(one, script);
            Snapshot second = Corpus.apply(two, script);
            assertThat(Captures.differences(first, second)).isEmpty();
            assertThat(json(second)).isEqualTo(json(first));
        }
    }

    /**
     * Found with the ledger corpus: pg_get_expr renders timestamptz and timetz constants in the session's TimeZone,
     * and intervals in its IntervalStyle, and pgjdbc sends the JVM's time zone as TimeZone. Two machines in two time
     * zones capture one database differently: a partition bound FROM ('2025-01-01 00:00:00+00') reads
     * ('2025-01-01 01:00:00+01') from Berlin, a default '1 mon'::interval reads 'P1M'::interval under iso_8601.
     * The capture now fixes these and the other settings renderings depend on for its transaction.
     */
    @Test
    void the_capturing_sessions_time_zone_and_output_styles_do_not_enter_the_snapshot() throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE TABLE events (at timestamptz NOT NULL DEFAULT '2025-06-01 12:00:00+00',"
                    + " every interval DEFAULT '1 mon 2 days', due timetz DEFAULT '17:30:00+01',"
                    + " ratio double precision DEFAULT 0.1, magic bytea DEFAULT '\\x00ff',"
                    + " day date DEFAULT '2025-01-31', price money DEFAULT 12.5)"
                    + " PARTITION BY RANGE (at);"
                    + " CREATE TABLE events_2025 PARTITION OF events"
                    + " FOR VALUES FROM ('2025-01-01 00:00:00+00') TO ('2026-01-01 00:00:00+00')");
            Snapshot here = Captures.capture(db);
            Snapshot there;
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                // What a JVM in Kathmandu sends (pgjdbc passes the JVM's zone), and a server configured for ISO 8601.
                s.execute("SET TimeZone = 'Asia/Kathmandu'; SET IntervalStyle = iso_8601; SET DateStyle = 'ISO, DMY';"
                        + " SET extra_float_digits = 0; SET bytea_output = 'escape'");
                there = CatalogReader.capture(c, CaptureOptions.defaults()).snapshot();
            }
            assertThat(Captures.differences(Captures.withoutDatabase(here), Captures.withoutDatabase(there)))
                    .isEmpty();
        }
    }

    @Test
    void capturing_the_same_database_twice_gives_equal_snapshots() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.executeResource(Captures.TABLES_FIXTURE);
            assertThat(Captures.capture(db)).isEqualTo(Captures.capture(db));
        }
    }

    @Test
    void identity_sequence_names_do_not_enter_the_snapshot() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase renamed = postgres.newDatabase(); TestDatabase plain = postgres.newDatabase()) {
            // The identity sequence keeps the name it got from the first table name: t_old_id_seq.
            renamed.execute("CREATE TABLE t_old (id int GENERATED ALWAYS AS IDENTITY); ALTER TABLE t_old RENAME TO t;");
            plain.execute("CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY)");
            assertThat(Captures.capture(renamed)).isEqualTo(Captures.capture(plain));
        }
    }
}
