package io.drift.postgres.health.internal;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;

import java.time.Duration;

/**
 * The thresholds of the checks built on pg-index-health, read and validated from a check's options before the
 * database is touched. Each check reads only the options it lists.
 *
 * @param threshold        a fraction (0 to 1): of a sequence's range used, of a relation that is bloat
 * @param errorThreshold   the fraction at which a finding becomes an error
 * @param minSize          the smallest relation worth a finding, in bytes
 * @param minStatisticsAge how long runtime statistics must have been gathered before they tell anything
 */
record Params(double threshold, double errorThreshold, long minSize, Duration minStatisticsAge) {

    static final String THRESHOLD = "threshold";
    static final String ERROR_THRESHOLD = "error-threshold";
    static final String MIN_SIZE = "min-size";
    static final String MIN_STATISTICS_AGE = "min-statistics-age";

    static final double DEFAULT_SEQUENCE_THRESHOLD = 0.8;
    static final double DEFAULT_SEQUENCE_ERROR_THRESHOLD = 0.95;
    static final double DEFAULT_BLOAT_THRESHOLD = 0.3;
    static final long DEFAULT_BLOAT_MIN_SIZE = 10L << 20;
    static final long DEFAULT_UNUSED_MIN_SIZE = 1L << 20;
    static final long DEFAULT_SEQ_SCAN_MIN_SIZE = 10L << 20;
    static final Duration DEFAULT_MIN_STATISTICS_AGE = Duration.ofDays(7);

    /** For a sequence: fractions of its range used. */
    static Params sequence(CheckOptions options) {
        double warn = options.number(THRESHOLD, DEFAULT_SEQUENCE_THRESHOLD, 0.0, 1.0);
        double error = options.number(ERROR_THRESHOLD, Math.max(warn, DEFAULT_SEQUENCE_ERROR_THRESHOLD), 0.0, 1.0);
        if (error < warn) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + options.checkId() + ": option "
                    + ERROR_THRESHOLD + " (" + error + ") must not be below " + THRESHOLD + " (" + warn + ").");
        }
        return new Params(warn, error, 0, Duration.ZERO);
    }

    /** For bloat: the fraction of a relation that is bloat, and the smallest relation worth it. */
    static Params bloat(CheckOptions options) {
        return new Params(options.number(THRESHOLD, DEFAULT_BLOAT_THRESHOLD, 0.0, 1.0), 1.0,
                Sizes.read(options, MIN_SIZE, DEFAULT_BLOAT_MIN_SIZE), Duration.ZERO);
    }

    /** For workload statistics: the smallest relation worth it, and the youngest statistics that tell. */
    static Params workload(CheckOptions options, long defaultMinSize) {
        return new Params(0, 0, Sizes.read(options, MIN_SIZE, defaultMinSize),
                options.duration(MIN_STATISTICS_AGE, DEFAULT_MIN_STATISTICS_AGE));
    }
}
