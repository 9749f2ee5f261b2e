package io.drift.cli.internal;

import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * Opens a JDBC connection for a {@link DatabaseTarget} and turns the driver's failures into a
 * {@link DriftException} whose message names the problem and the fix, and never the password.
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
        Properties properties = new Properties();
        properties.setProperty("user", target.user());
        target.password().ifPresent(p -> properties.setProperty("password", p));
        if (!target.url().parameters().containsKey("connectTimeout")) {
            properties.setProperty("connectTimeout", CONNECT_TIMEOUT_SECONDS);
        }
        if (!target.url().parameters().containsKey("loginTimeout")) {
            properties.setProperty("loginTimeout", LOGIN_TIMEOUT_SECONDS);
        }
        if (!target.url().parameters().containsKey("ApplicationName")) {
            properties.setProperty("ApplicationName", "drift");
        }
        try {
            return DriverManager.getConnection(target.url().toJdbcUrl(), properties);
        } catch (SQLException e) {
            throw translate(e, target);
        }
    }

    /**
     * @param e      what the driver threw while connecting
     * @param target what it was connecting to
     * @return the exception to report
     */
    static DriftException translate(SQLException e, DatabaseTarget target) {
        String where = target.url().display();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        Throwable root = rootCause(e);
        if (root instanceof UnknownHostException) {
            return new DriftException(Reason.UNREACHABLE, "Cannot connect to PostgreSQL at " + where
                    + " (unknown host " + root.getMessage() + "). Check the host name in the URL or PGHOST.", e);
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return new DriftException(Reason.UNREACHABLE, "Cannot connect to PostgreSQL at " + where
                    + " (connection refused). Check the server is running and the host and port are right.", e);
        }
        if (root instanceof SocketTimeoutException) {
            return new DriftException(Reason.UNREACHABLE, "Cannot connect to PostgreSQL at " + where
                    + " (timed out). Check the host and port, and that no firewall drops the connection.", e);
        }
        switch (state) {
            case "28P01":
                return new DriftException(Reason.AUTHENTICATION, "PostgreSQL at " + where
                        + " refused the password of user \"" + target.user() + "\""
                        + (target.password().isPresent() ? " (taken from " + target.passwordSource() + ")" : "")
                        + ". Check the user name and the password (DRIFT_PASSWORD, PGPASSWORD, ~/.pgpass or"
                        + " --password).", e);
            case "28000":
                return new DriftException(Reason.AUTHENTICATION, "PostgreSQL at " + where + " refused user \""
                        + target.user() + "\" (" + firstLine(e.getMessage()) + "). Check the user name and the"
                        + " server's pg_hba.conf.", e);
            case "08004":
                return new DriftException(Reason.AUTHENTICATION, "PostgreSQL at " + where
                        + " asks for a password and none was given (" + firstLine(e.getMessage()) + ")."
                        + " Set DRIFT_PASSWORD or PGPASSWORD, add a line to ~/.pgpass, or use --password.", e);
            case "3D000":
                return new DriftException(Reason.NO_DATABASE, "Database \"" + target.url().database()
                        + "\" does not exist on PostgreSQL at " + where
                        + ". Check the database name in the URL or PGDATABASE.", e);
            case "42501":
                return new DriftException(Reason.PERMISSION_DENIED, "User \"" + target.user()
                        + "\" may not connect to " + where + " (" + firstLine(e.getMessage())
                        + "). Grant it CONNECT on the database, or use another user.", e);
            default:
                if (state.startsWith("08")) {
                    return new DriftException(Reason.UNREACHABLE, "Cannot connect to PostgreSQL at " + where + " ("
                            + firstLine(e.getMessage()) + "). Check the server is running and the host and port are"
                            + " right.", e);
                }
                if (e.getMessage() != null && e.getMessage().startsWith("No suitable driver")) {
                    return new DriftException(Reason.UNSUPPORTED_DATABASE, "No JDBC driver accepts the URL for "
                            + where + ". Write it as jdbc:postgresql://host:port/database.", e);
                }
                return new DriftException(Reason.OTHER, "Cannot connect to PostgreSQL at " + where + " ("
                        + firstLine(e.getMessage()) + (state.isEmpty() ? "" : ", SQLSTATE " + state)
                        + "). Check the connection settings.", e);
        }
    }

    private static Throwable rootCause(Throwable t) {
        Throwable current = t;
        while (current.getCause() != null && current.getCause() != current) {
            current = current.getCause();
        }
        return current;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return (nl < 0 ? message : message.substring(0, nl)).trim();
    }
}
