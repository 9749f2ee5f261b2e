package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A unique constraint. Path: {@code public.users/users_email_key}. (A unique <em>index</em> without a constraint is an
 * {@link Index} with {@link Index#unique()} set.)
 *
 * @param name              the constraint name
 * @param columns           the key columns, in key order
 * @param include           {@code INCLUDE} columns of its index
 * @param nullsNotDistinct  whether nulls compare equal ({@code NULLS NOT DISTINCT}, PostgreSQL 15+)
 * @param deferrable        whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 * @param comment           the comment, or {@code null}
 * @param attributes        vendor properties
 * @since 0.1.0
 */
public record UniqueConstraint(String name, List<String> columns, List<String> include, boolean nullsNotDistinct,
                               boolean deferrable, boolean initiallyDeferred, String comment, Attributes attributes)
        implements Constraint {

    public UniqueConstraint {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * @param name    the constraint name
     * @param columns the key columns
     * @return a plain, immediate unique constraint
     */
    public static UniqueConstraint of(String name, String... columns) {
        return new UniqueConstraint(name, List.of(columns), List.of(), false, false, false, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.UNIQUE_CONSTRAINT;
    }
}
