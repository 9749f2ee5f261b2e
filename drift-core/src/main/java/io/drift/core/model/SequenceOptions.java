package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

/**
 * The numbers that define a sequence, shared by {@link Sequence} and identity columns ({@link Identity}).
 *
 * @param dataType  the sequence's type: {@code smallint}, {@code integer} or {@code bigint}
 * @param start     the start value
 * @param increment the increment (negative for a descending sequence)
 * @param min       the minimum value
 * @param max       the maximum value
 * @param cache     how many values a session pre-allocates
 * @param cycle     whether it wraps around at the end
 * @since 0.1.0
 */
public record SequenceOptions(String dataType, long start, long increment, long min, long max, long cache,
                              boolean cycle) {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for an increment of zero
     */
    public SequenceOptions {
        requireNonNull(dataType, "dataType");
        if (increment == 0) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A sequence increment cannot be zero, as"
                    + " PostgreSQL says too. Give 1 for an ascending sequence, -1 for a descending one.");
        }
    }

    /**
     * @param dataType {@code smallint}, {@code integer} or {@code bigint}
     * @return the options PostgreSQL gives a new ascending sequence of that type: start 1, increment 1, no cycle
     */
    public static SequenceOptions defaults(String dataType) {
        long max;
        switch (dataType) {
            case "smallint":
                max = Short.MAX_VALUE;
                break;
            case "integer":
                max = Integer.MAX_VALUE;
                break;
            default:
                max = Long.MAX_VALUE;
        }
        return new SequenceOptions(dataType, 1, 1, 1, max, 1, false);
    }
}
