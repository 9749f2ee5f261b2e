package io.drift.test.postgres;

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
            throw new IllegalStateException("Cannot connect to " + Settings.JDBC_URL + " (" + redact(url) + ") as "
                    + user + ": " + e.getMessage(), e);
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

    private static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
