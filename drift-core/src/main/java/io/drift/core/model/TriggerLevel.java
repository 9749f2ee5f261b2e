package io.drift.core.model;

/**
 * Whether a trigger fires once per row or once per statement.
 *
 * @since 0.1.0
 */
public enum TriggerLevel {
    /** {@code FOR EACH ROW}. */
    ROW,
    /** {@code FOR EACH STATEMENT}. */
    STATEMENT;
}
