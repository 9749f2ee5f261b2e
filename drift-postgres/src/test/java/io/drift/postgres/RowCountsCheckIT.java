package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.config.DriftConfig;
import io.drift.core.config.RowCountRule;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.junit5.PostgresVersion;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The row-counts check against a real PostgreSQL: exact and estimated, floors and ceilings, and what is unknown. */
@ExtendWith(PostgresExtension.class)
class RowCountsCheckIT {

    private static CheckResult run(DataSource dataSource, String yaml) {
        DriftConfig config = DriftConfig.load(yaml, "drift.yaml");
        CheckReport report = config.applyTo(CheckRunner.builder().discover(RowCountsCheckIT.class.getClassLoader()))
                .only("row-counts").build().run(dataSource);
        return report.result("row-counts").orElseThrow();
    }

    @Test
    void exact_floors_and_ceilings_pass_when_the_rows_are_there(TestDatabase db) {
        db.execute("CREATE TABLE users (id int); INSERT INTO users SELECT generate_series(1, 3);"
                + "CREATE TABLE countries (code text); INSERT INTO countries SELECT 'c' || g FROM generate_series(1, 250) g;");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.users: 1
                  public.countries: {min: 200, max: 300}
                """);

        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).isEqualTo("2 tables: 2 within their rules");
    }

    @Test
    void an_empty_table_is_below_its_floor_and_a_full_one_above_its_ceiling(TestDatabase db) {
        db.execute("CREATE TABLE users (id int);"
                + "CREATE TABLE countries (code text); INSERT INTO countries SELECT 'c' || g FROM generate_series(1, 301) g;");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.users: 1
                  public.countries: {min: 200, max: 300}
                """);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.findings()).extracting(Finding::code, Finding::message).containsExactly(
                org.assertj.core.groups.Tuple.tuple("DRIFT-ROWS-BELOW-MIN",
                        "table public.users has 0 rows, fewer than its minimum of 1."),
                org.assertj.core.groups.Tuple.tuple("DRIFT-ROWS-ABOVE-MAX",
                        "table public.countries has more than 300 rows, its maximum."));
    }

    @Test
    void estimates_come_from_the_planner_after_analyze(TestDatabase db) {
        db.execute("CREATE TABLE events (id int); INSERT INTO events SELECT generate_series(1, 5000); ANALYZE events;"
                + "CREATE TABLE audit (id int); INSERT INTO audit SELECT generate_series(1, 10); ANALYZE audit;");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.events: {min: 1000, estimate: true}
                  public.audit: {min: 1000, estimate: true}
                """);

        assertThat(result.findings()).extracting(Finding::code).containsExactly("DRIFT-ROWS-BELOW-MIN");
        assertThat(result.findings().get(0).message())
                .isEqualTo("table public.audit has about 10 rows (the planner's estimate), fewer than its minimum of 1000.");
    }

    @Test
    void a_table_never_analysed_is_unknown_never_0_on_17(TestDatabase db) {
        neverAnalysedIsUnknown(db);
    }

    @Test
    @PostgresVersion(13)
    void a_table_never_analysed_is_unknown_never_0_on_13_where_reltuples_is_0(TestDatabase db) {
        neverAnalysedIsUnknown(db);
    }

    @Test
    @PostgresVersion(12)
    void a_table_never_analysed_is_unknown_never_0_on_12(TestDatabase db) {
        neverAnalysedIsUnknown(db);
    }

    private static void neverAnalysedIsUnknown(TestDatabase db) {
        // Autovacuum could analyse it in the middle of the test: off for these tables.
        db.execute("CREATE TABLE fresh (id int) WITH (autovacuum_enabled = false);"
                + "INSERT INTO fresh SELECT generate_series(1, 100);"
                + "CREATE TABLE empty_known (id int) WITH (autovacuum_enabled = false); ANALYZE empty_known;");
        awaitStatistics(db, "empty_known");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.fresh: {min: 1, estimate: true}
                  public.empty_known: {min: 1, estimate: true}
                """);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.findings()).extracting(Finding::code)
                .containsExactly("DRIFT-ROWS-UNKNOWN", "DRIFT-ROWS-BELOW-MIN");
        assertThat(result.findings().get(0).message()).contains("public.fresh is unknown", "never analysed");
        assertThat(result.findings().get(0).fix().text()).isEqualTo("ANALYZE \"public\".\"fresh\";");
        assertThat(result.findings().get(1).message()).contains("public.empty_known has about 0 rows");
    }

    /**
     * Before PostgreSQL 15 the statistics collector reports an ANALYZE a little later (up to half a second): until it
     * does, an empty table looks never analysed, and the check says unknown, on the safe side.
     */
    private static void awaitStatistics(TestDatabase db, String table) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        try (java.sql.Connection c = db.connect(); java.sql.Statement s = c.createStatement()) {
            while (System.nanoTime() < deadline) {
                s.execute("SELECT pg_stat_clear_snapshot()");
                try (java.sql.ResultSet rs = s.executeQuery("SELECT analyze_count FROM pg_stat_user_tables"
                        + " WHERE relname = '" + table + "'")) {
                    if (rs.next() && rs.getLong(1) > 0) {
                        return;
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        throw new IllegalStateException("The statistics never showed the ANALYZE of " + table);
    }

    @Test
    void a_partitioned_table_is_estimated_from_its_partitions(TestDatabase db) {
        db.execute("CREATE TABLE m (id int, at date) PARTITION BY RANGE (at);"
                + "CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
                + "CREATE TABLE m_2025 PARTITION OF m FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');"
                + "INSERT INTO m SELECT g, date '2024-01-01' + (g % 700) FROM generate_series(1, 2000) g;"
                + "ANALYZE m_2024; ANALYZE m_2025;");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.m: {min: 1500, max: 2500, estimate: true}
                """);

        assertThat(result.status()).isEqualTo(Status.PASSED);
    }

    @Test
    void hostile_names_are_quoted(TestDatabase db) {
        db.execute("CREATE SCHEMA \"My Schema\"; CREATE TABLE \"My Schema\".\"Order \"\"Lines\"\"\" (id int);"
                + "CREATE TABLE \"My Schema\".\"ünï.cödé\" (id int); INSERT INTO \"My Schema\".\"ünï.cödé\" VALUES (1);");

        CheckResult result = run(db.dataSource(), "row-counts:\n"
                + "  '\"My Schema\".\"Order \"\"Lines\"\"\"': 1\n"
                + "  '\"My Schema\".\"ünï.cödé\"': 1\n");

        assertThat(result.findings()).extracting(Finding::code).containsExactly("DRIFT-ROWS-BELOW-MIN");
        assertThat(result.findings().get(0).object().parts()).containsExactly("My Schema", "Order \"Lines\"");
    }

    @Test
    void a_rule_on_a_table_that_does_not_exist_is_a_finding_with_the_closest_name(TestDatabase db) {
        db.execute("CREATE TABLE users (id int); INSERT INTO users VALUES (1);");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.userz: 1
                  nowhere.users: 1
                  public.users: 1
                """);

        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.findings()).extracting(Finding::code)
                .containsExactly("DRIFT-ROWS-TABLE-MISSING", "DRIFT-ROWS-TABLE-MISSING");
        assertThat(result.findings().get(0).message()).isEqualTo("table public.userz does not exist, so its rows"
                + " cannot be counted. Did you mean public.users?");
        assertThat(result.findings().get(1).message()).contains("(nor does schema nowhere)");
    }

    @Test
    void an_exact_count_past_its_timeout_is_unknown_and_the_others_are_still_checked(TestDatabase db) {
        db.execute("CREATE VIEW slow AS SELECT 1 AS s FROM pg_sleep(5); CREATE TABLE users (id int);");

        CheckResult result = run(db.dataSource(), """
                row-counts:
                  public.slow: 1
                  public.users: 1
                checks:
                  row-counts: {exact-timeout: 300ms}
                """);

        assertThat(result.findings()).extracting(Finding::code)
                .containsExactly("DRIFT-ROWS-UNKNOWN", "DRIFT-ROWS-BELOW-MIN");
        assertThat(result.findings().get(0).message()).contains("view public.slow is unknown",
                "took longer than 300 ms");
        assertThat(result.duration().toMillis()).isLessThan(4000);
    }

    @Test
    void a_table_the_role_may_not_read_is_unknown(TestDatabase db) {
        TestPostgres postgres = db.server();
        postgres.createRole("drift_rows_reader", "reader-secret");
        db.execute("CREATE TABLE secret (id int); INSERT INTO secret VALUES (1);");

        CheckResult result = run(db.dataSource("drift_rows_reader", "reader-secret"), """
                row-counts:
                  public.secret: 1
                """);

        assertThat(result.status()).isEqualTo(Status.WARNED);
        assertThat(result.findings().get(0).message()).contains("the role may not read it");
    }

    @Test
    void rules_from_code_and_bad_options_are_refused_before_a_run(TestDatabase db) {
        db.execute("CREATE TABLE users (id int);");
        CheckReport report = CheckRunner.builder()
                .checks(PostgresChecks.rowCounts(RowCountRule.atLeast("public.users", 1)))
                .build().run(db.dataSource());
        assertThat(report.result("row-counts").orElseThrow().status()).isEqualTo(Status.FAILED);

        assertThatThrownBy(() -> DriftConfig.load("checks:\n  row-counts:\n    tables:\n      public.users: {mni: 1}\n",
                "drift.yaml")).isInstanceOf(DriftException.class)
                .hasMessageStartingWith("drift.yaml, line 4, column 27")
                .hasMessageContaining("no option 'tables.public.users.mni'").hasMessageContaining("Did you mean 'min'?");
    }
}
