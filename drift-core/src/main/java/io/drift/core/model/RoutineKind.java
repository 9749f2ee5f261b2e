package io.drift.core.model;

/**
 * What sort of routine a {@link Routine} is.
 *
 * @since 0.1.0
 */
public enum RoutineKind {
    /** A function. */
    FUNCTION,
    /** A procedure ({@code CALL}ed, no result). */
    PROCEDURE,
    /** An aggregate function. */
    AGGREGATE,
    /** A window function. */
    WINDOW;
}
