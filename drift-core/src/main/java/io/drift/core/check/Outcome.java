package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a check returns: a status, a one-line summary and its findings.
 *
 * @param status   the verdict
 * @param summary  one line for a person
 * @param findings what it found, in a stable order
 * @since 0.1.0
 */
public record Outcome(Status status, String summary, List<Finding> findings) {

    public Outcome {
        requireNonNull(status, "status");
        requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
    }

    /** @return a passing outcome */
    public static Outcome pass(String summary) {
        return new Outcome(Status.PASS, summary, List.of());
    }

    /** @return a skipped outcome, with why */
    public static Outcome skipped(String why) {
        return new Outcome(Status.SKIPPED, why, List.of());
    }

    /** @return a warning outcome */
    public static Outcome warn(String summary, List<Finding> findings) {
        return new Outcome(Status.WARN, summary, findings);
    }

    /** @return a failing outcome */
    public static Outcome fail(String summary, List<Finding> findings) {
        return new Outcome(Status.FAIL, summary, findings);
    }
}
