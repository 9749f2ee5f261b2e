package io.drift.postgres.health;

import static io.drift.postgres.health.Health.found;
import static io.drift.postgres.health.Health.run;
import static io.drift.postgres.health.Health.runAllowingErrors;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Status;
import io.drift.core.diff.Severity;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

/** Bad options, exclusions that match nothing, and a role that may not read the statistics: each one clear message. */
@ExtendWith(PostgresExtension.class)
class BadInputIT {

    @ParameterizedTest(name = "{0} {1}={2}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "pg.sequence-near-limit | threshold          | 1.5   | Check pg.sequence-near-limit: option threshold must be between 0.0 and 1.0, not '1.5'.",
            "pg.sequence-near-limit | error-threshold    | -0.1  | Check pg.sequence-near-limit: option error-threshold must be between 0.0 and 1.0, not '-0.1'.",
            "pg.identity-near-limit | threshold          | lots  | Check pg.identity-near-limit: option threshold must be a number, not 'lots'.",
            "pg.table-bloat         | min-size           | 10 MiB| Check pg.table-bloat: option min-size must be a size such as 8kB, 10MB or 1GB (or a number of bytes), not '10 MiB'.",
            "pg.unused-index        | min-statistics-age | soon  | Check pg.unused-index: option min-statistics-age must be a positive duration such as 500ms, 30s, 5m or 1h, not 'soon'.",
            "pg.wraparound          | max-tables         | 0     | Check pg.wraparound: option max-tables must be between 1 and 10000, not '0'.",
            "pg.wraparound          | freeze-max-age-factor | -1 | Check pg.wraparound: option freeze-max-age-factor must be between 0.0 and 10.0, not '-1'.",
            "pg.replication-slot    | max-retained-wal   | 1 TiB | Check pg.replication-slot: option max-retained-wal must be a size such as 8kB, 10MB or 1GB (or a number of bytes), not '1 TiB'.",
            "pg.long-transaction    | max-idle           | 0s    | Check pg.long-transaction: option max-idle must be a positive duration such as 500ms, 30s, 5m or 1h, not '0s'.",
            "pg.fk-without-index    | exclude            | ` public.x` | Check pg.fk-without-index: option exclude: The object glob ' public.x' has blanks around it. Remove them (a name with blanks inside is written as is)."})
    void an_option_out_of_range_is_one_clear_error_before_any_query(String id, String option, String value,
                                                                     String message, TestDatabase db) {
        Counting counting = new Counting(db.dataSource());
        CheckResult result = runAllowingErrors(counting, id, option, value);
        assertThat(result.status()).isEqualTo(Status.ERRORED);
        assertThat(result.summary()).isEqualTo(message);
        assertThat(result.error()).isInstanceOf(DriftException.class);
        assertThat(((DriftException) result.error()).reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG);
        assertThat(counting.connections.get()).as("connections: connectivity's alone").isEqualTo(1);
    }

    @Test
    void a_threshold_of_errors_below_the_threshold_of_warnings_is_refused(TestDatabase db) {
        CheckResult result = runAllowingErrors(db.dataSource(), "pg.connections", "threshold", 0.9,
                "error-threshold", 0.5);
        assertThat(result.status()).isEqualTo(Status.ERRORED);
        assertThat(result.summary())
                .isEqualTo("Check pg.connections: option error-threshold (0.5) must not be below threshold (0.9).");
    }

    @Test
    void an_unknown_option_is_refused_with_the_closest_name(TestDatabase db) {
        assertThatThrownBy(() -> CheckRunner.builder().providers(new PostgresHealthChecks())
                .options(CheckOptions.of("pg.sequence-near-limit", Map.of("treshold", 0.5))).build())
                .isInstanceOf(DriftException.class)
                .hasMessage("Check pg.sequence-near-limit has no option 'treshold'. Did you mean 'threshold'?"
                        + " Its options: error-threshold, exclude, threshold.");
    }

    @Test
    void an_exclusion_leaves_out_the_object_and_what_is_in_it_and_one_that_matches_nothing_is_a_warning(
            TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".customers (id int PRIMARY KEY);
                CREATE TABLE "Sales Ü".orders (id int PRIMARY KEY, customer_id int REFERENCES "Sales Ü".customers);
                CREATE TABLE "Sales Ü"."Legacy import" (payload text);
                CREATE TABLE "Sales Ü"."Legacy export" (payload text);
                """);
        CheckResult pk = run(db, "pg.table-without-pk", "exclude", List.of("Sales Ü.Legacy *"));
        assertThat(pk.findings()).isEmpty();
        assertThat(pk.summary()).isEqualTo("no tables without a primary key (2 excluded)");

        // a foreign key's finding is excluded by its table's path
        CheckResult fk = run(db, "pg.fk-without-index", "exclude", List.of("Sales Ü.orders", "Sales Ü.gone_*"));
        assertThat(found(fk)).containsExactly("PG-EXCLUSION-UNUSED -");
        assertThat(fk.status()).isEqualTo(Status.WARNED);
        assertThat(fk.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(fk.findings().get(0).message())
                .isEqualTo("The exclusion 'Sales Ü.gone_*' of pg.fk-without-index matched none of its findings.");
        assertThat(fk.findings().get(0).fix().text()).startsWith("Remove it from checks.pg.fk-without-index.exclude");
    }

    /**
     * A role that may connect and read the catalog, but not the statistics views nor other sessions, nor the tables:
     * the checks that need them are skipped with the reason and the GRANT, none fails, and what could not be read is
     * said in the summaries.
     */
    @Test
    void a_role_that_cannot_read_the_statistics_gets_skipped_checks_not_errors(TestPostgres server) throws Exception {
        String role = "drift_health_reader_" + ProcessHandle.current().pid();
        server.createRole(role, "secret");
        try (TestDatabase db = server.newDatabase()) {
            db.execute("""
                    CREATE SCHEMA "Sales Ü";
                    CREATE TABLE "Sales Ü".big (id int PRIMARY KEY, body text);
                    INSERT INTO "Sales Ü".big SELECT g, repeat('x', 100) FROM generate_series(1, 1000) g;
                    ANALYZE "Sales Ü".big;
                    CREATE SEQUENCE "Sales Ü".private_seq;
                    REVOKE SELECT ON pg_catalog.pg_stat_user_indexes, pg_catalog.pg_stat_user_tables FROM PUBLIC;
                    """);
            db.execute("GRANT USAGE ON SCHEMA \"Sales Ü\" TO " + role);
            DataSource asRole = db.dataSource(role, "secret");

            CheckResult unused = run(asRole, "pg.unused-index");
            assertThat(unused.status()).isEqualTo(Status.SKIPPED);
            assertThat(unused.summary()).isEqualTo("The role " + role + " cannot read pg_catalog.pg_stat_user_indexes,"
                    + " so this check cannot tell. Grant it: GRANT SELECT ON pg_catalog.pg_stat_user_indexes TO "
                    + role + ".");
            assertThat(run(asRole, "pg.sequential-scans").summary())
                    .contains("cannot read pg_catalog.pg_stat_user_tables");
            CheckResult sessions = run(asRole, "pg.long-transaction");
            assertThat(sessions.status()).isEqualTo(Status.SKIPPED);
            assertThat(sessions.summary()).isEqualTo("The role " + role + " sees only its own sessions in"
                    + " pg_stat_activity, so this check cannot tell. Grant it: GRANT pg_read_all_stats TO " + role
                    + ".");
            CheckResult bloat = run(asRole, "pg.table-bloat");
            assertThat(bloat.status()).isEqualTo(Status.SKIPPED);
            assertThat(bloat.summary()).startsWith("The role " + role + " may not read any of the 1 tables");
            assertThat(run(asRole, "pg.sequence-near-limit").summary()).isEqualTo("no sequences near their limit;"
                    + " 1 sequence not read: the role lacks USAGE or SELECT on it (GRANT SELECT ON ALL SEQUENCES IN"
                    + " SCHEMA … TO the checking role)");

            CheckReport all = CheckRunner.builder().providers(new PostgresHealthChecks()).build().run(asRole);
            assertThat(all.results()).filteredOn(r -> r.status() == Status.ERRORED).isEmpty();
            assertThat(all.results()).filteredOn(r -> r.tags().contains(CheckTag.RUNTIME)
                            && r.status() == Status.SKIPPED).extracting(CheckResult::checkId)
                    .contains("pg.unused-index", "pg.sequential-scans", "pg.long-transaction", "pg.table-bloat",
                            "pg.index-bloat");
            assertThat(all.exitCode(Severity.ERROR)).isNotEqualTo(CheckReport.EXIT_ERROR);
        } finally {
            server.execute("DROP ROLE IF EXISTS " + role);
        }
    }

    /** A data source that counts the connections it opens. */
    static final class Counting implements DataSource {
        final DataSource delegate;
        final AtomicInteger connections = new AtomicInteger();

        Counting(DataSource delegate) {
            this.delegate = delegate;
        }

        @Override
        public Connection getConnection() throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection();
        }

        @Override
        public Connection getConnection(String user, String password) throws SQLException {
            connections.incrementAndGet();
            return delegate.getConnection(user, password);
        }

        @Override
        public PrintWriter getLogWriter() throws SQLException {
            return delegate.getLogWriter();
        }

        @Override
        public void setLogWriter(PrintWriter out) throws SQLException {
            delegate.setLogWriter(out);
        }

        @Override
        public void setLoginTimeout(int seconds) throws SQLException {
            delegate.setLoginTimeout(seconds);
        }

        @Override
        public int getLoginTimeout() throws SQLException {
            return delegate.getLoginTimeout();
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            return delegate.unwrap(type);
        }

        @Override
        public boolean isWrapperFor(Class<?> type) throws SQLException {
            return delegate.isWrapperFor(type);
        }
    }
}
