package io.drift.core.model;

/**
 * An event that fires a trigger.
 *
 * @since 0.1.0
 */
public enum TriggerEvent {
    /** {@code INSERT}. */
    INSERT,
    /** {@code UPDATE}. */
    UPDATE,
    /** {@code DELETE}. */
    DELETE,
    /** {@code TRUNCATE}. */
    TRUNCATE;
}
