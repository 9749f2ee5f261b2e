package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A foreign key. Path: {@code public.orders/orders_user_id_fkey}.
 *
 * @param name              the constraint name
 * @param columns           the referencing columns, in order
 * @param referencedTable   the referenced table
 * @param referencedColumns the referenced columns, matching {@code columns} one to one
 * @param onUpdate          the {@code ON UPDATE} action
 * @param onDelete          the {@code ON DELETE} action
 * @param match             the match type
 * @param deferrable        whether it is {@code DEFERRABLE}
 * @param initiallyDeferred whether it is {@code INITIALLY DEFERRED}
 * @param validated         false when added {@code NOT VALID} and not validated since
 * @param comment           the comment, or {@code null}
 * @param attributes        vendor properties
 * @since 0.1.0
 */
public record ForeignKey(String name, List<String> columns, ObjectPath referencedTable, List<String> referencedColumns,
                         ReferentialAction onUpdate, ReferentialAction onDelete, MatchType match, boolean deferrable,
                         boolean initiallyDeferred, boolean validated, String comment, Attributes attributes)
        implements Constraint {

    public ForeignKey {
        requireNonNull(name, "name");
        requireNonNull(referencedTable, "referencedTable");
        requireNonNull(onUpdate, "onUpdate");
        requireNonNull(onDelete, "onDelete");
        requireNonNull(match, "match");
        columns = List.copyOf(columns);
        referencedColumns = List.copyOf(referencedColumns);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * A validated, immediate {@code MATCH SIMPLE} foreign key with {@code NO ACTION} on both events.
     *
     * @param name              the constraint name
     * @param columns           the referencing columns
     * @param referencedTable   the referenced table
     * @param referencedColumns the referenced columns
     * @return the foreign key
     */
    public static ForeignKey of(String name, List<String> columns, ObjectPath referencedTable,
                                List<String> referencedColumns) {
        return new ForeignKey(name, columns, referencedTable, referencedColumns, ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, MatchType.SIMPLE, false, false, true, null, Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.FOREIGN_KEY;
    }
}
