package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

/**
 * {@code 01-tables.sql} loaded once per JVM into a database of the default version, and its snapshot, shared by the
 * ITs of the kinds it exercises (they only read it).
 */
final class TablesFixture {

    private static Snapshot snapshot;

    private TablesFixture() {
    }

    static synchronized Snapshot snapshot() {
        if (snapshot == null) {
            TestDatabase db = TestPostgres.start().newDatabase();
            try {
                db.executeResource(Captures.TABLES_FIXTURE);
                snapshot = Captures.capture(db);
            } finally {
                db.close();
            }
        }
        return snapshot;
    }

    static Table table(String schema, String name) {
        return snapshot().table(ObjectPath.of(schema, name));
    }
}
