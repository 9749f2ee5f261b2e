package io.drift.core.diff;

/**
 * The three ways an actual schema can differ from the expected one.
 *
 * @since 0.1.0
 */
public enum DifferenceType {
    /** Expected but absent. */
    MISSING,
    /** Present but not expected. */
    UNEXPECTED,
    /** Present in both, with a property that differs. */
    CHANGED
}
