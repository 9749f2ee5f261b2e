package io.drift.test.postgres;

import io.drift.core.DriftException;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/** An existing server named by {@code DRIFT_TEST_JDBC_URL}. */
final class ExternalServer implements Server {

    private final String url;
    private final String user;
    private final String password;
    private final int major;

    ExternalServer(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        try (Connection c = adminConnection()) {
            this.major = c.getMetaData().getDatabaseMajorVersion();
        } catch (SQLException e) {
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            DriftException.Reason reason = state.startsWith("28") ? DriftException.Reason.AUTHENTICATION
                    : state.startsWith("3D") ? DriftException.Reason.NO_DATABASE : DriftException.Reason.UNREACHABLE;
            throw new DriftException(reason, "Cannot connect to " + Settings.JDBC_URL + " (" + redact(url) + ") as "
                    + user + ": " + e.getMessage() + ". Check the server is running and " + Settings.USER + " and "
                    + Settings.PASSWORD + " are right, or unset " + Settings.JDBC_URL + " to use an embedded server.",
                    e);
        }
    }

    @Override
    public int majorVersion() {
        return major;
    }

    @Override
    public String jdbcUrl(String database) {
        return JdbcUrl.withDatabase(url, database);
    }

    @Override
    public String user() {
        return user;
    }

    @Override
    public String password() {
        return password;
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public String describe() {
        return "PostgreSQL " + major + " at " + redact(url);
    }

    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
