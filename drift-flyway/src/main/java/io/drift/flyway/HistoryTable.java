package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.model.ObjectPath;

/**
 * Where Flyway keeps a database's migration history, and whether it is there.
 *
 * @param schema the schema Flyway reads it from: the configured default schema, else the first configured schema,
 *               else the connection's current schema
 * @param table  the table's name ({@code flyway_schema_history} unless configured otherwise)
 * @param exists whether the table exists
 * @since 0.1.0
 */
public record HistoryTable(String schema, String table, boolean exists) {

    public HistoryTable {
        requireNonNull(schema, "schema");
        requireNonNull(table, "table");
    }

    /** @return its path, as findings and diff options name it */
    public ObjectPath path() {
        return ObjectPath.of(schema, table);
    }

    @Override
    public String toString() {
        return path().toString();
    }
}
