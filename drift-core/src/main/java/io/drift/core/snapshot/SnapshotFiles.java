package io.drift.core.snapshot;

import io.drift.core.model.Snapshot;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;

/**
 * Writes and reads snapshot files. (Signatures fixed; the implementation lands with the snapshot format work.)
 *
 * @since 0.1.0
 */
public final class SnapshotFiles {

    /** The format version this release writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private SnapshotFiles() {
    }

    /** Canonical JSON text of {@code snapshot}, ending with a newline. */
    public static String toJson(Snapshot snapshot) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }

    /** Reads canonical JSON; {@code sourceName} names the input in error messages. */
    public static Snapshot fromJson(String json, String sourceName) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }

    /** Writes to a stream, not closing it. */
    public static void write(Snapshot snapshot, OutputStream out) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }

    /** Writes a file atomically (a temporary file in the same directory, then a move). */
    public static void write(Snapshot snapshot, Path file) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }

    /** Reads a stream, not closing it. */
    public static Snapshot read(InputStream in, String sourceName) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }

    /** Reads a file. */
    public static Snapshot read(Path file) {
        throw new UnsupportedOperationException("snapshot format not written yet");
    }
}
