package io.drift.core.model;

/**
 * Whether, and in which session replication role, a trigger fires.
 *
 * @since 0.1.0
 */
public enum TriggerEnabled {
    /** Enabled (fires in origin and local mode), the default. */
    ORIGIN,
    /** {@code ENABLE ALWAYS}. */
    ALWAYS,
    /** {@code ENABLE REPLICA}: fires only in replica mode. */
    REPLICA,
    /** {@code DISABLE}. */
    DISABLED;
}
