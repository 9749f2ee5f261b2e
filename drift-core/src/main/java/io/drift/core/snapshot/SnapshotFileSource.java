package io.drift.core.snapshot;

import io.drift.core.model.Snapshot;
import io.drift.core.spi.ExpectedSchemaSource;

import java.nio.file.Path;

/** The expected schema as a committed snapshot file holds it; see {@link SnapshotFiles#source(Path)}. */
final class SnapshotFileSource implements ExpectedSchemaSource {

    private final Path file;

    SnapshotFileSource(Path file) {
        this.file = file;
    }

    @Override
    public String description() {
        return "snapshot file " + file;
    }

    @Override
    public Snapshot load() {
        return SnapshotFiles.read(file);
    }

    @Override
    public String toString() {
        return description();
    }
}
