package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * An enum type. Path: {@code public.mood}.
 *
 * @param path       the qualified name
 * @param labels     the labels in their sort order (which is what {@code ALTER TYPE … ADD VALUE … BEFORE} changes)
 * @param owner      the owning role, or {@code null} when not captured
 * @param comment    the comment, or {@code null}
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record EnumType(ObjectPath path, List<String> labels, String owner, String comment, Attributes attributes)
        implements SchemaObject {

    public EnumType {
        requireNonNull(path, "path");
        labels = List.copyOf(labels);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.ENUM;
    }
}
