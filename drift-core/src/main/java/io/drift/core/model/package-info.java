/**
 * <b>API.</b> The schema model: an immutable {@link io.drift.core.model.Snapshot} of a database's structure, equal to
 * another when it holds the same schema (whatever server it came from).
 *
 * <p>Each kind of object the model knows is a record implementing the sealed {@link io.drift.core.model.SchemaObject}
 * (top-level objects: schemas, tables, views, sequences, types, routines, extensions) or the sealed
 * {@link io.drift.core.model.Member} (objects that live inside a table: columns, indexes, constraints, triggers,
 * policies). What the model does not name goes into {@link io.drift.core.model.Attributes} on every record, or into a
 * {@link io.drift.core.model.VendorObject}; the diff compares both like any property.
 *
 * <p>Conventions: collections are never {@code null} (empty instead) and are copied defensively; optional scalars
 * (comments, defaults, expressions) are {@code null} when absent; SQL fragments (types, expressions, definitions) are the
 * database's own canonical rendering, normalised by the snapshot provider so that the same DDL gives the same text.
 *
 * @since 0.1.0
 */
package io.drift.core.model;
