package io.drift.core.diff;

/**
 * How much a difference matters, from least to most: compare with {@link #compareTo} or {@link #atLeast}.
 *
 * @since 0.1.0
 */
public enum Severity {
    /** Worth knowing, harmless to the application (a changed comment). */
    INFO,
    /** Probably harmless, worth a look (an unexpected index). */
    WARNING,
    /** The application is likely to break or misbehave (a missing table or column). */
    ERROR;

    /**
     * @param threshold the lowest severity that counts
     * @return whether this is {@code threshold} or worse
     */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) >= 0;
    }
}
