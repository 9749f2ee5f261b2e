package io.drift.core.model;

/**
 * What a foreign key does when the referenced row is deleted or its key updated.
 *
 * @since 0.1.0
 */
public enum ReferentialAction {
    /** {@code NO ACTION} (the default): fail, checked at the end of the statement or transaction. */
    NO_ACTION,
    /** {@code RESTRICT}: fail at once. */
    RESTRICT,
    /** {@code CASCADE}: delete or update the referencing rows too. */
    CASCADE,
    /** {@code SET NULL}. */
    SET_NULL,
    /** {@code SET DEFAULT}. */
    SET_DEFAULT;
}
