package io.drift.core.model;

/**
 * A table constraint. {@code NOT NULL} is not one here: it is {@link Column#nullable()}.
 *
 * @since 0.1.0
 */
public sealed interface Constraint extends Member
        permits PrimaryKey, UniqueConstraint, ForeignKey, CheckConstraint, ExclusionConstraint {
}
