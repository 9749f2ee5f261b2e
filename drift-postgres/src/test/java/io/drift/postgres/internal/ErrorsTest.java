package io.drift.postgres.internal;

import io.drift.core.CaptureOptions;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

class ErrorsTest {

    @ParameterizedTest
    @CsvSource({"28P01, AUTHENTICATION", "28000, AUTHENTICATION", "3D000, NO_DATABASE", "42501, PERMISSION_DENIED",
            "08001, UNREACHABLE", "08006, UNREACHABLE", "57014, TIMEOUT", "55P03, TIMEOUT", "42P01, OTHER"})
    void sql_state_to_reason(String state, Reason reason) {
        assertThat(Errors.reason(state, null)).isEqualTo(reason);
    }

    @Test
    void a_password_the_driver_was_asked_for_and_not_given_is_authentication() {
        SQLException e = new SQLException("The server requested SCRAM-based authentication, but no password was "
                + "provided.", "08004");
        assertThat(Errors.reason("08004", e)).isEqualTo(Reason.AUTHENTICATION);
        assertThat(Errors.reason("08004", new SQLException("rejected", "08004"))).isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void a_refused_socket_without_sql_state_is_unreachable() {
        assertThat(Errors.reason(null, new SQLException("x", null, new ConnectException("refused"))))
                .isEqualTo(Reason.UNREACHABLE);
    }

    @Test
    void timeout_messages_name_the_query_the_timeout_and_the_option() {
        DriftException statement = Errors.capturing(new SQLException("ERROR: canceling statement", "57014"),
                "db:5432/app", "columns", Duration.ofSeconds(60), Duration.ofSeconds(5));
        assertThat(statement.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(statement.getMessage()).isEqualTo("On PostgreSQL at db:5432/app, the columns query ran longer "
                + "than the statement timeout of 60 s and was cancelled. Raise the statement timeout "
                + "(CaptureOptions.statementTimeout; --statement-timeout on the command line), or capture fewer "
                + "schemas.");
        DriftException lock = Errors.capturing(new SQLException("ERROR: canceling statement due to lock timeout",
                "55P03"), "db:5432/app", "tables", Duration.ofSeconds(60), Duration.ofMillis(1500));
        assertThat(lock.getMessage()).contains("lock timeout of 1500 ms")
                .endsWith("raise the lock timeout (CaptureOptions.lockTimeout; --lock-timeout on the command line).");
    }

    @Test
    void the_version_refusal_says_what_is_supported() {
        DriftException e = Errors.unsupported("11.22", "db:5432/app");
        assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_DATABASE);
        assertThat(e.getMessage()).isEqualTo("PostgreSQL 11.22 at db:5432/app is too old: Drift captures PostgreSQL "
                + "12 and later. Upgrade the server, or capture a copy of the database restored on PostgreSQL 12 or "
                + "later.");
    }

    @Test
    void connection_messages_drop_the_severity_prefix_and_keep_one_line() {
        DriftException e = Errors.connecting(new SQLException(
                "FATAL: password authentication failed for user \"bob\"\n  Detail: more", "28P01"), "db:5432/app", "bob");
        assertThat(e.getMessage()).isEqualTo("PostgreSQL at db:5432/app refused the credentials of user \"bob\" "
                + "(password authentication failed for user \"bob\"). Check the user name and password, and that "
                + "the server's access rules (pg_hba.conf on PostgreSQL) let this user connect from here.");
    }

    // ---- issue 9 #9: each refusal with its fix; the texts are the driver's and the server's own

    private static DriftException connecting(String state, String message, Throwable cause) {
        SQLException e = new SQLException(message, state, cause);
        return Errors.connecting(e, "db:5432/app", "bob");
    }

    @Test
    void a_role_at_its_connection_limit_says_how_to_raise_it() {
        DriftException e = connecting("53300", "FATAL: too many connections for role \"bob\"", null);
        assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("PostgreSQL at db:5432/app refuses another connection for user \"bob\""
                + " (too many connections for role \"bob\"): the role's CONNECTION LIMIT is reached. Close other"
                + " sessions of the role, raise the limit (ALTER ROLE bob CONNECTION LIMIT n), or connect as another"
                + " role.");
        assertThat(connecting("53300", "FATAL: sorry, too many clients already", null).getMessage())
                .contains("max_connections is reached");
    }

    @Test
    void a_database_closed_to_connections_a_server_in_recovery_and_a_bad_server_setting() {
        DriftException closed = connecting("55000",
                "FATAL: database \"app\" is not currently accepting connections", null);
        DriftException recovering = connecting("57P03", "FATAL: the database system is not accepting connections\n"
                + "  Detail: Hot standby mode is disabled.", null);
        DriftException setting = connecting("22023", "FATAL: invalid value for parameter \"work_mem\": \"banana\"",
                null);
        DriftException unknown = connecting("42704", "FATAL: unrecognized configuration parameter \"nosuch\"", null);

        assertThat(closed.getMessage()).contains("ALLOW_CONNECTIONS false").contains("Connect to another database");
        assertThat(recovering.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(recovering.getMessage()).contains("starting up, shutting down, or recovering")
                .contains("Wait until it is up").doesNotContain("Check that the server is running");
        assertThat(setting.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
        assertThat(setting.getMessage()).contains("invalid value for parameter \"work_mem\"")
                .contains("options= parameter");
        assertThat(unknown.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
    }

    @Test
    void ssl_problems_say_which_and_never_to_check_that_the_server_is_running() {
        DriftException noSsl = connecting("08004", "The server does not support SSL.", null);
        DriftException badMode = connecting("08001", "Invalid sslmode value: banana", null);
        DriftException noRoot = connecting("08006", "Could not open SSL root certificate file /root/.postgresql/root.crt.",
                new java.io.FileNotFoundException("/root/.postgresql/root.crt (No such file or directory)"));
        DriftException wrongHost = connecting("08006", "The hostname 127.0.0.1 could not be verified by hostnameverifier"
                + " PgjdbcHostnameVerifier.", null);
        DriftException untrusted = connecting("08006", "SSL error: PKIX path building failed: unable to find valid"
                + " certification path to requested target", new javax.net.ssl.SSLHandshakeException("PKIX path"
                + " building failed"));

        for (DriftException e : List.of(noSsl, badMode, noRoot, wrongHost, untrusted)) {
            assertThat(e.getMessage()).doesNotContain("Check that the server is running");
        }
        assertThat(noSsl.getMessage()).contains("does not accept SSL").contains("sslmode=prefer");
        assertThat(badMode.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
        assertThat(badMode.getMessage()).contains("verify-full");
        assertThat(noRoot.getMessage()).contains("sslrootcert=/path/to/root.crt").contains("/root/.postgresql/root.crt");
        assertThat(wrongHost.getMessage()).contains("does not name the host").contains("sslmode=verify-ca");
        assertThat(untrusted.getMessage()).contains("not signed by the root certificate");
    }

    @Test
    void the_schema_changing_under_the_capture_says_so_and_to_capture_again_not_that_it_is_a_bug() {
        for (SQLException e : List.of(
                new SQLException("ERROR: could not open relation with OID 16390", "XX000"),
                new SQLException("ERROR: cache lookup failed for relation 16390", "XX000"),
                new SQLException("ERROR: relation with OID 16390 does not exist", "42P01"))) {
            DriftException d = Errors.capturing(e, "db:5432/app", "indexes", Duration.ofSeconds(60),
                    Duration.ofSeconds(5));
            assertThat(d.getMessage()).as(e.getMessage())
                    .contains("the schema changed while Drift was reading it")
                    .contains("capture again once the DDL has finished")
                    .doesNotContain("bug");
        }
        assertThat(Errors.capturing(new SQLException("ERROR: something else", "XX000"), "db:5432/app", "indexes",
                Duration.ofSeconds(60), Duration.ofSeconds(5)).getMessage()).contains("bug");
    }

    @Test
    void a_server_that_stopped_answering_is_a_timeout_naming_how_long_drift_waited() {
        SQLException e = new SQLException("An I/O error occurred while sending to the backend.", "08006",
                new java.net.SocketTimeoutException("Read timed out"));
        DriftException d = Errors.capturing(e, "db:5432/app", "columns", Duration.ofSeconds(2), Duration.ofSeconds(1));
        assertThat(d.reason()).isEqualTo(Reason.TIMEOUT);
        assertThat(d.getMessage()).startsWith("PostgreSQL at db:5432/app stopped answering during the columns query:"
                + " nothing came back for 7 s, longer than the statement timeout of 2 s allows");
        assertThat(Errors.networkTimeout(Duration.ofSeconds(60))).isEqualTo(Duration.ofSeconds(65));
    }
}
