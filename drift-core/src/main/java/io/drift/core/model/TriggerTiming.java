package io.drift.core.model;

/**
 * When a trigger fires relative to its event.
 *
 * @since 0.1.0
 */
public enum TriggerTiming {
    /** {@code BEFORE}. */
    BEFORE,
    /** {@code AFTER}. */
    AFTER,
    /** {@code INSTEAD OF} (views). */
    INSTEAD_OF;
}
