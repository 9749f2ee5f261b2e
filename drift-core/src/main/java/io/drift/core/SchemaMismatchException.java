package io.drift.core;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.SchemaDiff;

/**
 * The schema does not match the expected one: the answer to the question, not a failure to ask it. Thrown by
 * {@link Drift#verify(javax.sql.DataSource)}; its message is the readable text report of the differences that fail,
 * and {@link #diff()} holds them all, so that a program can tell drift ({@link Reason#SCHEMA_MISMATCH}) from a failure
 * to capture or compare (every other reason).
 *
 * @since 0.1.0
 */
public class SchemaMismatchException extends DriftException {

    private static final long serialVersionUID = 1L;

    private final transient SchemaDiff diff;

    /**
     * @param message the readable report
     * @param diff    the differences
     */
    public SchemaMismatchException(String message, SchemaDiff diff) {
        super(Reason.SCHEMA_MISMATCH, message);
        this.diff = requireNonNull(diff, "diff");
    }

    /** @return every difference found, including those below the threshold that failed */
    public SchemaDiff diff() {
        return diff;
    }
}
