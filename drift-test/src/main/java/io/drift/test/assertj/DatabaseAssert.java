package io.drift.test.assertj;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.check.Check;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.diff.Severity;
import io.drift.core.model.Snapshot;

import javax.sql.DataSource;

/**
 * Assertions on a live database; see {@link DriftAssertions}. Its snapshot is captured once, on the first assertion
 * that needs it, with {@link #capturing(CaptureOptions)} (by default every non-system schema), through the snapshot
 * provider on the class path.
 *
 * <pre>{@code
 * assertThat(dataSource)
 *         .capturing(CaptureOptions.builder().schemas("public").build())
 *         .matches(Path.of("src/test/resources/schema/baseline.json"))
 *         .passes(CheckRunner.builder().discover(getClass().getClassLoader()).build());
 * }</pre>
 *
 * @since 0.1.0
 */
public class DatabaseAssert extends AbstractSchemaAssert<DatabaseAssert, DataSource> {

    private CaptureOptions captureOptions = CaptureOptions.defaults();
    private Severity failOn = Severity.ERROR;
    private Snapshot captured;

    /** @param actual the database */
    protected DatabaseAssert(DataSource actual) {
        super(actual, DatabaseAssert.class);
    }

    /**
     * @param value what to capture (schemas, timeouts); set before the first assertion that needs the snapshot
     * @return this
     */
    public DatabaseAssert capturing(CaptureOptions value) {
        this.captureOptions = requireNonNull(value, "captureOptions");
        this.captured = null;
        return this;
    }

    /**
     * @param value the lowest severity that makes {@link #passes} fail (default {@link Severity#ERROR})
     * @return this
     */
    public DatabaseAssert failingOn(Severity value) {
        this.failOn = requireNonNull(value, "failOn");
        return this;
    }

    @Override
    protected Snapshot snapshot() {
        isNotNull();
        if (captured == null) {
            captured = Drift.capture(actual, captureOptions);
        }
        return captured;
    }

    @Override
    protected CaptureOptions captureOptions() {
        return captureOptions;
    }

    @Override
    protected String describeActual() {
        return "the database";
    }

    /**
     * Runs these checks (and {@code connectivity}) against the database and verifies that they pass.
     *
     * @param checks the checks
     * @return this
     */
    public DatabaseAssert passes(Check... checks) {
        return passes(CheckRunner.builder().checks(checks).build());
    }

    /**
     * Runs the checks of a runner against the database and verifies that they pass at {@link #failingOn(Severity)}:
     * every check ran, and none found anything, not suppressed, at or above it.
     *
     * @param runner the runner
     * @return this
     */
    public DatabaseAssert passes(CheckRunner runner) {
        isNotNull();
        CheckReport report = runner.run(actual);
        new CheckReportAssert(report).passes(failOn);
        return this;
    }
}
