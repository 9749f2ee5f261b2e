package io.drift.postgres.internal;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Runs one catalog query and hands each row to a consumer, with null-aware getters. A query that names
 * {@code :schemas} gets the OIDs of the captured schemas bound there (as {@code bigint[]}; the SQL casts to
 * {@code oid[]}).
 */
final class Rows {

    private final ResultSet rs;

    private Rows(ResultSet rs) {
        this.rs = rs;
    }

    /**
     * @param handle the capture's handle
     * @param name   the query's file name (see {@link Sql#load})
     * @param state  the capture so far (server version, schemas)
     * @param row    called once per row
     */
    static void forEach(Handle handle, String name, CaptureState state, Consumer<Rows> row) {
        String sql = Sql.load(name, state.serverMajor);
        Query query = handle.createQuery(sql);
        if (sql.contains(":schemas")) {
            Long[] oids = new Long[state.schemaOids.length];
            for (int i = 0; i < oids.length; i++) {
                oids[i] = state.schemaOids[i];
            }
            query.bindArray("schemas", Long.class, (Object[]) oids);
        }
        query.map((rs, ctx) -> {
            row.accept(new Rows(rs));
            return Boolean.TRUE;
        }).forEach(ignored -> { });
    }

    String string(String column) {
        try {
            return rs.getString(column);
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    boolean bool(String column) {
        try {
            return rs.getBoolean(column);
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    int integer(String column) {
        try {
            return rs.getInt(column);
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    long int8(String column) {
        try {
            return rs.getLong(column);
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    /** @return the value, or {@code null} for SQL {@code NULL} */
    Long nullableInt8(String column) {
        try {
            long v = rs.getLong(column);
            return rs.wasNull() ? null : v;
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    /** @return a {@code text[]} column, or {@code null} */
    String[] strings(String column) {
        try {
            Array array = rs.getArray(column);
            return array == null ? null : (String[]) array.getArray();
        } catch (SQLException e) {
            throw new IllegalStateException(column, e);
        }
    }

    /** @return a {@code text[]} column, or an empty array for {@code NULL} */
    String[] stringsOrEmpty(String column) {
        String[] values = strings(column);
        return values == null ? new String[0] : values;
    }
}
