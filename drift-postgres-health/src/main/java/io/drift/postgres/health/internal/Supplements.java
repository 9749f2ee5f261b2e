package io.drift.postgres.health.internal;


import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The tables whose bloat cannot be estimated because the checking role may not read their statistics (pg-index-health
 * passes over them without a word).
 */
final class Supplements {

    private Supplements() {
    }

    /** pg_stats shows a role only the tables it may SELECT: bloat of the others cannot be estimated. */
    static String noReadableTable(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Catalog.sql("bloat-readable"));
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long tables = rs.getLong("tables");
            long readable = rs.getLong("readable");
            if (tables > 0 && readable == 0) {
                return "The role " + rs.getString("role") + " may not read any of the " + Texts.number(tables)
                        + " tables, and pg_stats shows statistics only of tables a role may SELECT, so bloat cannot"
                        + " be estimated. Grant it SELECT on the tables, or run the check as a role that has it.";
            }
            return null;
        }
    }

    /** @return a note for the summary on the tables whose bloat cannot be estimated, or {@code ""} */
    static String unreadableTables(Connection connection) throws SQLException {
        long n = Catalog.query(connection, "bloat-readable", rs -> rs.getLong("tables") - rs.getLong("readable")).get(0);
        return n == 0 ? "" : "; " + Noun.of("table", "tables").count(n) + " not estimated: the role may not SELECT"
                + " from " + (n == 1 ? "it" : "them") + ", so pg_stats hides " + (n == 1 ? "its" : "their")
                + " statistics";
    }

}
