package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A view or materialized view. Path: {@code public.active_users}.
 *
 * @param path         the qualified name
 * @param materialized whether it is a {@code MATERIALIZED VIEW}
 * @param definition   the query, normalised ({@code SELECT …}, without {@code CREATE VIEW})
 * @param columns      the output columns, by position (name and type; nullability is not meaningful)
 * @param indexes      indexes of a materialized view, by name
 * @param owner        the owning role, or {@code null} when not captured
 * @param comment      the comment, or {@code null}
 * @param grants       privileges, sorted
 * @param attributes   vendor properties ({@code pg.check_option}, {@code pg.security_barrier}…)
 * @since 0.1.0
 */
public record View(ObjectPath path, boolean materialized, String definition, List<Column> columns, List<Index> indexes,
                   String owner, String comment, List<Grant> grants, Attributes attributes) implements SchemaObject {

    public View {
        requireNonNull(path, "path");
        requireNonNull(definition, "definition");
        List<Column> sortedColumns = new ArrayList<>(columns);
        sortedColumns.sort(Comparator.comparingInt(Column::position));
        columns = List.copyOf(sortedColumns);
        List<Index> sortedIndexes = new ArrayList<>(indexes);
        sortedIndexes.sort(Comparator.comparing(Index::name));
        indexes = List.copyOf(sortedIndexes);
        grants = Lists.sortedGrants(grants);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return materialized ? ObjectKind.MATERIALIZED_VIEW : ObjectKind.VIEW;
    }
}
