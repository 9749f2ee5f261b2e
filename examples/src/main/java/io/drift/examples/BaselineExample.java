package io.drift.examples;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;

import java.nio.file.Path;
import java.time.Duration;

import javax.sql.DataSource;

/**
 * Captures a database's schema and writes it as a baseline file, the file a team commits next to its migrations.
 *
 * <p>This is what {@code drift snapshot --url … --output schema/baseline.json} does, from Java.
 */
public final class BaselineExample {

    private BaselineExample() {
    }

    /**
     * @param dataSource the database whose schema is the reference (a freshly migrated one, say)
     * @param baseline   where to write the snapshot; written atomically, so an existing file is never half-replaced
     * @return the snapshot written
     */
    public static Snapshot writeBaseline(DataSource dataSource, Path baseline) {
        // [baseline]
        CaptureOptions options = CaptureOptions.builder()
                .schemas("public")                          // every non-system schema when none is named
                .statementTimeout(Duration.ofSeconds(30))   // the capture only reads, in one read-only transaction
                .build();
        Snapshot snapshot = Drift.capture(dataSource, options);   // finds drift-postgres on the class path
        SnapshotFiles.write(snapshot, baseline);                  // canonical JSON: stable order, readable git diffs
        // [baseline]
        return snapshot;
    }
}
