package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A schema (a namespace). Path: {@code public}.
 *
 * @param path       the schema's name as a one-part path
 * @param owner      the owning role, or {@code null} when not captured
 * @param comment    the comment, or {@code null}
 * @param grants     privileges on the schema, sorted
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record SchemaDef(ObjectPath path, String owner, String comment, List<Grant> grants, Attributes attributes)
        implements SchemaObject {

    public SchemaDef {
        requireNonNull(path, "path");
        grants = Lists.sortedGrants(grants);
        attributes = Lists.orEmpty(attributes);
    }

    /**
     * @param name the schema name
     * @return a schema with nothing but its name
     */
    public static SchemaDef named(String name) {
        return new SchemaDef(ObjectPath.of(name), null, null, List.of(), Attributes.empty());
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.SCHEMA;
    }
}
