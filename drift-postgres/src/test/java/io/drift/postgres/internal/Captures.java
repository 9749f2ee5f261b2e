package io.drift.postgres.internal;

import io.drift.core.CaptureOptions;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeSet;

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

    /**
     * @return a readable list of the objects that differ between two snapshots (database metadata ignored), each with
     *         both versions; empty when they are equal
     */
    static List<String> differences(Snapshot expected, Snapshot actual) {
        List<String> out = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            NavigableMap<ObjectPath, SchemaObject> e = expected.objects(kind);
            NavigableMap<ObjectPath, SchemaObject> a = actual.objects(kind);
            TreeSet<ObjectPath> paths = new TreeSet<>(e.keySet());
            paths.addAll(a.keySet());
            for (ObjectPath path : paths) {
                SchemaObject x = e.get(path);
                SchemaObject y = a.get(path);
                if (x == null || !x.equals(y)) {
                    out.add(kind + " " + path + "\n  expected: " + x + "\n  actual:   " + y);
                }
            }
        }
        return out;
    }
}
