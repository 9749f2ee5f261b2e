package io.drift.core.check;

import io.drift.core.diff.Severity;

import java.util.Arrays;
import java.util.Collection;

/**
 * A check's verdict, ordered from best to worst.
 *
 * <p>Two scales, one mapping. A {@link Severity} says how much one finding (or one difference) matters; a status says
 * how a whole check went. A check that ran gets the status of its worst finding that is not suppressed, through
 * {@link #of(Severity)}: {@code INFO} → {@link #PASSED}, {@code WARNING} → {@link #WARNED}, {@code ERROR} →
 * {@link #FAILED}. {@link #ERRORED} is not a finding's severity at all: it means the check could not run, so nothing is
 * known about what it checks.
 *
 * @since 0.1.0
 */
public enum Status {
    /** It ran and found nothing that matters (perhaps findings of severity {@code INFO}). */
    PASSED,
    /** It did not run, and says why: not configured, not applicable, left out by the profile, database unreachable. */
    SKIPPED,
    /** It ran and found something to look at: its worst finding is a {@code WARNING}. */
    WARNED,
    /** It ran and found that the database is not as it should be: its worst finding is an {@code ERROR}. */
    FAILED,
    /** It could not run: an exception, a timeout, a missing privilege. Nothing is known about what it checks. */
    ERRORED;

    /**
     * @param severity the worst severity among a check's findings
     * @return the status of a check that ran and found that
     */
    public static Status of(Severity severity) {
        switch (severity) {
            case ERROR:
                return FAILED;
            case WARNING:
                return WARNED;
            default:
                return PASSED;
        }
    }

    /**
     * @param statuses any statuses
     * @return the worst of them, {@link #PASSED} for none
     */
    public static Status worst(Collection<Status> statuses) {
        return statuses.stream().max(Enum::compareTo).orElse(PASSED);
    }

    /**
     * @param statuses any statuses
     * @return the worst of them, {@link #PASSED} for none
     */
    public static Status worst(Status... statuses) {
        return worst(Arrays.asList(statuses));
    }

    /**
     * @param threshold a status
     * @return whether this is {@code threshold} or worse
     */
    public boolean atLeast(Status threshold) {
        return compareTo(threshold) >= 0;
    }
}
