package io.drift.core.model;

/**
 * An object that lives inside a table (or a materialized view, for indexes): a column, index, constraint, trigger or
 * policy. Its name is unique among the members of the same {@link #kind()} of its table; its path is the table's path
 * plus the name ({@link ObjectPath#child} for columns, {@link ObjectPath#member} for the rest).
 *
 * @since 0.1.0
 */
public sealed interface Member permits Column, Index, Constraint, Trigger, Policy {

    /** @return the name, unique within the table for this kind */
    String name();

    /** @return the kind; switch on this */
    ObjectKind kind();

    /** @return the comment, or {@code null} */
    String comment();

    /** @return vendor properties the model does not name; the diff compares them */
    Attributes attributes();

    /**
     * @param table the path of the table (or view) this member belongs to
     * @return this member's path
     */
    default ObjectPath pathIn(ObjectPath table) {
        return kind() == ObjectKind.COLUMN ? table.child(name()) : table.member(name());
    }
}
