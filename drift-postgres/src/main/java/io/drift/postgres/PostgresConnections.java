package io.drift.postgres;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.postgres.internal.Errors;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;

import javax.sql.DataSource;

/**
 * Opens a connection to PostgreSQL, and turns any failure into one {@link io.drift.core.DriftException} that names the
 * cause and the fix:
 * <ul>
 *     <li>{@code UNREACHABLE}: no server at that host and port;</li>
 *     <li>{@code AUTHENTICATION}: wrong user or password, or {@code pg_hba.conf} refuses;</li>
 *     <li>{@code NO_DATABASE}: the database in the URL does not exist;</li>
 *     <li>{@code PERMISSION_DENIED}: the role may not connect to that database.</li>
 * </ul>
 * Messages name the server as {@code host:port/database} and never contain the password. A login that takes longer
 * than {@value #DEFAULT_LOGIN_TIMEOUT_SECONDS} s is given up ({@code ?loginTimeout=} in the URL changes it); a capture
 * bounds its own waiting from its statement timeout, so a server that stops answering fails it rather than holding it.
 *
 * <pre>{@code
 * try (Connection c = PostgresConnections.open("jdbc:postgresql://db:5432/app", "drift_reader", secret)) {
 *     Snapshot snapshot = Drift.capture(c, CaptureOptions.defaults());
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PostgresConnections {

    /**
     * Seconds a login may take before it is given up, unless the URL says otherwise ({@code ?loginTimeout=}).
     *
     * @since 0.1.0
     */
    public static final int DEFAULT_LOGIN_TIMEOUT_SECONDS = 30;

    private PostgresConnections() {
    }

    /**
     * @param url      a {@code jdbc:postgresql://host:port/database} URL
     * @param user     the role, or {@code null} to take it from the URL
     * @param password its password, or {@code null} when none (or when the URL has it)
     * @return an open connection; the caller closes it
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when the URL is not a PostgreSQL
     *                        one, or with the reason of the failure when the connection cannot be made
     */
    public static Connection open(String url, String user, String password) {
        requirePostgresUrl(url);
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        properties.setProperty("ApplicationName", "drift");
        // A server that accepts the socket but never answers (frozen, overloaded) must not hold the caller for ever;
        // a loginTimeout in the URL wins over this one.
        properties.setProperty("loginTimeout", String.valueOf(DEFAULT_LOGIN_TIMEOUT_SECONDS));
        try {
            // The driver directly rather than DriverManager: works from any class loader (plugins, shaded CLIs).
            Driver driver = new org.postgresql.Driver();
            Connection connection = driver.connect(url, properties);
            if (connection == null) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The PostgreSQL driver does not"
                        + " accept the URL " + JdbcUrls.redact(url) + ". Write it as"
                        + " jdbc:postgresql://host:port/database.");
            }
            return connection;
        } catch (SQLException e) {
            String who = user != null ? user : userFrom(url);
            throw Errors.connecting(e, JdbcUrls.describe(url), who);
        }
    }

    /**
     * A {@link DataSource} that opens a new connection with {@link #open} on every {@link DataSource#getConnection()}:
     * for {@code Drift.capture(DataSource, CaptureOptions)}, which may open a second connection to read in parallel,
     * where no pool exists. It holds the password in memory; its {@code toString()} never shows it.
     *
     * <pre>{@code
     * Snapshot snapshot = Drift.capture(PostgresConnections.dataSource(url, "drift_reader", secret),
     *         CaptureOptions.defaults());
     * }</pre>
     *
     * @param url      a {@code jdbc:postgresql://host:port/database} URL
     * @param user     the role, or {@code null} to take it from the URL
     * @param password its password, or {@code null}
     * @return the data source; {@code getConnection()} throws {@link io.drift.core.DriftException} as {@link #open}
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when the URL is not a PostgreSQL
     *                        one
     */
    public static DataSource dataSource(String url, String user, String password) {
        requirePostgresUrl(url);
        return new OpeningDataSource(url, user, password);
    }

    private static void requirePostgresUrl(String url) {
        requireNonNull(url, "url");
        if (!url.regionMatches(true, 0, "jdbc:postgresql:", 0, "jdbc:postgresql:".length())) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Not a PostgreSQL JDBC URL: "
                    + JdbcUrls.redact(url) + ". Drift's PostgreSQL connections take"
                    + " jdbc:postgresql://host:port/database; for another database, use a DataSource of its own.");
        }
    }

    /** Opens a connection per call; no pool. */
    private static final class OpeningDataSource implements DataSource {
        private final String url;
        private final String user;
        private final String password;
        private PrintWriter logWriter;
        private int loginTimeout;

        OpeningDataSource(String url, String user, String password) {
            this.url = url;
            this.user = user;
            this.password = password;
        }

        @Override
        public Connection getConnection() {
            return open(url, user, password);
        }

        @Override
        public Connection getConnection(String otherUser, String otherPassword) {
            return open(url, otherUser, otherPassword);
        }

        @Override
        public PrintWriter getLogWriter() {
            return logWriter;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            this.logWriter = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public java.util.logging.Logger getParentLogger() throws SQLFeatureNotSupportedException {
            throw new SQLFeatureNotSupportedException("no java.util.logging");
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            if (type.isInstance(this)) {
                return type.cast(this);
            }
            throw new SQLException("Not a wrapper for " + type.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return type.isInstance(this);
        }

        @Override
        public String toString() {
            return "PostgresConnections.dataSource(" + JdbcUrls.redact(url) + ")";
        }
    }

    private static String userFrom(String url) {
        Properties parsed = org.postgresql.Driver.parseURL(url, new Properties());
        String user = parsed == null ? null : parsed.getProperty("user");
        return user != null ? user : System.getProperty("user.name");
    }
}
