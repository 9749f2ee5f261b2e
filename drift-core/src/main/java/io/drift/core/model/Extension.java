package io.drift.core.model;

import static java.util.Objects.requireNonNull;

/**
 * An installed extension. Path: its name ({@code pgcrypto}). The objects an extension creates belong to it and are not
 * part of the snapshot themselves.
 *
 * @param path       the extension's name as a one-part path
 * @param version    the installed version
 * @param schema     the schema its objects were created in
 * @param comment    the comment, or {@code null}
 * @param attributes vendor properties
 * @since 0.1.0
 */
public record Extension(ObjectPath path, String version, String schema, String comment, Attributes attributes)
        implements SchemaObject {

    public Extension {
        requireNonNull(path, "path");
        requireNonNull(version, "version");
        requireNonNull(schema, "schema");
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.EXTENSION;
    }
}
