package io.drift.postgres.health.internal;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether the runtime statistics a check reads ({@code pg_stat_*}) can be read by the checking role, and are old
 * enough to mean something. Checks that cannot tell are skipped with the reason, never failed.
 */
final class Statistics {

    private Statistics() {
    }

    /**
     * @param views the views the check reads, schema-qualified
     * @return why the role cannot read them, with the fix; {@code null} when it can
     */
    static String unreadable(Connection connection, String... views) throws SQLException {
        List<String> denied = new ArrayList<>();
        String role;
        try (PreparedStatement s = connection.prepareStatement(
                "SELECT current_user, v FROM pg_catalog.unnest(?::text[]) v"
                        + " WHERE NOT pg_catalog.has_table_privilege(v, 'SELECT')")) {
            Array array = connection.createArrayOf("text", views);
            s.setArray(1, array);
            try (ResultSet rs = s.executeQuery()) {
                role = null;
                while (rs.next()) {
                    role = rs.getString(1);
                    denied.add(rs.getString(2));
                }
            }
        }
        if (denied.isEmpty()) {
            return null;
        }
        return "The role " + role + " cannot read " + String.join(", ", denied) + ", so this check cannot tell."
                + " Grant it: GRANT SELECT ON " + String.join(", ", denied) + " TO " + quoteRole(connection, role)
                + ".";
    }

    /**
     * @param minimum how long the statistics must have been gathered
     * @return why they are too young to tell (for unused indexes: an index not used yet may be used monthly), or
     *         {@code null}
     */
    static String tooYoung(Connection connection, Duration minimum) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Catalog.sql("statistics-age"));
             ResultSet rs = s.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            Duration age = Duration.ofMillis(Math.max(0, rs.getLong("age_ms")));
            if (age.compareTo(minimum) >= 0) {
                return null;
            }
            String since = rs.getBoolean("was_reset") ? "were reset" : "have been gathered (since the server started)";
            return "The statistics " + since + " only " + Texts.duration(age) + " ago, less than"
                    + " min-statistics-age (" + Texts.duration(minimum) + "): too little workload to tell. It runs"
                    + " once they are older, or lower min-statistics-age.";
        }
    }

    /**
     * @return why the role cannot see other sessions' details in {@code pg_stat_activity} (it needs
     *         {@code pg_read_all_stats}), with the fix; {@code null} when it can
     */
    static String cannotSeeSessions(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT current_user, r.rolsuper"
                + " OR pg_catalog.pg_has_role(current_user, 'pg_read_all_stats', 'USAGE')"
                + " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user");
             ResultSet rs = s.executeQuery()) {
            if (!rs.next() || rs.getBoolean(2)) {
                return null;
            }
            String role = rs.getString(1);
            return "The role " + role + " sees only its own sessions in pg_stat_activity, so this check cannot tell."
                    + " Grant it: GRANT pg_read_all_stats TO " + quoteRole(connection, role) + ".";
        }
    }

    private static String quoteRole(Connection connection, String role) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_catalog.quote_ident(?)")) {
            s.setString(1, role);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }
}
