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
                + "(CaptureOptions.statementTimeout), or capture fewer schemas.");
        DriftException lock = Errors.capturing(new SQLException("ERROR: canceling statement due to lock timeout",
                "55P03"), "db:5432/app", "tables", Duration.ofSeconds(60), Duration.ofMillis(1500));
        assertThat(lock.getMessage()).contains("lock timeout of 1500 ms").contains("CaptureOptions.lockTimeout");
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
}
