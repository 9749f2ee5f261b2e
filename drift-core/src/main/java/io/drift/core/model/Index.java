package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An index of a table or materialized view. Path: {@code public.users/idx_users_email}. Indexes that exist only to
 * implement a primary key, unique or exclusion constraint are represented by that constraint, not listed here.
 *
 * @param name             the index name
 * @param unique           whether it is {@code UNIQUE}
 * @param method           the access method: {@code btree}, {@code gin}, {@code gist}, {@code hash}, {@code brin}…
 * @param keys             the key elements in order: a column name, or an expression, with any non-default operator
 *                         class, collation, {@code DESC} or {@code NULLS FIRST}/{@code LAST} as the database renders
 *                         them
 * @param include          the {@code INCLUDE} columns
 * @param predicate        the {@code WHERE} predicate of a partial index, or {@code null}
 * @param nullsNotDistinct whether a unique index treats nulls as equal ({@code NULLS NOT DISTINCT})
 * @param valid            whether it is valid (false after a failed {@code CREATE INDEX CONCURRENTLY})
 * @param definition       the full definition, {@code CREATE INDEX … USING …}, as the database renders it
 * @param comment          the comment, or {@code null}
 * @param attributes       vendor properties ({@code pg.fillfactor}, …)
 * @since 0.1.0
 */
public record Index(String name, boolean unique, String method, List<String> keys, List<String> include,
                    String predicate, boolean nullsNotDistinct, boolean valid, String definition, String comment,
                    Attributes attributes) implements Member {

    public Index {
        requireNonNull(name, "name");
        requireNonNull(method, "method");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * A valid, non-unique index on plain key columns.
     *
     * @param name   the name
     * @param method the access method
     * @param keys   the key columns
     * @return the index; its definition is {@code null}
     */
    public static Index of(String name, String method, List<String> keys) {
        return new Index(name, false, method, keys, List.of(), null, false, true, null, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.INDEX;
    }
}
