package io.drift.postgres.health;

import static io.drift.postgres.health.Health.applyFixes;
import static io.drift.postgres.health.Health.await;
import static io.drift.postgres.health.Health.found;
import static io.drift.postgres.health.Health.queryLong;
import static io.drift.postgres.health.Health.run;
import static io.drift.postgres.health.HealthChecksContract.f;
import static io.drift.postgres.health.HealthChecksContract.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckResult;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The checks of runtime statistics, against a real workload: scans run and counted by the server's statistics,
 * rows deleted and the table analyzed. The size and age limits are lowered so that a test database counts.
 */
@ExtendWith(PostgresExtension.class)
abstract class RuntimeChecksContract {

    static final Object[] WORKLOAD = {"min-size", "0", "min-statistics-age", "1ms"};

    /** The findings of a check that must have run (not been skipped for young statistics). */
    static List<String> ran(CheckResult result) {
        assertThat(result.status()).as(result.summary()).isNotEqualTo(Status.SKIPPED);
        return found(result);
    }

    @Test
    void unused_index(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Logs ""L"", 1" (id bigint PRIMARY KEY, n int, m int);
                INSERT INTO "Sales Ü"."Logs ""L"", 1" SELECT g, g % 100, g % 7 FROM generate_series(1, 5000) g;
                CREATE INDEX used ON "Sales Ü"."Logs ""L"", 1" (n);
                ANALYZE "Sales Ü"."Logs ""L"", 1";
                """);
        scan(db, "SET enable_seqscan = off; SELECT count(*) FROM \"Sales Ü\".\"Logs \"\"L\"\", 1\" WHERE n = 5", 60);
        await("the index scans to be counted", () -> queryLong(db, "SELECT idx_scan FROM pg_stat_user_indexes"
                + " WHERE indexrelname = 'used'") >= 60);
        assertThat(ran(run(db, "pg.unused-index", WORKLOAD))).isEmpty();
        // with the defaults the statistics of a server started minutes ago are too young to tell
        CheckResult young = run(db, "pg.unused-index");
        assertThat(young.status()).isEqualTo(Status.SKIPPED);
        assertThat(young.summary()).contains("less than min-statistics-age (7 days)");

        db.execute("CREATE INDEX \"Idle; \"\"m\"\", idx\" ON \"Sales Ü\".\"Logs \"\"L\"\", 1\" (m)");
        CheckResult result = run(db, "pg.unused-index", WORKLOAD);
        assertThat(ran(result)).containsExactly(f("PG-UNUSED-INDEX", t("Logs \"L\", 1").member("Idle; \"m\", idx")));
        assertThat(result.findings().get(0).fix().text())
                .endsWith("\nDROP INDEX CONCURRENTLY \"Sales Ü\".\"Idle; \"\"m\"\", idx\";");
        assertThat(found(run(db, "pg.unused-index", "min-size", "1GB", "min-statistics-age", "1ms"))).isEmpty();
        applyFixes(db, result);
        assertThat(ran(run(db, "pg.unused-index", WORKLOAD))).isEmpty();
    }

    @Test
    void sequential_scans(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".indexed (id bigint PRIMARY KEY, n int);
                INSERT INTO "Sales Ü".indexed SELECT g, g FROM generate_series(1, 2000) g;
                CREATE TABLE "Sales Ü"."Scanned ""S"", 1" (id int, n int);
                INSERT INTO "Sales Ü"."Scanned ""S"", 1" SELECT g, g FROM generate_series(1, 2000) g;
                ANALYZE;
                """);
        scan(db, "SET enable_seqscan = off; SELECT * FROM \"Sales Ü\".indexed WHERE id = 7", 120);
        await("the index scans to be counted", () -> queryLong(db, "SELECT idx_scan FROM pg_stat_user_tables"
                + " WHERE relname = 'indexed'") >= 120);
        assertThat(ran(run(db, "pg.sequential-scans", WORKLOAD))).isEmpty();

