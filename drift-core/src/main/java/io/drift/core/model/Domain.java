package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A domain. Path: {@code public.email_address}.
 *
 * @param path              the qualified name
 * @param baseType          the underlying type, canonical
 * @param defaultExpression the default, or {@code null}
 * @param notNull           whether it is {@code NOT NULL}
 * @param collation         the collation when not the type's default, or {@code null}
 * @param constraints       its check constraints, by name
 * @param owner             the owning role, or {@code null} when not captured
 * @param comment           the comment, or {@code null}
 * @param attributes        vendor properties
 * @since 0.1.0
 */
public record Domain(ObjectPath path, String baseType, String defaultExpression, boolean notNull, String collation,
                     List<CheckConstraint> constraints, String owner, String comment, Attributes attributes)
        implements SchemaObject {

    public Domain {
        requireNonNull(path, "path");
        requireNonNull(baseType, "baseType");
        List<CheckConstraint> sorted = new ArrayList<>(constraints);
        sorted.sort(Comparator.comparing(CheckConstraint::name));
        constraints = List.copyOf(sorted);
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.DOMAIN;
    }
}
