package io.drift.core.model;

/**
 * How a multi-column foreign key treats nulls.
 *
 * @since 0.1.0
 */
public enum MatchType {
    /** {@code MATCH SIMPLE} (the default): a null in any column exempts the row. */
    SIMPLE,
    /** {@code MATCH FULL}: all columns null, or none. */
    FULL,
    /** {@code MATCH PARTIAL} (not implemented by PostgreSQL). */
    PARTIAL;
}
