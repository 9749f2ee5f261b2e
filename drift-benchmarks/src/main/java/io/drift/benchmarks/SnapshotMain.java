package io.drift.benchmarks;

import io.drift.core.Drift;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.core.spi.CaptureOptions;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;

/**
 * What {@code drift snapshot --url URL --output FILE} does, for measuring a fresh process when the CLI jar has not
 * been built: connect, capture with the discovered provider, write the JSON file.
 */
public final class SnapshotMain {

    private SnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: SnapshotMain JDBC_URL OUTPUT_FILE");
            System.exit(2);
        }
        try (Connection connection = DriverManager.getConnection(args[0])) {
            Snapshot snapshot = Drift.capture(connection, CaptureOptions.defaults());
            SnapshotFiles.write(snapshot, Path.of(args[1]));
        }
    }
}
