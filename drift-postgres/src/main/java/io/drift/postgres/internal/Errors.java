package io.drift.postgres.internal;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.internal.SqlFailures;

import java.sql.SQLException;
import java.time.Duration;

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
        return SqlFailures.connecting(e, "PostgreSQL at " + where, user);
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

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
