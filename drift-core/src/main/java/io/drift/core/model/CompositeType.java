package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A composite type created with {@code CREATE TYPE … AS (…)}. Path: {@code public.address}.
 *
 * @param path       the qualified name
 * @param fields     its fields, by position (name, type, collation)
 * @param owner      the owning role, or {@code null} when not captured
 * @param comment    the comment, or {@code null}
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record CompositeType(ObjectPath path, List<Column> fields, String owner, String comment, Attributes attributes)
        implements SchemaObject {

    public CompositeType {
        requireNonNull(path, "path");
        List<Column> sorted = new ArrayList<>(fields);
        sorted.sort(Comparator.comparingInt(Column::position));
        fields = List.copyOf(sorted);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.COMPOSITE_TYPE;
    }
}
