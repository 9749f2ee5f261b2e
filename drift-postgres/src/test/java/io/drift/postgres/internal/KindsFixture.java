package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.CaptureOptions;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.View;
import io.drift.test.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeSet;

/** The views, types, routines, triggers and policies fixture, and captures of it, for the ITs of those kinds. */
final class KindsFixture {

    static final String SCRIPT = "fixtures/all-kinds/02-views-types-routines.sql";

    private KindsFixture() {
    }

    /** Loads the fixture into {@code db} and captures the whole database. */
    static CatalogReader.Result load(TestDatabase db) {
        db.executeResource(SCRIPT);
        return capture(db);
    }

    /** Runs a script in simple query mode: the driver sends it whole, as psql would. */
    static void executeSimple(TestDatabase db, String script) {
        String url = db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "preferQueryMode=simple";
        try (Connection c = DriverManager.getConnection(url, db.user(), db.password());
             Statement s = c.createStatement()) {
            s.execute(script);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static CatalogReader.Result capture(TestDatabase db) {
        try (Connection c = db.connect()) {
            return CatalogReader.capture(c, CaptureOptions.defaults());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static Table table(Snapshot snapshot, String schema, String name) {
        return snapshot.table(ObjectPath.of(schema, name));
    }

    static View view(Snapshot snapshot, String schema, String name) {
        return snapshot.findView(ObjectPath.of(schema, name))
                .orElseThrow(() -> new AssertionError("No view " + schema + "." + name + " in " + snapshot));
    }

    /**
     * Asserts that two snapshots hold the same objects, object by object, and names every object that differs with
     * both versions of it: far easier to read than one assertion on two whole snapshots. The database info (server
     * version) is not compared.
     */
    static void assertSameObjects(Snapshot expected, Snapshot actual, String what) {
        List<String> problems = new ArrayList<>();
        for (ObjectKind kind : ObjectKind.values()) {
            NavigableMap<ObjectPath, SchemaObject> e = expected.objects(kind);
            NavigableMap<ObjectPath, SchemaObject> a = actual.objects(kind);
            TreeSet<ObjectPath> paths = new TreeSet<>(e.keySet());
            paths.addAll(a.keySet());
            for (ObjectPath path : paths) {
                SchemaObject x = e.get(path);
                SchemaObject y = a.get(path);
                if (x == null || y == null || !x.equals(y)) {
                    problems.add(kind.displayName() + " " + path + ":\n    expected: " + x + "\n    actual:   " + y);
                }
            }
        }
        assertThat(problems).as(what).isEmpty();
    }

    /** Objects of {@code kind} under {@code schema}. */
    static Map<ObjectPath, SchemaObject> inSchema(Snapshot snapshot, ObjectKind kind, String schema) {
        return snapshot.objects(kind).subMap(ObjectPath.of(schema), true, ObjectPath.of(schema + "\0"), false);
    }
}
