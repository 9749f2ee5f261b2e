/**
 * <b>API.</b> The JSON snapshot file format: {@link io.drift.core.snapshot.SnapshotFiles} writes and reads it.
 *
 * @since 0.1.0
 */
package io.drift.core.snapshot;
