package io.drift.core.model;

/**
 * A function's volatility category.
 *
 * @since 0.1.0
 */
public enum Volatility {
    /** {@code IMMUTABLE}. */
    IMMUTABLE,
    /** {@code STABLE}. */
    STABLE,
    /** {@code VOLATILE}. */
    VOLATILE;
}
