package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.diff.Severity;

import java.util.List;

/**
 * What a check returns: a one-line summary and its findings, or the reason it did not run. A check does not choose its
 * status: the runner derives it from the findings that no suppression covers (see {@link Status#of(Severity)}), so
 * that a suppression or a severity override acts the same on every check.
 *
 * @param skipped  whether the check did not run ({@code summary} then says why)
 * @param summary  one line for a person: what was checked ({@code 47 tables, 3 without a primary key}), or why not
 * @param findings what it found, in a stable order
 * @since 0.1.0
 */
public record Outcome(boolean skipped, String summary, List<Finding> findings) {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a skipped outcome with findings
     */
    public Outcome {
        requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        if (skipped && !findings.isEmpty()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A skipped check has no findings, yet "
                    + findings.size() + " were given. Return Outcome.of(summary, findings) when the check ran.");
        }
    }

    /**
     * @param summary what was checked
     * @return an outcome with nothing found
     */
    public static Outcome passed(String summary) {
        return new Outcome(false, summary, List.of());
    }

    /**
     * @param summary  what was checked and found
     * @param findings what it found; none means it passed
     * @return the outcome
     */
    public static Outcome of(String summary, List<Finding> findings) {
        return new Outcome(false, summary, findings);
    }

    /**
     * @param why why the check did not run, and how to make it run where that applies
     * @return a skipped outcome
     */
    public static Outcome skipped(String why) {
        return new Outcome(true, why, List.of());
    }

    /** @return the status these findings give, before any suppression: {@link Status#SKIPPED} when skipped */
    public Status status() {
        if (skipped) {
            return Status.SKIPPED;
        }
        return findings.stream().map(f -> Status.of(f.severity())).max(Enum::compareTo).orElse(Status.PASSED);
    }
}
