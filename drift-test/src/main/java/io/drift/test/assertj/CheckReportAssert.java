package io.drift.test.assertj;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.diff.Severity;
import io.drift.core.report.RenderContext;
import io.drift.core.report.TextRenderer;

import java.util.Optional;

import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on a {@link CheckReport}; see {@link DriftAssertions}. A failure's message is the text report.
 *
 * <pre>{@code
 * assertThat(report).passes().hasNoFinding("PG-FK-WITHOUT-INDEX");
 * }</pre>
 *
 * @since 0.1.0
 */
public class CheckReportAssert extends AbstractAssert<CheckReportAssert, CheckReport> {

    /** @param actual the report */
    protected CheckReportAssert(CheckReport actual) {
        super(actual, CheckReportAssert.class);
    }

    /** @return this, when every check ran and none found an error that is not suppressed */
    public CheckReportAssert passes() {
        return passes(Severity.ERROR);
    }

    /**
     * @param failOn the lowest severity that fails
     * @return this, when every check ran and none found anything, not suppressed, at or above {@code failOn}
     */
    public CheckReportAssert passes(Severity failOn) {
        requireNonNull(failOn, "failOn");
        isNotNull();
        if (!actual.passed(failOn)) {
            failWithMessage("%nExpecting the checks to pass (failing on %s), but they did not:%n%n%s", failOn,
                    report());
        }
        return this;
    }

    /**
     * @param code a finding code
     * @return this, when some finding not suppressed has that code
     */
    public CheckReportAssert hasFinding(String code) {
        isNotNull();
        if (actual.findings().stream().filter(f -> !f.isSuppressed()).map(Finding::code).noneMatch(code::equals)) {
            failWithMessage("%nExpecting a finding %s, but there is none:%n%n%s", code, report());
        }
        return this;
    }

    /**
     * @param code a finding code
     * @return this, when no finding that is not suppressed has that code
     */
    public CheckReportAssert hasNoFinding(String code) {
        isNotNull();
        if (actual.findings().stream().filter(f -> !f.isSuppressed()).map(Finding::code).anyMatch(code::equals)) {
            failWithMessage("%nExpecting no finding %s, but there is:%n%n%s", code, report());
        }
        return this;
    }

    /**
     * @param checkId a check's id
     * @param status  its expected status
     * @return this
     */
    public CheckReportAssert hasStatus(String checkId, Status status) {
        isNotNull();
        Optional<CheckResult> result = actual.result(checkId);
        if (result.isEmpty()) {
            failWithMessage("%nExpecting check %s to be %s, but it is not in the report:%n%n%s", checkId, status,
                    report());
        } else if (result.get().status() != status) {
            failWithMessage("%nExpecting check %s to be %s, but it is %s:%n%n%s", checkId, status,
                    result.get().status(), report());
        }
        return this;
    }

    private String report() {
        return new TextRenderer().renderToString(actual, RenderContext.of("checks", "the database"));
    }
}
