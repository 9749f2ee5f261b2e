package io.drift.core.internal;

import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The one map from a failed connection or statement to a {@link Reason}, and the one wording of a failure to connect.
 * Every module uses it: core's {@code Drift.capture(DataSource, …)} and the check runner's {@code connectivity} check,
 * which know nothing of the database but its {@code DataSource}, and drift-postgres, which names the server.
 *
 * <p>The reason comes from the SQLState, whose classes SQL standardises ({@code 08} connection exception, {@code 28}
 * invalid authorization, {@code 3D} invalid catalog, that is no such database), so that it holds for any driver, plus
 * PostgreSQL's own codes for the cases those classes do not name ({@code 42501} insufficient privilege,
 * {@code 57014} statement timeout, {@code 55P03} lock timeout), and, without a SQLState, the network exception under
 * it (a refused socket, an unknown host).
 *
 * <p>A message says what happened, then the fix. It names the server when the caller can (drift-postgres says
 * {@code PostgreSQL at host:port/database}, never the URL's parameters), and otherwise quotes the driver's own first
 * line, which usually does.
 */
public final class SqlFailures {

    private SqlFailures() {
    }

    /**
     * @param e what the driver threw
     * @return why it failed
     */
    public static Reason reason(SQLException e) {
        return reason(e.getSQLState(), e);
    }

    /**
     * @param sqlState a SQLState, or {@code null}
     * @param cause    the exception, for errors the driver reports without a SQLState (a refused socket); may be
     *                 {@code null}
     * @return why it failed
     */
    public static Reason reason(String sqlState, Throwable cause) {
        if (sqlState != null) {
            switch (sqlState) {
                case "42501":   // insufficient_privilege
                    return Reason.PERMISSION_DENIED;
                case "57014":   // query_canceled (statement_timeout)
                case "55P03":   // lock_not_available (lock_timeout)
                    return Reason.TIMEOUT;
                case "53300":   // too_many_connections: max_connections or the role's CONNECTION LIMIT
                case "57P03":   // cannot_connect_now: starting up, shutting down, recovering
                    return Reason.UNREACHABLE;
                case "55000":   // object_not_in_prerequisite_state: ALLOW_CONNECTIONS false, among others
                    return cause != null && String.valueOf(cause.getMessage())
                            .contains("not currently accepting connections") ? Reason.UNREACHABLE : Reason.OTHER;
                case "08004":   // pgjdbc's "connection rejected": a password was asked for and none given
                    return cause != null && String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT)
                            .matches("(?s).*(password|authentication).*") ? Reason.AUTHENTICATION : Reason.UNREACHABLE;
                default:
                    if (sqlState.startsWith("28")) {   // invalid_password, no pg_hba.conf entry, no such role
                        return Reason.AUTHENTICATION;
                    }
                    if (sqlState.startsWith("3D")) {   // invalid_catalog_name
                        return Reason.NO_DATABASE;
                    }
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
     * A failure to connect, with its reason and a message that says what happened, then the fix.
     *
     * @param e      what the driver (or the pool) threw
     * @param server the server as a noun phrase, {@code PostgreSQL at db:5432/app}, or {@code null} when unknown (a
     *               {@code DataSource} says nothing of where it connects)
     * @param user   the role tried, or {@code null} when unknown
     * @return the exception to throw
     */
    public static DriftException connecting(SQLException e, String server, String user) {
        Reason reason = reason(e);
        String detail = detail(e, server != null);
        String at = server != null ? server : "the database";
        String role = user != null ? "user \"" + user + "\"" : "the user";
        String message = reason == Reason.UNREACHABLE ? unavailable(e.getSQLState(), capitalized(at), detail) : null;
        if (message != null) {
            return new DriftException(reason, message, e);
        }
        message = switch (reason) {
            case UNREACHABLE -> "Cannot connect to " + at + " (" + detail + "). Check that the server is running and"
                    + " that the host and port are right.";
            case AUTHENTICATION -> capitalized(at) + " refused the credentials of " + role + " (" + detail + ")."
                    + " Check the user name and password" + (server != null ? "" : " the data source is configured with")
                    + ", and that the server's access rules (pg_hba.conf on PostgreSQL) let this user connect from"
                    + " here.";
            case NO_DATABASE -> "The database " + (server != null ? "named in the URL does not exist on " + at
                    : "the connection names does not exist") + " (" + detail + "). Check the database name in the URL,"
                    + " or create the database first.";
            case PERMISSION_DENIED -> capitalized(role) + " may not connect to " + at + " (" + detail + ")."
                    + " Grant it CONNECT on the database (GRANT CONNECT ON DATABASE … TO "
                    + (user != null ? user : "…") + "), or use a role that has it.";
            default -> "Cannot connect to " + at + " (" + detail
                    + (e.getSQLState() == null ? "" : ", SQLState " + e.getSQLState()) + ").";
        };
        return new DriftException(reason, message, e);
    }

    /**
     * @param e           the SQL error
     * @param serverNamed whether the message names the server already: then a refused socket is just
     *                    {@code connection refused}, where the driver's line would repeat the host and port
     * @return the driver's message, first line, without the severity prefix
     */
    public static String detail(SQLException e, boolean serverNamed) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (serverNamed) {
            if (root instanceof ConnectException) {
                text = "connection refused";
            } else if (root instanceof UnknownHostException) {
                text = "unknown host " + root.getMessage();
            } else if (root instanceof SocketTimeoutException) {
                text = "timed out";
            }
        }
        int newline = text.indexOf('\n');
        text = newline < 0 ? text : text.substring(0, newline);
        return text.replaceFirst("^(FATAL|ERROR): +", "").trim();
    }

    /** The message for a server that is up but takes no connection now, or {@code null} for another failure. */
    private static String unavailable(String sqlState, String at, String detail) {
        if ("53300".equals(sqlState)) {
            return at + " has no connection left for Drift (" + detail + "): the role's CONNECTION LIMIT or the"
                    + " server's max_connections is reached. Close other sessions, raise the limit, or use a role with"
                    + " connections to spare.";
        }
        if ("57P03".equals(sqlState)) {
            return at + " does not accept connections now (" + detail + "): it is starting up, shutting down or"
                    + " recovering. Wait until it is up, then try again.";
        }
        if ("55000".equals(sqlState)) {
            return at + " does not accept connections (" + detail + "): the database is closed to them"
                    + " (ALLOW_CONNECTIONS false). Connect to another database, or open it with ALTER DATABASE …"
                    + " ALLOW_CONNECTIONS true.";
        }
        return null;
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
