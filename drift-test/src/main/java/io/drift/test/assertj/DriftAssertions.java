package io.drift.test.assertj;

import io.drift.core.check.CheckReport;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Snapshot;

import javax.sql.DataSource;

/**
 * The entry point of Drift's AssertJ assertions.
 *
 * <p>With {@code import static io.drift.test.assertj.DriftAssertions.assertThat;}:
 *
 * <pre>{@code
 * DriftAssertions.assertThat(dataSource)
 *         .ignoring("comment")                         // a kind or property, as drift diff --ignore takes it
 *         .excluding("public.tmp_*")                   // objects left out of the comparison
 *         .matches(Path.of("src/test/resources/schema/baseline.json"))
 *         .hasTable("public.users")
 *         .hasColumn("public.users.email");
 * }</pre>
 *
 * <p>Comparing with a baseline file: a missing file fails with the command that creates it; with the system property
 * {@code drift.updateBaselines} (or the environment variable {@code DRIFT_UPDATE_BASELINES}) set to {@code true},
 * the baseline is written instead, and the assertion fails once naming each file it changed, so that the change is
 * reviewed and committed rather than passing unseen.
 *
 * @since 0.1.0
 */
public final class DriftAssertions {

    private DriftAssertions() {
    }

    /**
     * @param actual a database; its snapshot is captured once, on the first assertion that needs it, through the
     *               snapshot provider on the class path (io.drift:drift-postgres for PostgreSQL)
     * @return the assertion
     */
    public static DatabaseAssert assertThat(DataSource actual) {
        return new DatabaseAssert(actual);
    }

    /**
     * @param actual a snapshot
     * @return the assertion
     */
    public static SnapshotAssert assertThat(Snapshot actual) {
        return new SnapshotAssert(actual);
    }

    /**
     * @param actual a diff
     * @return the assertion
     */
    public static SchemaDiffAssert assertThat(SchemaDiff actual) {
        return new SchemaDiffAssert(actual);
    }

    /**
     * @param actual a report of checks
     * @return the assertion
     */
    public static CheckReportAssert assertThat(CheckReport actual) {
        return new CheckReportAssert(actual);
    }
}
