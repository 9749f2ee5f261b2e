package io.drift.cli;

import io.drift.core.diff.Differ;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.core.spi.ReportRenderer;
import io.drift.core.spi.SnapshotProvider;

import java.util.ServiceLoader;

/**
 * Which library pieces the CLI stands on are implemented in this build. End-to-end tests that need a piece still
 * being written are skipped (and say why) instead of failing; they run as soon as the piece is merged.
 */
final class Pieces {

    private Pieces() {
    }

    static boolean snapshotFormat() {
        try {
            SnapshotFiles.toJson(Snapshot.empty());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static boolean differ() {
        try {
            Differ.standard().diff(Snapshot.empty(), Snapshot.empty());
            return true;
        } catch (UnsupportedOperationException e) {
            return false;
        }
    }

    static boolean postgresProvider() {
        return ServiceLoader.load(SnapshotProvider.class).stream().findAny().isPresent();
    }

    static boolean renderers() {
        return ServiceLoader.load(ReportRenderer.class).stream().map(ServiceLoader.Provider::get)
                .map(ReportRenderer::format).filter(f -> f.equals("text") || f.equals("json")).count() == 2;
    }

    static boolean capture() {
        return postgresProvider() && snapshotFormat();
    }

    static boolean all() {
        return snapshotFormat() && differ() && postgresProvider() && renderers();
    }

    static String missing() {
        return "needs what is not merged yet:" + (snapshotFormat() ? "" : " SnapshotFiles") + (differ() ? "" : " Differ")
                + (postgresProvider() ? "" : " PostgresSnapshotProvider") + (renderers() ? "" : " text/json renderers");
    }
}
