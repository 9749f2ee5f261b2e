package io.drift.benchmarks;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.postgres.PostgresConnections;

import java.nio.file.Path;

/**
 * What {@code drift snapshot --url URL --output FILE} does, for measuring a fresh process when the CLI jar has not
 * been built: connect, capture with the discovered provider, write the JSON file.
 */
public final class SnapshotMain {

    private SnapshotMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && !(args.length == 4 && "--connections".equals(args[2]))) {
            System.err.println("usage: SnapshotMain JDBC_URL OUTPUT_FILE [--connections N]");
            System.exit(2);
        }
        CaptureOptions options = CaptureOptions.builder()
                .maxConnections(args.length == 4 ? Integer.parseInt(args[3]) : CaptureOptions.DEFAULT_MAX_CONNECTIONS)
                .build();
        Snapshot snapshot = Drift.capture(PostgresConnections.dataSource(args[0], null, null), options);
        SnapshotFiles.write(snapshot, Path.of(args[1]));
    }
}