        scan(db, "SELECT count(*) FROM \"Sales Ü\".\"Scanned \"\"S\"\", 1\" WHERE n = 7", 110);
        await("the sequential scans to be counted", () -> queryLong(db, "SELECT seq_scan FROM pg_stat_user_tables"
                + " WHERE relname = 'Scanned \"S\", 1'") >= 110);
        CheckResult result = run(db, "pg.sequential-scans", WORKLOAD);
        assertThat(ran(result)).containsExactly(f("PG-SEQUENTIAL-SCANS", t("Scanned \"S\", 1")));
        assertThat(result.findings().get(0).message()).contains("sequential scans and 0 index scans");
        assertThat(found(run(db, "pg.sequential-scans", "min-size", "10MB", "min-statistics-age", "1ms"))).isEmpty();
    }

    @Test
    void table_and_index_bloat(TestDatabase db) {
        // autovacuum is off for the table so that nothing changes its pages while the test looks
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Bloat ""B"", 1" (id int, payload text) WITH (autovacuum_enabled = false);
                INSERT INTO "Sales Ü"."Bloat ""B"", 1" SELECT g, repeat('x', 100) FROM generate_series(1, 20000) g;
                CREATE INDEX "Idx ""B"", id" ON "Sales Ü"."Bloat ""B"", 1" (id);
                ANALYZE "Sales Ü"."Bloat ""B"", 1";
                """);
        Object[] options = {"min-size", "0", "threshold", 0.5};
        assertThat(found(run(db, "pg.table-bloat", options))).isEmpty();
        assertThat(found(run(db, "pg.index-bloat", options))).isEmpty();

        // nine rows in ten gone, from every page: VACUUM frees the space but cannot give it back
        db.execute("DELETE FROM \"Sales Ü\".\"Bloat \"\"B\"\", 1\" WHERE id % 10 <> 0");
        db.execute("VACUUM \"Sales Ü\".\"Bloat \"\"B\"\", 1\"");
        db.execute("ANALYZE \"Sales Ü\".\"Bloat \"\"B\"\", 1\"");
        CheckResult table = run(db, "pg.table-bloat", options);
        assertThat(found(table)).containsExactly(f("PG-TABLE-BLOAT", t("Bloat \"B\", 1")));
        assertThat(table.findings().get(0).fix().type()).isEqualTo(Fix.Type.ACTION);
        CheckResult index = run(db, "pg.index-bloat", options);
        assertThat(found(index)).containsExactly(f("PG-INDEX-BLOAT", t("Bloat \"B\", 1").member("Idx \"B\", id")));
        assertThat(found(run(db, "pg.index-bloat", "min-size", "1GB"))).isEmpty();

        applyFixes(db, index);
        db.execute("ANALYZE \"Sales Ü\".\"Bloat \"\"B\"\", 1\"");
        assertThat(found(run(db, "pg.index-bloat", options))).isEmpty();
        db.execute("VACUUM FULL \"Sales Ü\".\"Bloat \"\"B\"\", 1\"");
        db.execute("ANALYZE \"Sales Ü\".\"Bloat \"\"B\"\", 1\"");
        assertThat(found(run(db, "pg.table-bloat", options))).isEmpty();
    }

    @Test
    void overlapping_index(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Over ""O"", 1" (a int UNIQUE, b int, c int, d text);
                -- a unique index (a) next to (a, b) is needed; (b) with another predicate or sort order is not covered
                CREATE INDEX ON "Sales Ü"."Over ""O"", 1" (a, b);
                CREATE INDEX ON "Sales Ü"."Over ""O"", 1" (b) WHERE c > 0;
                CREATE INDEX ON "Sales Ü"."Over ""O"", 1" (b DESC, c);
                CREATE INDEX ON "Sales Ü"."Over ""O"", 1" (lower(d));
                CREATE INDEX ON "Sales Ü"."Over ""O"", 1" (lower(d), a);
                """);
        assertThat(found(run(db, "pg.overlapping-index"))).isEmpty();

        db.execute("CREATE INDEX \"Just b; \"\"x\"\"\" ON \"Sales Ü\".\"Over \"\"O\"\", 1\" (b, c) WHERE c > 0");
        db.execute("CREATE INDEX \"Just b, c\" ON \"Sales Ü\".\"Over \"\"O\"\", 1\" (b DESC)");
        CheckResult result = run(db, "pg.overlapping-index");
        assertThat(found(result)).containsExactly(
                f("PG-OVERLAPPING-INDEX", t("Over \"O\", 1").member("Just b, c")),
                f("PG-OVERLAPPING-INDEX", t("Over \"O\", 1").member("Over \"O\", 1_b_idx")));
    }

    /** Runs a statement {@code times} times in a session of its own, closed at the end (which sends its counts). */
    static void scan(TestDatabase db, String sql, int times) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (int i = 0; i < times; i++) {
                s.execute(sql);
            }
        }
    }
}
