package io.drift.core.model;

/**
 * The command a row-level security policy applies to.
 *
 * @since 0.1.0
 */
public enum PolicyCommand {
    /** {@code FOR ALL}. */
    ALL,
    /** {@code FOR SELECT}. */
    SELECT,
    /** {@code FOR INSERT}. */
    INSERT,
    /** {@code FOR UPDATE}. */
    UPDATE,
    /** {@code FOR DELETE}. */
    DELETE;
}
