package io.drift.postgres.internal;

import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Collection;
import java.util.List;

/**
 * The PostgreSQL majors the cross-version tests use, and the rule that keeps them honest: a test that compares the
 * reference major (the default version) with the others must have compared at least one other. With one server only
 * it would pass having compared nothing, and look like coverage of 12 to 18. So when no other major is available:
 * <ul>
 *     <li>with the embedded servers or Testcontainers (where every major from 12 to 18 should be), the test
 *     <b>fails</b>, naming what was found;</li>
 *     <li>with {@code DRIFT_TEST_JDBC_URL} (one server by construction) it is <b>aborted</b> (reported as skipped)
 *     with a warning in the log that says it compared nothing.</li>
 * </ul>
 */
final class Majors {

    private static final Logger log = LoggerFactory.getLogger(Majors.class);

    private Majors() {
    }

    /** @return the reference major, which the others are compared with */
    static int reference() {
        return TestPostgres.defaultVersion();
    }

    /** @return every available major from 12 (the reference included), for tests that run the same check on each */
    static List<Integer> all() {
        List<Integer> all = TestPostgres.availableVersions().stream().filter(v -> v >= Sql.OLDEST).toList();
        if (all.size() < 2) {
            nothingToCompare("run on every major from " + Sql.OLDEST, all);
        }
        return all;
    }

    /** @return every available major from 12 but the reference: what a cross-version test compares with it */
    static List<Integer> others() {
        return others(Sql.OLDEST);
    }

    /**
     * @param oldest the oldest major the test's DDL runs on
     * @return every available major from {@code oldest} but the reference
     */
    static List<Integer> others(int oldest) {
        int reference = reference();
        List<Integer> others = TestPostgres.availableVersions().stream()
                .filter(v -> v >= oldest && v >= Sql.OLDEST && v != reference).toList();
        if (others.isEmpty()) {
            nothingToCompare("compare PostgreSQL " + reference + " with another major from " + oldest, others);
        }
        return others;
    }

    /**
     * For a test that loops over majors itself: fails (or aborts, as above) unless it compared at least one.
     *
     * @param compared the majors it compared with the reference
     */
    static void requireCompared(Collection<Integer> compared) {
        if (compared.isEmpty()) {
            nothingToCompare("compare PostgreSQL " + reference() + " with another major", List.of());
        }
    }

    private static void nothingToCompare(String what, Collection<Integer> found) {
        String message = "This cross-version test could not " + what + ": "
                + TestPostgres.describeAvailableVersions() + (found.isEmpty() ? "" : " (usable: " + found + ")")
                + ", so it compared nothing.";
        if (TestPostgres.source() == TestPostgres.Source.EXTERNAL) {
            log.warn("{} DRIFT_TEST_JDBC_URL names one server; run without it to compare PostgreSQL 12 to 18.",
                    message);
            Assumptions.abort(message + " (one server behind DRIFT_TEST_JDBC_URL)");
        }
        throw new AssertionError(message + " The build lists the embedded binaries of every major from 12 to 18"
                + " (drift-postgres/pom.xml); check that they were downloaded, or run with -o off once.");
    }
}
