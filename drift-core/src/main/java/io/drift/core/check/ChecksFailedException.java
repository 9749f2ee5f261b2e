package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

/**
 * Checks found what fails the run, or could not run. Its message is the readable text report; {@link #report()} holds
 * every result, so that a program can act on them.
 *
 * @since 0.1.0
 */
public class ChecksFailedException extends DriftException {

    private static final long serialVersionUID = 1L;

    private final transient CheckReport report;

    /**
     * @param message the readable report
     * @param report  the report
     */
    public ChecksFailedException(String message, CheckReport report) {
        super(Reason.CHECKS_FAILED, message);
        this.report = requireNonNull(report, "report");
    }

    /** @return the report of the run */
    public CheckReport report() {
        return report;
    }
}
