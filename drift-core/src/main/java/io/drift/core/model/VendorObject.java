package io.drift.core.model;

import static java.util.Objects.requireNonNull;

/**
 * The escape hatch: an object a snapshot provider captures that the model has no record for (an event trigger, a
 * publication, a collation…). Its {@link #vendorKind()} names it, namespaced by the provider ({@code pg.publication});
 * everything else about it is in {@link #attributes()}, which the diff compares key by key.
 *
 * <p>The path's first part is the vendor kind, so that two vendor kinds never collide:
 * {@code new ObjectPath(List.of("pg.publication", "app_pub"), true)}, which renders (and globs match it) as
 * {@code "pg.publication"/app_pub}: the dot in the vendor kind makes {@link ObjectPath#toString()} quote it.
 *
 * @param path       the qualified name, starting with the vendor kind
 * @param vendorKind the provider's name for the kind
 * @param attributes every property of the object
 * @since 0.1.0
 */
public record VendorObject(ObjectPath path, String vendorKind, Attributes attributes) implements SchemaObject {

    public VendorObject {
        requireNonNull(path, "path");
        requireNonNull(vendorKind, "vendorKind");
        attributes = Lists.orEmpty(attributes);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.VENDOR;
    }
}
