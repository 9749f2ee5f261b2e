package io.drift.postgres;

import static java.util.Objects.requireNonNull;

import io.drift.postgres.internal.Errors;

import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a connection to PostgreSQL, and turns any failure into one {@link io.drift.core.DriftException} that names the
 * cause and the fix:
 * <ul>
 *     <li>{@code UNREACHABLE}: no server at that host and port;</li>
 *     <li>{@code AUTHENTICATION}: wrong user or password, or {@code pg_hba.conf} refuses;</li>
 *     <li>{@code NO_DATABASE}: the database in the URL does not exist;</li>
 *     <li>{@code PERMISSION_DENIED}: the role may not connect to that database.</li>
 * </ul>
 * Messages name the server as {@code host:port/database} and never contain the password.
 *
 * <pre>{@code
 * try (Connection c = PostgresConnections.open("jdbc:postgresql://db:5432/app", "drift_reader", secret)) {
 *     ...
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PostgresConnections {

    private PostgresConnections() {
    }

    /**
     * @param url      a {@code jdbc:postgresql://host:port/database} URL
     * @param user     the role, or {@code null} to take it from the URL
     * @param password its password, or {@code null} when none (or when the URL has it)
     * @return an open connection; the caller closes it
     * @throws io.drift.core.DriftException when the connection cannot be made
     */
    public static Connection open(String url, String user, String password) {
        requireNonNull(url, "url");
        if (!url.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length())) {
            throw new IllegalArgumentException("Not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database): "
                    + JdbcUrls.redact(url));
        }
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "drift");
        try {
            // The driver directly rather than DriverManager: works from any class loader (plugins, shaded CLIs).
            Driver driver = new org.postgresql.Driver();
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new IllegalArgumentException("The PostgreSQL driver does not accept the URL "
                        + JdbcUrls.redact(url));
            }
            return connection;
        } catch (SQLException e) {
            String who = user != null ? user : userFrom(url);
            throw Errors.connecting(e, JdbcUrls.describe(url), who);
        }
    }

    private static String userFrom(String url) {
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        String user = parsed == null ? null : parsed.getProperty("user");
        return user != null ? user : System.getProperty("user.name");
    }
}
