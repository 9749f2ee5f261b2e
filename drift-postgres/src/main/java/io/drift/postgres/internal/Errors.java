package io.drift.postgres.internal;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The one place that turns a PostgreSQL error into a {@link DriftException}: SQLState to {@link Reason}, and a message
 * that says what happened, then the fix. Messages name the server as {@code host:port/database} (never the URL's
 * parameters, so never a password).
 *
 * <p><b>Internal: may change without notice.</b> Public only for {@code io.drift.postgres}.
 */
public final class Errors {

    private Errors() {
    }

    /**
     * @param sqlState a SQLState, or {@code null}
     * @param cause    the exception, for errors the driver reports without a SQLState (a refused socket)
     * @return why it failed
     */
    public static Reason reason(String sqlState, Throwable cause) {
        if (sqlState != null) {
            switch (sqlState) {
                case "28P01":   // invalid_password
                case "28000":   // invalid_authorization_specification (no pg_hba entry, no such role)
                    return Reason.AUTHENTICATION;
                case "3D000":   // invalid_catalog_name
                    return Reason.NO_DATABASE;
                case "42501":   // insufficient_privilege
                    return Reason.PERMISSION_DENIED;
                case "57014":   // query_canceled (statement_timeout)
                case "55P03":   // lock_not_available (lock_timeout)
                    return Reason.TIMEOUT;
                case "08004":   // the driver's "connection rejected": a password was asked for and none given
                    return cause != null && String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT)
                            .matches("(?s).*(password|authentication).*") ? Reason.AUTHENTICATION : Reason.UNREACHABLE;
                default:
                    if (sqlState.startsWith("08")) {   // connection_exception: 08001, 08006…
                        return Reason.UNREACHABLE;
                    }
            }
        }
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof ConnectException || t instanceof UnknownHostException
                    || t instanceof NoRouteToHostException || t instanceof SocketTimeoutException) {
                return Reason.UNREACHABLE;
            }
        }
        return Reason.OTHER;
    }

    /**
     * An error while connecting.
     *
     * @param e     what the driver threw
     * @param where {@code host:port/database}
     * @param user  the user name tried
     * @return the exception to throw
     */
    public static DriftException connecting(SQLException e, String where, String user) {
        Reason reason = reason(e.getSQLState(), e);
        String detail = detail(e);
        String message;
        switch (reason) {
            case UNREACHABLE:
                message = "Cannot connect to PostgreSQL at " + where + " (" + detail + "). Check that the server is "
                        + "running and that the host and port are right.";
                break;
            case AUTHENTICATION:
                message = "PostgreSQL at " + where + " refused the credentials of user \"" + user + "\" (" + detail
                        + "). Check the user name and password, and that pg_hba.conf lets this user connect.";
                break;
            case NO_DATABASE:
                message = "The database named in the URL does not exist on PostgreSQL at " + where + " (" + detail
                        + "). Check the database name in the URL, or create the database first.";
                break;
            case PERMISSION_DENIED:
                message = "User \"" + user + "\" may not connect to PostgreSQL at " + where + " (" + detail
                        + "). Grant it CONNECT on the database (GRANT CONNECT ON DATABASE … TO " + user + ").";
                break;
            default:
                message = "Cannot connect to PostgreSQL at " + where + " (" + detail + ").";
        }
        return new DriftException(reason, message, e);
    }

    /**
     * An error during a capture.
     *
     * @param e       the SQL error
     * @param where   {@code host:port/database}
     * @param query   the catalog query that failed, or {@code null}
     * @param timeout the statement timeout in force
     * @param lock    the lock timeout in force
     * @return the exception to throw
     */
    static DriftException capturing(SQLException e, String where, String query, Duration timeout, Duration lock) {
        Reason reason = reason(e.getSQLState(), e);
        String part = query == null ? "the capture" : "the " + query + " query";
        String detail = detail(e);
        String message;
        if ("57014".equals(e.getSQLState())) {
            message = "On PostgreSQL at " + where + ", " + part + " ran longer than the statement timeout of "
                    + seconds(timeout) + " and was cancelled. Raise the statement timeout "
                    + "(CaptureOptions.statementTimeout), or capture fewer schemas.";
        } else if ("55P03".equals(e.getSQLState())) {
            message = "On PostgreSQL at " + where + ", " + part + " waited longer than the lock timeout of "
                    + seconds(lock) + " (" + detail + "). Capture again once the DDL holding the lock has finished, "
                    + "or raise CaptureOptions.lockTimeout.";
        } else if (reason == Reason.PERMISSION_DENIED) {
            message = "On PostgreSQL at " + where + ", " + part + " was denied (" + detail + "). Drift reads only the "
                    + "system catalogs; grant the capturing role CONNECT on the database and USAGE on the schemas.";
        } else if (reason == Reason.UNREACHABLE) {
            message = "Lost the connection to PostgreSQL at " + where + " during " + part + " (" + detail
                    + "). Check the server and the network, then capture again.";
        } else {
            message = "On PostgreSQL at " + where + ", " + part + " failed (" + detail
                    + (e.getSQLState() == null ? "" : ", SQLState " + e.getSQLState()) + "). This is likely a bug "
                    + "in Drift: please report it with this message.";
        }
        return new DriftException(reason, message, e);
    }

    /**
     * @param version the server's version string
     * @param where   {@code host:port/database}
     * @return the refusal of a server older than PostgreSQL 12
     */
    public static DriftException unsupported(String version, String where) {
        return new DriftException(Reason.UNSUPPORTED_DATABASE, "PostgreSQL " + version + " at " + where
                + " is too old: Drift captures PostgreSQL 12 and later. Upgrade the server, or capture a copy of the "
                + "database restored on PostgreSQL 12 or later.");
    }

    /** The driver's message, first line, without the severity prefix. */
    private static String detail(SQLException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            text = "connection refused";
        } else if (root instanceof UnknownHostException) {
            text = "unknown host " + root.getMessage();
        } else if (root instanceof SocketTimeoutException) {
            text = "timed out";
        }
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        return text.replaceFirst("^(FATAL|ERROR): +", "").trim();
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
