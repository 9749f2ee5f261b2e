package io.drift.postgres.internal;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.internal.SqlFailures;

import java.sql.SQLException;
import java.time.Duration;

import javax.net.ssl.SSLException;

/**
 * Turns a PostgreSQL error into a {@link DriftException}: the reason from the one SQLState map all of Drift uses
 * ({@link SqlFailures}), and a message that says what happened, then the fix. Messages name the server as
 * {@code PostgreSQL at host:port/database} (never the URL's parameters, so never a password). A failure to connect is
 * worded by {@link SqlFailures#connecting}, as it is for a {@code DataSource} core knows nothing else of; what only a
 * capture can say (which query, which timeout) is worded here.
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
        return SqlFailures.reason(sqlState, cause);
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
        DriftException specific = refusedConnection(e, where, user);
        if (specific != null) {
            return specific;
        }
        return SqlFailures.connecting(e, "PostgreSQL at " + where, user);
    }

    /**
     * The refusals that say what to do only when told apart: a connection limit, a database closed to connections, a
     * server starting up or in recovery, a server setting in the URL the server rejects, and SSL that cannot be set
     * up. Each SQLState here is one PostgreSQL gives before a session exists, so it can mean nothing else.
     *
     * @return the exception, or {@code null} when {@code e} is none of these
     */
    static DriftException refusedConnection(SQLException e, String where, String user) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String text = String.valueOf(e.getMessage());
        String detail = SqlFailures.detail(e, true);
        switch (state) {
            case "53300":   // too_many_connections
                if (text.contains("for role")) {
                    return new DriftException(Reason.UNREACHABLE, "PostgreSQL at " + where + " refuses another"
                            + " connection for user \"" + user + "\" (" + detail + "): the role's CONNECTION LIMIT"
                            + " is reached. Close other sessions of the role, raise the limit (ALTER ROLE " + user
                            + " CONNECTION LIMIT n), or connect as another role.", e);
                }
                return new DriftException(Reason.UNREACHABLE, "PostgreSQL at " + where + " has no connection slot"
                        + " left (" + detail + "): max_connections is reached. Wait for other sessions to end,"
                        + " close idle ones, or raise max_connections on the server.", e);
            case "55000":   // object_not_in_prerequisite_state: ALLOW_CONNECTIONS false
                if (text.contains("not currently accepting connections")) {
                    return new DriftException(Reason.UNREACHABLE, "The database on PostgreSQL at " + where
                            + " does not accept connections (" + detail + "): it is closed to them with"
                            + " ALLOW_CONNECTIONS false, as a template or for maintenance. Connect to another"
                            + " database, or open it with ALTER DATABASE … ALLOW_CONNECTIONS true.", e);
                }
                return null;
            case "57P03":   // cannot_connect_now
                return new DriftException(Reason.UNREACHABLE, "PostgreSQL at " + where + " does not accept"
                        + " connections now (" + detail + "): it is starting up, shutting down, or recovering"
                        + " (a standby without hot_standby). Wait until it is up, then run again; for a standby,"
                        + " connect to the primary or turn hot_standby on.", e);
            case "22023":   // invalid_parameter_value, in the startup packet's options
            case "42704":   // undefined_object: an unrecognized configuration parameter
                return new DriftException(Reason.INVALID_ARGUMENT, "PostgreSQL at " + where + " refused a server"
                        + " setting the connection asks for (" + detail + "). Correct or remove it in the URL's"
                        + " options= parameter (options=-c%20name=value) or the data source's settings.", e);
            default:
                return ssl(e, where, detail, text);
        }
    }

    /** SSL and GSSAPI problems, which the driver reports with generic connection SQLStates. */
    private static DriftException ssl(SQLException e, String where, String detail, String text) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String rootText = String.valueOf(root.getMessage());
        if (text.contains("The server does not support SSL")) {
            return new DriftException(Reason.UNREACHABLE, "PostgreSQL at " + where + " does not accept SSL"
                    + " connections, and the connection requires SSL (sslmode=require, verify-ca or verify-full)."
                    + " Turn ssl on at the server, or connect with sslmode=prefer (SSL when the server offers it),"
                    + " or sslmode=disable on a network you trust.", e);
        }
        if (text.startsWith("Invalid sslmode value")) {
            return new DriftException(Reason.INVALID_ARGUMENT, "The connection's sslmode is not valid (" + detail
                    + "). Use disable, allow, prefer, require, verify-ca or verify-full.", e);
        }
        if (text.startsWith("Could not open SSL root certificate file")) {
            return new DriftException(Reason.UNREACHABLE, "sslmode=verify-ca and verify-full check the server's"
                    + " certificate against a root certificate, and none could be read (" + detail + "). Name the"
                    + " root certificate's file with sslrootcert=/path/to/root.crt in the URL (or put it at that"
                    + " path), or use sslmode=require to encrypt without checking the certificate.", e);
        }
        if (text.contains("could not be verified by hostnameverifier")) {
            return new DriftException(Reason.UNREACHABLE, "The certificate of PostgreSQL at " + where + " does not"
                    + " name the host Drift connected to (" + detail + "), which sslmode=verify-full requires."
                    + " Connect with a host name the certificate names, or use sslmode=verify-ca, which checks who"
                    + " signed the certificate but not the name.", e);
        }
        if (root instanceof SSLException || text.startsWith("SSL error")) {
            boolean untrusted = rootText.contains("PKIX") || rootText.contains("certification path");
            return new DriftException(Reason.UNREACHABLE, untrusted
                    ? "The certificate of PostgreSQL at " + where + " is not signed by the root certificate Drift"
                    + " checks it against (" + detail + "). Name the right one with sslrootcert=/path/to/root.crt"
                    + " in the URL, or use sslmode=require to encrypt without checking the certificate."
                    : "The SSL connection to PostgreSQL at " + where + " could not be set up (" + detail + ")."
                    + " Check sslmode, sslrootcert, sslcert and sslkey in the URL, and the server's ssl settings.",
                    e);
        }
        if (text.contains("GSS Encoded connection")) {
            return new DriftException(Reason.UNREACHABLE, "The GSSAPI-encrypted connection to PostgreSQL at "
                    + where + " could not be set up (" + detail + "). Use gssEncMode=disable (or prefer) in the URL"
                    + " unless the server and this machine are set up for Kerberos.", e);
        }
        return null;
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
        String detail = SqlFailures.detail(e, true);
        String message;
        if (stoppedAnswering(e)) {
            reason = Reason.TIMEOUT;
            message = "PostgreSQL at " + where + " stopped answering during " + part + ": nothing came back for "
                    + seconds(networkTimeout(timeout)) + ", longer than the statement timeout of " + seconds(timeout)
                    + " allows (the server itself cancels a statement then, and says so). The server or the network"
                    + " is stuck: a hung host, a network partition, a stopped backend. Check them, then capture"
                    + " again.";
        } else if ("57014".equals(e.getSQLState())) {
            message = "On PostgreSQL at " + where + ", " + part + " ran longer than the statement timeout of "
                    + seconds(timeout) + " and was cancelled. Raise the statement timeout "
                    + "(CaptureOptions.statementTimeout; --statement-timeout on the command line), or capture fewer "
                    + "schemas.";
        } else if ("55P03".equals(e.getSQLState())) {
            message = "On PostgreSQL at " + where + ", " + part + " waited longer than the lock timeout of "
                    + seconds(lock) + " (" + detail + "). Capture again once the DDL holding the lock has finished, "
                    + "or raise the lock timeout (CaptureOptions.lockTimeout; --lock-timeout on the command line).";
        } else if (concurrentDdl(e)) {
            return changedDuringCapture(where, query, detail, e);
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
     * How long a capture waits for the server to send anything before it gives up on a connection: longer than the
     * statement timeout, after which the server itself cancels a statement and says so, by a margin for the network.
     * Without it a frozen server (a hung host, a partition, a stopped backend) holds a capture for ever, since the
     * statement timeout lives on the server.
     *
     * @param statementTimeout the capture's statement timeout
     * @return the client-side timeout for reading from the server
     */
    public static Duration networkTimeout(Duration statementTimeout) {
        return statementTimeout.plus(NETWORK_MARGIN);
    }

    /** See {@link #networkTimeout}. */
    static final Duration NETWORK_MARGIN = Duration.ofSeconds(5);

    /** @return whether a read from the server timed out on the client: the server stopped answering */
    private static boolean stoppedAnswering(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return whether the error is the catalog changing under a capture: an object listed in the capture's snapshot
     *         was dropped by the time a function that reads the live catalog ({@code pg_get_indexdef},
     *         {@code pg_get_viewdef}, …) looked it up
     */
    static boolean concurrentDdl(SQLException e) {
        String text = String.valueOf(e.getMessage());
        return ("XX000".equals(e.getSQLState()) || "42P01".equals(e.getSQLState())
                || "42883".equals(e.getSQLState()) || "42704".equals(e.getSQLState()))
                && (text.contains("could not open relation with OID") || text.contains("cache lookup failed for")
                || text.matches("(?s).*\\bwith OID \\d+ does not exist.*")
                || text.contains("could not find tuple for"));
    }

    /**
     * @param where  {@code host:port/database}
     * @param query  the catalog query that found it, or {@code null}
     * @param detail what changed, or the server's message
     * @param cause  the underlying error, or {@code null}
     * @return the error of a capture that found the catalog changing under it: DDL in another session dropped an
     *         object after the capture's snapshot listed it
     */
    static DriftException changedDuringCapture(String where, String query, String detail, Throwable cause) {
        String part = query == null ? "the capture" : "the " + query + " query";
        return new DriftException(Reason.OTHER, "On PostgreSQL at " + where + ", " + part + " failed because the"
                + " schema changed while Drift was reading it (" + detail + "): a DDL statement in another session (a"
                + " migration, a DROP, a REINDEX) removed or replaced an object the capture had already listed."
                + " Nothing is wrong with the database; capture again once the DDL has finished.", cause);
    }

    /**
     * Thrown by a catalog query that finds an object of its snapshot gone from the live catalog: the server's
     * {@code pg_get_indexdef} and its like read the live catalog and give {@code NULL} for an object dropped since
     * the capture's snapshot, where no object can have none.
     */
    static final class ChangedDuringCapture extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ChangedDuringCapture(String what) {
            super(what, null, false, false);
        }
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

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
