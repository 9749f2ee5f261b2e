package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A primary key. Path: {@code public.users/users_pkey}.
 *
 * @param name              the constraint name
 * @param columns           the key columns, in key order
 * @param include           {@code INCLUDE} columns of its index
 * @param deferrable        whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 * @param comment           the comment, or {@code null}
 * @param attributes        vendor properties
 * @since 0.1.0
 */
public record PrimaryKey(String name, List<String> columns, List<String> include, boolean deferrable,
                         boolean initiallyDeferred, String comment, Attributes attributes) implements Constraint {

    public PrimaryKey {
        requireNonNull(name, "name");
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * @param name    the constraint name
     * @param columns the key columns
     * @return a plain, immediate primary key
     */
    public static PrimaryKey of(String name, String... columns) {
        return new PrimaryKey(name, List.of(columns), List.of(), false, false, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.PRIMARY_KEY;
    }
}
