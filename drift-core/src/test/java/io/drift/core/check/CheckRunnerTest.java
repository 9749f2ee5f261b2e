package io.drift.core.check;

import static io.drift.core.check.TestChecks.EMPTY;
import static io.drift.core.check.TestChecks.ODD;
import static io.drift.core.check.TestChecks.finding;
import static io.drift.core.check.TestChecks.offline;
import static io.drift.core.check.TestChecks.online;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectGlob;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

class CheckRunnerTest {

    private static final Clock DEC_4 = Clock.fixed(Instant.parse("2026-12-04T10:00:00Z"), ZoneOffset.UTC);

    /** A database that cannot be reached: every connection attempt fails as a refused TCP connection does. */
    private static final DataSource UNREACHABLE = new NoDatabase();

    @Test
    void a_check_that_throws_is_errored_alone_and_the_others_still_run() {
        CheckReport report = CheckRunner.builder()
                .checks(offline("boom", c -> {
                    throw new IllegalStateException("kaput");
                }), finding("after", EMPTY, "users"))
                .build().run(UNREACHABLE);

        CheckResult boom = report.result("boom").orElseThrow();
        assertThat(boom.status()).isEqualTo(Status.ERRORED);
        assertThat(boom.summary()).contains("IllegalStateException: kaput");
        assertThat(boom.error()).isInstanceOf(IllegalStateException.class);
        assertThat(report.result("after").orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(CheckReport.EXIT_ERROR);
    }

    @Test
    void each_result_carries_its_checks_codes_so_a_report_can_explain_them() {
        CheckReport report = CheckRunner.builder()
                .checks(finding("ran", EMPTY, "users"), offline("boom", c -> {
                    throw new IllegalStateException("kaput");
                }))
                .build().run(UNREACHABLE);

        CheckResult ran = report.result("ran").orElseThrow();
        assertThat(ran.codes()).containsExactly(EMPTY, ODD);
        assertThat(ran.findCode("TEST-TABLE-EMPTY")).hasValue(EMPTY);
        assertThat(ran.findCode("TEST-NOPE")).isEmpty();
        assertThat(report.result("boom").orElseThrow().codes()).containsExactly(EMPTY, ODD);
    }

    @Test
    void a_check_past_its_timeout_is_errored_and_the_next_one_runs() {
        CheckReport report = CheckRunner.builder()
                .checks(offline("slow", c -> {
                    try {
                        Thread.sleep(10_000);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Outcome.passed("woke");
                }), offline("quick", c -> Outcome.passed("fine")))
                .checkTimeout(Duration.ofMillis(200))
                .build().run(UNREACHABLE);

        CheckResult slow = report.result("slow").orElseThrow();
        assertThat(slow.status()).isEqualTo(Status.ERRORED);
        assertThat(slow.summary()).startsWith("Did not finish within 200 ms.");
        assertThat(slow.duration()).isLessThan(Duration.ofSeconds(5));
        assertThat(report.result("quick").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void an_unreachable_database_skips_the_checks_that_need_it_at_once_and_runs_the_others() {
        long start = System.nanoTime();
        CheckReport report = CheckRunner.builder()
                .checks(online("a"), online("b"), offline("http", c -> Outcome.passed("200 OK")))
                .build().run(UNREACHABLE);

        assertThat(report.results()).extracting(CheckResult::checkId).containsExactly("connectivity", "a", "b", "http");
        CheckResult connectivity = report.result("connectivity").orElseThrow();
        assertThat(connectivity.status()).isEqualTo(Status.ERRORED);
        // The words of every other failure to connect (SqlFailures), not the driver's exception.
        assertThat(connectivity.summary()).isEqualTo("Cannot connect to the database (Connection refused). Check that"
                + " the server is running and that the host and port are right.");
        assertThat(connectivity.error()).isInstanceOfSatisfying(DriftException.class,
                e -> assertThat(e.reason()).isEqualTo(DriftException.Reason.UNREACHABLE));
        assertThat(report.result("a").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        assertThat(report.result("a").orElseThrow().summary())
                .isEqualTo("Not run: the database could not be reached (see connectivity).");
        assertThat(report.result("http").orElseThrow().status()).isEqualTo(Status.PASSED);
        assertThat(report.exitCode(Severity.ERROR)).isEqualTo(CheckReport.EXIT_ERROR);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void the_quick_profile_lists_expensive_checks_as_skipped() {
        CheckRunner runner = CheckRunner.builder()
                .checks(offline("bloat", Set.of(CheckTag.EXPENSIVE, CheckTag.HEALTH), c -> Outcome.passed("x")),
                        offline("cheap", c -> Outcome.passed("y")))
                .quick(true)
                .build();
        CheckReport report = runner.run(UNREACHABLE);

        assertThat(runner.skippedByQuickProfile("bloat")).isTrue();
        assertThat(report.result("bloat").orElseThrow().status()).isEqualTo(Status.SKIPPED);
        assertThat(report.result("bloat").orElseThrow().summary()).contains("quick profile");
        assertThat(report.result("cheap").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void selection_by_id_and_by_tag() {
        Check a = offline("a", Set.of(CheckTag.HEALTH), c -> Outcome.passed("a"));
        Check b = offline("b", Set.of(CheckTag.DRIFT), c -> Outcome.passed("b"));
        Check c = offline("c", Set.of(CheckTag.HEALTH, CheckTag.STYLE), cx -> Outcome.passed("c"));

        assertThat(ids(CheckRunner.builder().checks(a, b, c).only("b").build())).containsExactly("b");
        assertThat(ids(CheckRunner.builder().checks(a, b, c).skip("a").build())).containsExactly("b", "c");
        assertThat(ids(CheckRunner.builder().checks(a, b, c).tags(CheckTag.HEALTH).build())).containsExactly("a", "c");
        assertThat(ids(CheckRunner.builder().checks(a, b, c).disable("c").build())).containsExactly("a", "b");
    }

    @Test
    void a_check_off_by_default_runs_only_when_enabled_or_named() {
        Check style = new DelegatingCheck(offline("naming", c -> Outcome.passed("ok"))) {
            @Override
            public boolean enabledByDefault() {
                return false;
            }
        };
        assertThat(ids(CheckRunner.builder().checks(style).build())).isEmpty();
        assertThat(ids(CheckRunner.builder().checks(style).enable("naming").build())).containsExactly("naming");
        assertThat(ids(CheckRunner.builder().checks(style).only("naming").build())).containsExactly("naming");
    }

    @Test
    void an_unknown_check_id_is_refused_with_the_closest_one() {
        CheckRunner.Builder builder = CheckRunner.builder()
                .checks(offline("pg.fk-without-index", c -> Outcome.passed("x")))
                .skip("pg.fk-without-idx");
        assertThatThrownBy(builder::build)
                .isInstanceOf(DriftException.class)
                .hasMessageStartingWith("Unknown check 'pg.fk-without-idx' in skip. Did you mean 'pg.fk-without-index'?")
                .extracting(e -> ((DriftException) e).reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG);
    }

    @Test
    void an_option_a_check_does_not_read_is_refused_with_the_closest_one() {
        CheckRunner.Builder builder = CheckRunner.builder()
                .checks(offline("rows", c -> Outcome.passed("x")))
                .options(CheckOptions.of("rows", Map.of("treshold", 3)));
        assertThatThrownBy(builder::build)
                .hasMessage("Check rows has no option 'treshold'. Did you mean 'threshold'? Its options: tables,"
                        + " threshold.");
    }

    @Test
    void a_check_sees_its_own_options_only() {
        CheckReport report = CheckRunner.builder()
                .checks(offline("a", c -> Outcome.passed("threshold " + c.options().integer("threshold", 1, 0, 9))),
                        offline("b", c -> Outcome.passed("threshold " + c.options().integer("threshold", 1, 0, 9))))
                .options(CheckOptions.of("a", Map.of("threshold", 7)))
                .build().run(UNREACHABLE);
        assertThat(report.result("a").orElseThrow().summary()).isEqualTo("threshold 7");
        assertThat(report.result("b").orElseThrow().summary()).isEqualTo("threshold 1");
    }

    @Test
    void a_suppressed_finding_is_reported_marked_and_does_not_fail_its_check() {
        CheckReport report = CheckRunner.builder()
                .checks(finding("rows", EMPTY, "import_2019"), finding("rows2", EMPTY, "users"))
                .suppressions(Suppression.of("TEST-TABLE-EMPTY", "Emptied on purpose")
                        .forObjects(ObjectGlob.of("public.import_*")))
                .clock(DEC_4)
                .build().run(UNREACHABLE);

        CheckResult rows = report.result("rows").orElseThrow();
        assertThat(rows.status()).isEqualTo(Status.PASSED);
        assertThat(rows.findings()).singleElement().satisfies(f -> {
            assertThat(f.isSuppressed()).isTrue();
            assertThat(f.suppression().reason()).isEqualTo("Emptied on purpose");
        });
        assertThat(report.result("rows2").orElseThrow().status()).isEqualTo(Status.FAILED);
        assertThat(report.suppressedCount()).isEqualTo(1);
        assertThat(report.result("suppressions").orElseThrow().status()).isEqualTo(Status.PASSED);
    }

    @Test
    void an_expired_suppression_suppresses_nothing_and_is_a_finding_itself() {
        CheckReport report = CheckRunner.builder()
                .checks(finding("rows", EMPTY, "users"))
                .suppressions(Suppression.of("TEST-TABLE-EMPTY", "Until the backfill").until(LocalDate.of(2026, 12, 3)))
                .clock(DEC_4)
                .build().run(UNREACHABLE);

        assertThat(report.result("rows").orElseThrow().status()).isEqualTo(Status.FAILED);
        CheckResult suppressions = report.result("suppressions").orElseThrow();
        assertThat(suppressions.status()).isEqualTo(Status.WARNED);
        assertThat(suppressions.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("DRIFT-SUPPRESSION-EXPIRED");
            assertThat(f.message()).contains("expired on 2026-12-03").contains("Until the backfill");
        });
    }

    @Test
    void a_suppression_that_matched_nothing_from_a_check_that_ran_is_reported_as_info() {
        CheckReport report = CheckRunner.builder()
                .checks(offline("rows", c -> Outcome.passed("all tables have rows")))
                .suppressions(Suppression.of("TEST-TABLE-EMPTY", "Old"))
                .clock(DEC_4)
                .build().run(UNREACHABLE);
        CheckResult suppressions = report.result("suppressions").orElseThrow();
        assertThat(suppressions.findings()).singleElement()
                .extracting(Finding::code, Finding::severity)
                .containsExactly("DRIFT-SUPPRESSION-UNUSED", Severity.INFO);
        assertThat(report.passed(Severity.WARNING)).isTrue();
    }

    @Test
    void a_suppression_or_override_of_a_code_no_check_emits_is_refused_with_the_closest_code() {
        CheckRunner.Builder builder = CheckRunner.builder()
                .checks(finding("rows", EMPTY, "users"))
                .suppressions(Suppression.of("TEST-TABLE-EMTPY", "typo"));
        assertThatThrownBy(builder::build).hasMessageStartingWith(
                "A suppression names the code 'TEST-TABLE-EMTPY', which no check emits. Did you mean 'TEST-TABLE-EMPTY'?");
        assertThatThrownBy(() -> CheckRunner.builder().checks(finding("rows", EMPTY, "users"))
                .severity("TEST-ODDD", Severity.INFO).build())
                .hasMessageContaining("Did you mean 'TEST-ODD'?");
    }

    @Test
    void a_severity_override_changes_the_findings_and_so_the_status() {
        CheckReport report = CheckRunner.builder()
                .checks(finding("rows", EMPTY, "users"))
                .severity("TEST-TABLE-EMPTY", Severity.WARNING)
                .build().run(UNREACHABLE);
        assertThat(report.result("rows").orElseThrow().status()).isEqualTo(Status.WARNED);
        assertThat(report.passed(Severity.ERROR)).isTrue();
        assertThat(report.passed(Severity.WARNING)).isFalse();
        assertThat(report.exitCode(Severity.ERROR)).isZero();
        assertThat(report.exitCode(Severity.WARNING)).isEqualTo(CheckReport.EXIT_FAILED);
    }

    @Test
    void a_skipped_outcome_is_skipped_with_its_reason() {
        CheckReport report = CheckRunner.builder()
                .checks(offline("flyway", c -> Outcome.skipped("No Flyway configuration: set flyway.locations.")))
                .build().run(UNREACHABLE);
        CheckResult result = report.result("flyway").orElseThrow();
        assertThat(result.status()).isEqualTo(Status.SKIPPED);
        assertThat(result.summary()).isEqualTo("No Flyway configuration: set flyway.locations.");
        assertThat(report.passed(Severity.INFO)).isTrue();
    }

    @Test
    void the_run_timeout_errors_the_checks_it_leaves_no_time_for() {
        AtomicInteger ran = new AtomicInteger();
        CheckReport report = CheckRunner.builder()
                .checks(offline("first", c -> {
                    ran.incrementAndGet();
                    try {
                        Thread.sleep(600);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    return Outcome.passed("done");
                }), offline("second", c -> {
                    ran.incrementAndGet();
                    return Outcome.passed("done");
                }))
                .timeout(Duration.ofMillis(300))
                .build().run(UNREACHABLE);
        assertThat(report.result("first").orElseThrow().status()).isEqualTo(Status.ERRORED);
        assertThat(report.result("second").orElseThrow().status()).isEqualTo(Status.ERRORED);
        assertThat(report.result("second").orElseThrow().summary()).contains("run's timeout of 300 ms had passed");
        assertThat(ran.get()).isEqualTo(1);
    }

    @Test
    void a_finding_counts_only_unsuppressed_ones_and_the_report_counts_statuses() {
        CheckReport report = CheckRunner.builder()
                .checks(finding("a", ODD, "x"), finding("b", EMPTY, "y"), offline("c", c -> Outcome.passed("ok")))
                .build().run(UNREACHABLE);
        assertThat(report.status()).isEqualTo(Status.FAILED);
        assertThat(report.countsByStatus()).containsEntry(Status.WARNED, 1).containsEntry(Status.FAILED, 1)
                .containsEntry(Status.PASSED, 1);
        assertThat(report.countsBySeverity()).containsEntry(Severity.WARNING, 1).containsEntry(Severity.ERROR, 1);
        assertThat(report.findings()).hasSize(2);
    }

    @Test
    void status_maps_from_severity() {
        assertThat(Status.of(Severity.INFO)).isEqualTo(Status.PASSED);
        assertThat(Status.of(Severity.WARNING)).isEqualTo(Status.WARNED);
        assertThat(Status.of(Severity.ERROR)).isEqualTo(Status.FAILED);
        assertThat(Status.worst(Status.FAILED, Status.ERRORED, Status.PASSED)).isEqualTo(Status.ERRORED);
    }

    @Test
    void built_in_checks_declare_their_codes() {
        assertThat(CheckRunner.builtInChecks()).extracting(Check::id).containsExactly("connectivity", "suppressions");
        assertThat(CheckRunner.builtInChecks().stream().flatMap(c -> c.codes().stream()).map(FindingCode::code))
                .containsExactly("DRIFT-CONNECTION-SLOW", "DRIFT-SUPPRESSION-EXPIRED", "DRIFT-SUPPRESSION-UNUSED");
    }

    private static List<String> ids(CheckRunner runner) {
        return runner.checks().stream().map(Check::id).toList();
    }

    /** Forwards everything, so a test can override one method. */
    private static class DelegatingCheck implements Check {
        private final Check delegate;

        DelegatingCheck(Check delegate) {
            this.delegate = delegate;
        }

        @Override
        public String id() {
            return delegate.id();
        }

        @Override
        public String description() {
            return delegate.description();
        }

        @Override
        public List<FindingCode> codes() {
            return delegate.codes();
        }

        @Override
        public boolean needsDatabase() {
            return delegate.needsDatabase();
        }

        @Override
        public Outcome run(CheckContext context) throws Exception {
            return delegate.run(context);
        }
    }

    /** A data source whose server refuses every connection. */
    private static final class NoDatabase implements DataSource {
        @Override
        public Connection getConnection() throws SQLException {
            throw new SQLException("Connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
