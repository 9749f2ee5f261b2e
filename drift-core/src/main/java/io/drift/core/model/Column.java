package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

/**
 * A column of a table or view, or a field of a composite type. Path: {@code public.users.email}.
 *
 * @param name                the column name
 * @param position            1-based position among the live columns (dropped columns do not count, so that a table
 *                            that once had a column dropped compares equal to one that never had it)
 * @param type                the canonical type, with modifiers: {@code character varying(20)}, {@code integer[]}
 * @param nullable            whether it accepts {@code NULL}
 * @param defaultExpression   the default expression, or {@code null}
 * @param identity            the identity definition, or {@code null} when it is not an identity column
 * @param generatedExpression the expression of a {@code GENERATED ALWAYS AS (…) STORED} column, or {@code null}
 * @param collation           the collation when it differs from the type's default, or {@code null}
 * @param comment             the comment, or {@code null}
 * @param attributes          vendor properties ({@code pg.storage}, {@code pg.compression}, …)
 * @since 0.1.0
 */
public record Column(String name, int position, String type, boolean nullable, String defaultExpression,
                     Identity identity, String generatedExpression, String collation, String comment,
                     Attributes attributes) implements Member {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a position below 1
     */
    public Column {
        requireNonNull(name, "name");
        requireNonNull(type, "type");
        if (position < 1) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Column " + name + ": position must be 1"
                    + " or more, not " + position + ". Positions count from 1, in the order the table shows them.");
        }
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * A nullable column with no default: the common start of a fixture.
     *
     * @param name     the name
     * @param position 1-based position
     * @param type     the canonical type
     * @return the column
     */
    public static Column of(String name, int position, String type) {
        return new Column(name, position, type, true, null, null, null, null, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.COLUMN;
    }

    /** @return a copy that is {@code NOT NULL} (or not) */
    public Column withNullable(boolean value) {
        return new Column(name, position, type, value, defaultExpression, identity, generatedExpression, collation,
                comment, attributes);
    }

    /** @return a copy with this default expression */
    public Column withDefault(String expression) {
        return new Column(name, position, type, nullable, expression, identity, generatedExpression, collation,
                comment, attributes);
    }

    /** @return a copy with this type */
    public Column withType(String value) {
        return new Column(name, position, value, nullable, defaultExpression, identity, generatedExpression, collation,
                comment, attributes);
    }

    /** @return a copy at this position */
    public Column withPosition(int value) {
        return new Column(name, value, type, nullable, defaultExpression, identity, generatedExpression, collation,
                comment, attributes);
    }

    /** @return a copy with this identity (or none) */
    public Column withIdentity(Identity value) {
        return new Column(name, position, type, nullable, defaultExpression, value, generatedExpression, collation,
                comment, attributes);
    }

    /** @return a copy with this generation expression (or none) */
    public Column withGeneratedExpression(String value) {
        return new Column(name, position, type, nullable, defaultExpression, identity, value, collation,
                comment, attributes);
    }

    /** @return a copy with this collation (or none) */
    public Column withCollation(String value) {
        return new Column(name, position, type, nullable, defaultExpression, identity, generatedExpression, value,
                comment, attributes);
    }

    /** @return a copy with this comment (or none) */
    public Column withComment(String value) {
        return new Column(name, position, type, nullable, defaultExpression, identity, generatedExpression, collation,
                value, attributes);
    }

    /** @return a copy with these attributes */
    public Column withAttributes(Attributes value) {
        return new Column(name, position, type, nullable, defaultExpression, identity, generatedExpression, collation,
                comment, value);
    }
}
