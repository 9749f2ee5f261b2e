package io.drift.cli.internal;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.postgres.PostgresConnections;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;

/**
 * Opens a connection for a {@link DatabaseTarget} through {@link PostgresConnections}, which owns the mapping from
 * driver errors to a {@link DriftException} reason and message. The command line adds what only it knows: timeouts
 * suited to a person waiting, and, when credentials are refused, where the password came from.
 */
public final class DatabaseConnector {

    /** Seconds to wait for the server to accept the connection, unless the URL says otherwise. */
    static final String CONNECT_TIMEOUT_SECONDS = "10";
    /** Seconds the whole login may take, unless the URL says otherwise. */
    static final String LOGIN_TIMEOUT_SECONDS = "20";

    private DatabaseConnector() {
    }

    /**
     * @param target where to connect and as whom
     * @return an open connection, owned by the caller
     * @throws DriftException with a reason (UNREACHABLE, AUTHENTICATION, NO_DATABASE, …)
     */
    public static Connection open(DatabaseTarget target) {
        try {
            return PostgresConnections.open(driverUrl(target.url()), target.user(), target.password().orElse(null));
        } catch (DriftException e) {
            String state = sqlState(e);
            if ("08004".equals(state) && e.reason() == Reason.AUTHENTICATION && target.password().isEmpty()) {
                // The driver refuses before sending anything when the server asks for a password and it has none;
                // its SQLState is a connection one, but the fix is a password, not the network.
                throw new DriftException(Reason.AUTHENTICATION, "PostgreSQL at " + target.url().display()
                        + " asks user \"" + target.user() + "\" for a password, and none was given. Set"
                        + " DRIFT_PASSWORD or PGPASSWORD, add a line to ~/.pgpass, or use --password.", e);
            }
            if (e.reason() == Reason.AUTHENTICATION && "28P01".equals(state)) {
                throw new DriftException(Reason.AUTHENTICATION, e.getMessage() + " " + passwordHint(target), e);
            }
            throw e;
        }
    }

    /**
     * @param target where to connect and as whom
     * @return a data source for the capture's further connections (see {@code CaptureOptions.maxConnections}); a
     *         failure there is not reported, the capture reads on its first connection instead
     */
    public static DataSource dataSource(DatabaseTarget target) {
        return PostgresConnections.dataSource(driverUrl(target.url()), target.user(), target.password().orElse(null));
    }

    /**
     * @param target where to connect and as whom
     * @return a pgJDBC data source for the same database, URL parameters and credentials, which a temporary shadow
     *         database copies with another database name to reach the target's server
     */
    public static PGSimpleDataSource pgDataSource(DatabaseTarget target) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(driverUrl(target.url()));
        dataSource.setUser(target.user());
        target.password().ifPresent(dataSource::setPassword);
        return dataSource;
    }

    private static String sqlState(DriftException e) {
        return e.getCause() instanceof SQLException ? ((SQLException) e.getCause()).getSQLState() : null;
    }

    /** The driver URL: no credentials (they go as properties), and timeouts unless the user chose their own. */
    static String driverUrl(PostgresUrl url) {
        String jdbc = url.toJdbcUrl();
        StringBuilder extra = new StringBuilder();
        if (!url.parameters().containsKey("connectTimeout")) {
            extra.append("connectTimeout=").append(CONNECT_TIMEOUT_SECONDS);
        }
        if (!url.parameters().containsKey("loginTimeout")) {
            extra.append(extra.length() > 0 ? "&" : "").append("loginTimeout=").append(LOGIN_TIMEOUT_SECONDS);
        }
        if (extra.length() == 0) {
            return jdbc;
        }
        return jdbc + (jdbc.contains("?") ? "&" : "?") + extra;
    }

    private static String passwordHint(DatabaseTarget target) {
        if (target.password().isEmpty()) {
            return "No password was given: set DRIFT_PASSWORD or PGPASSWORD, add a line to ~/.pgpass, or use"
                    + " --password.";
        }
        return "The password was taken from " + target.passwordSource() + ".";
    }
}
