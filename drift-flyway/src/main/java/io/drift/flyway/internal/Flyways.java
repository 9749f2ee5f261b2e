package io.drift.flyway.internal;

import io.drift.core.DriftException;
import io.drift.flyway.HistoryTable;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Flyway instances derived from the application's own configuration: the same locations, placeholders, history table,
 * resolvers and Java migrations, on another data source. Nothing is configured twice, so nothing can disagree.
 */
public final class Flyways {

    private static final String VERSION = readVersion();

    private Flyways() {
    }

    /**
     * @param configuration the application's configuration
     * @param readOnly      a data source on which the server refuses writes
     * @return a Flyway for {@code info()} and {@code validate()}: the application's configuration without its callbacks
     *         (they belong around {@code migrate}, and may write), on {@code readOnly}
     */
    public static Flyway reading(Configuration configuration, DataSource readOnly) {
        return Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .dataSource(readOnly)
                .callbacks(new Callback[0])
                .skipDefaultCallbacks(true)
                .load();
    }

    /**
     * @param configuration the application's configuration
     * @param dataSource    where to migrate
     * @param extra         callbacks to add to the application's own
     * @return a Flyway that migrates {@code dataSource} as the application would, {@code clean} disabled
     */
    public static Flyway migrating(Configuration configuration, DataSource dataSource, Callback... extra) {
        List<Callback> callbacks = new ArrayList<>(Arrays.asList(configuration.getCallbacks()));
        callbacks.addAll(Arrays.asList(extra));
        return Flyway.configure(configuration.getClassLoader())
                .configuration(configuration)
                .dataSource(dataSource)
                .callbacks(callbacks.toArray(new Callback[0]))
                .cleanDisabled(true)
                .load();
    }

    /**
     * Finds the history table as Flyway does: in the configured default schema, else the first configured schema, else
     * the connection's current schema. One query.
     *
     * @param configuration the configuration
     * @param dataSource    the database (only read)
     * @return where the history table is, and whether it exists
     * @throws SQLException when the query fails
     */
    public static HistoryTable locate(Configuration configuration, DataSource dataSource) throws SQLException {
        String schema = configuration.getDefaultSchema();
        if (schema == null && configuration.getSchemas().length > 0) {
            schema = configuration.getSchemas()[0];
        }
        String sql = "SELECT s.name, EXISTS (SELECT FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n"
                + " ON n.oid = c.relnamespace WHERE n.nspname = s.name AND c.relname = ? AND c.relkind IN ('r', 'p'))"
                + " FROM (SELECT coalesce(?, current_schema()) AS name) s";
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, configuration.getTable());
            ps.setString(2, schema);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                String found = rs.getString(1);
                if (found == null) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Cannot tell which schema holds"
                            + " Flyway's history table: no schema is configured and the connection's search_path"
                            + " names none that exists. Configure Flyway's defaultSchema (or schemas), or set the"
                            + " search_path.");
                }
                return new HistoryTable(found, configuration.getTable(), rs.getBoolean(2));
            }
        }
    }

    /** @return the version of Flyway on the class path */
    public static String flywayVersion() {
        return VERSION;
    }

    private static String readVersion() {
        try (InputStream in = Flyway.class.getResourceAsStream("internal/version.txt")) {
            return in == null ? "unknown" : new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /**
     * @param e     what Flyway threw
     * @param doing what was being done, for the message ("reading the migration status of …")
     * @return a {@link DriftException} naming what failed and Flyway's reason; a connection failure keeps its reason
     */
    public static DriftException translate(FlywayException e, String doing) {
        SQLException sql = find(e, SQLException.class);
        DriftException drift = find(e, DriftException.class);
        if (drift != null) {
            return new DriftException(drift.reason(), "Flyway failed " + doing + ": " + drift.getMessage(), e);
        }
        String state = sql == null ? null : sql.getSQLState();
        DriftException.Reason reason = state == null ? DriftException.Reason.OTHER
                : state.startsWith("08") ? DriftException.Reason.UNREACHABLE
                : state.startsWith("28") ? DriftException.Reason.AUTHENTICATION
                : state.equals("42501") ? DriftException.Reason.PERMISSION_DENIED
                : state.equals("57014") || state.equals("55P03") ? DriftException.Reason.TIMEOUT
                : DriftException.Reason.OTHER;
        String message = firstLine(e.getMessage());
        return new DriftException(reason, "Flyway failed " + doing + ": " + message
                + (sql != null && !message.contains(String.valueOf(sql.getMessage()))
                ? " (" + firstLine(sql.getMessage()) + ")" : "") + ".", e);
    }

    static String firstLine(String text) {
        if (text == null) {
            return "no message";
        }
        String t = text.strip();
        int nl = t.indexOf('\n');
        t = nl < 0 ? t : t.substring(0, nl).strip();
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }

    /**
     * @param error a throwable
     * @param type  a type
     * @param <T>   the type
     * @return the first throwable of that type in {@code error}'s cause chain, or {@code null}
     */
    public static <T extends Throwable> T find(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
