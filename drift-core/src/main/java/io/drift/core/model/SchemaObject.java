package io.drift.core.model;

/**
 * A top-level object of a snapshot, keyed by its {@link #path()} within its {@link #kind()}.
 *
 * <p>The set of kinds is closed so that the diff and the file format can treat each exhaustively; what a database has
 * beyond them is a {@link VendorObject}.
 *
 * @since 0.1.0
 */
public sealed interface SchemaObject
        permits SchemaDef, Extension, Table, View, Sequence, EnumType, Domain, CompositeType, Routine, VendorObject {

    /** @return the qualified name, unique within {@link #kind()} */
    ObjectPath path();

    /** @return the kind; switch on this */
    ObjectKind kind();

    /** @return vendor properties the model does not name; the diff compares them */
    Attributes attributes();
}
