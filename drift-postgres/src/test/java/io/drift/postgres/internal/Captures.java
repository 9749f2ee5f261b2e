package io.drift.postgres.internal;

import io.drift.core.model.Snapshot;
import io.drift.core.spi.CaptureOptions;
import io.drift.test.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;

/** Test helpers: capture a test database. */
final class Captures {

    static final String TABLES_FIXTURE = "fixtures/all-kinds/01-tables.sql";

    private Captures() {
    }

    static Snapshot capture(TestDatabase db) {
        return capture(db, CaptureOptions.defaults());
    }

    static Snapshot capture(TestDatabase db, CaptureOptions options) {
        return result(db, options).snapshot();
    }

    static CatalogReader.Result result(TestDatabase db, CaptureOptions options) {
        try (Connection c = db.connect()) {
            return CatalogReader.capture(c, options);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The snapshot without its database metadata, for comparing captures of different versions. */
    static Snapshot withoutDatabase(Snapshot snapshot) {
        return snapshot.toBuilder().database(null).build();
    }
}
