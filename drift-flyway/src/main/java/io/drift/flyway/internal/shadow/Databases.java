package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.internal.Identifiers;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;

import javax.sql.DataSource;

/** Creating, dropping and asking about databases, for the shadows. */
final class Databases {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Databases() {
    }

    /** @return {@code drift_shadow_} and 12 random hex digits: a name no one else uses, that needs no quoting */
    static String newName() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return "drift_shadow_" + HexFormat.of().formatHex(bytes);
    }

    /** @return the server's major version */
    static int majorVersion(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** @return the server's version as it reports it: {@code 17.11} */
    static String version(DataSource ds) {
        try (Connection c = ds.getConnection()) {
            return c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return "?";
        }
    }

    /** @return whether the connection's role may create databases */
    static boolean canCreateDatabases(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT rolcreatedb OR rolsuper, current_user FROM pg_catalog.pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** @return the connection's role */
    static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_user")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** Runs a statement that cannot run in a transaction block (CREATE/DROP DATABASE), whatever the pool's mode. */
    static void executeOutsideTransaction(Connection c, String sql) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        if (!autoCommit) {
            c.rollback();
            c.setAutoCommit(true);
        }
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        } finally {
            if (!autoCommit) {
                c.setAutoCommit(false);
            }
        }
    }

    /**
     * Drops a database, ending its sessions first; retries while it is still in use.
     *
     * @param admin a connection to another database of its server
     * @param name  the database
     */
    static void drop(DataSource admin, String name) {
        SQLException last = null;
        for (int attempt = 0; attempt < 10; attempt++) {
            try (Connection c = admin.getConnection()) {
                int major = majorVersion(c);
                if (major >= 13) {
                    executeOutsideTransaction(c, "DROP DATABASE IF EXISTS " + Identifiers.quote(name)
                            + " WITH (FORCE)");
                } else {
                    try (PreparedStatement kill = c.prepareStatement("SELECT pg_terminate_backend(pid) FROM"
                            + " pg_catalog.pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                        kill.setString(1, name);
                        kill.executeQuery().close();
                    }
                    executeOutsideTransaction(c, "DROP DATABASE IF EXISTS " + Identifiers.quote(name));
                }
                return;
            } catch (SQLException e) {
                last = e;
                if (!"55006".equals(e.getSQLState())) {   // object_in_use: a session is still closing
                    break;
                }
                try {
                    Thread.sleep(100L * (attempt + 1));
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        throw new DriftException(DriftException.Reason.OTHER, "Could not drop the shadow database " + name + " ("
                + (last == null ? "interrupted" : last.getMessage()) + "). Drop it by hand: DROP DATABASE "
                + Identifiers.quote(name) + ";", last);
    }

    /**
     * @param url a {@code jdbc:postgresql:} URL
     * @param database another database's name
     * @return the same URL (hosts, parameters) naming {@code database}
     */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql:";
        if (!url.regionMatches(true, 0, prefix, 0, prefix.length())) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL: " + io.drift.postgres.JdbcUrls.redact(url));
        }
        String rest = url.substring(prefix.length());
        int query = rest.indexOf('?');
        String params = query < 0 ? "" : rest.substring(query);
        String path = query < 0 ? rest : rest.substring(0, query);
        String encoded = java.net.URLEncoder.encode(database, java.nio.charset.StandardCharsets.UTF_8);
        if (path.startsWith("//")) {
            int slash = path.indexOf('/', 2);
            String hosts = slash < 0 ? path : path.substring(0, slash);
            return prefix + hosts + "/" + encoded + params;
        }
        return prefix + encoded + params;
    }
}
