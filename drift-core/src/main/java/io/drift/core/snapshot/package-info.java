/**
 * <b>API.</b> The JSON snapshot file format: {@link io.drift.core.snapshot.SnapshotFiles} writes and reads it, and
 * {@link io.drift.core.snapshot.SnapshotFormatException} reports a file it cannot read.
 *
 * <p>The format is versioned by its {@code formatVersion} field and described in {@code docs/snapshot-format.md}. It is
 * kept out of the model: the records carry no Jackson annotations, and the package-private classes here (a Jackson
 * module, one declarative {@code Shape} per record, {@code FormatV1}) map them to JSON and back.
 *
 * @since 0.1.0
 */
package io.drift.core.snapshot;
