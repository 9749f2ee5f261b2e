package io.drift.core.check;

import java.util.Arrays;
import java.util.Collection;

/**
 * A check's verdict, ordered from best to worst.
 *
 * @since 0.1.0
 */
public enum Status {
    /** Nothing wrong. */
    PASS,
    /** Not applicable here (an extension it needs is absent, the profile skips it). */
    SKIPPED,
    /** Something to look at, not a failure. */
    WARN,
    /** The database is not as it should be. */
    FAIL,
    /** The check could not run: an exception, a timeout, a missing privilege. */
    ERROR;

    /**
     * @param statuses any statuses
     * @return the worst of them, {@link #PASS} for none
     */
    public static Status worst(Collection<Status> statuses) {
        return statuses.stream().max(Enum::compareTo).orElse(PASS);
    }

    /**
     * @param statuses any statuses
     * @return the worst of them, {@link #PASS} for none
     */
    public static Status worst(Status... statuses) {
        return worst(Arrays.asList(statuses));
    }

    /**
     * @param threshold the status from which on something counts as failing
     * @return whether this is {@code threshold} or worse
     */
    public boolean atLeast(Status threshold) {
        return compareTo(threshold) >= 0;
    }
}
