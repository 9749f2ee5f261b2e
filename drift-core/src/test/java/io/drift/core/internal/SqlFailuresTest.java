package io.drift.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;

class SqlFailuresTest {

    @ParameterizedTest
    @CsvSource({"28P01, AUTHENTICATION", "28000, AUTHENTICATION", "3D000, NO_DATABASE", "42501, PERMISSION_DENIED",
            "08001, UNREACHABLE", "08006, UNREACHABLE", "08004, UNREACHABLE", "57014, TIMEOUT", "55P03, TIMEOUT",
            "42P01, OTHER", "XX000, OTHER"})
    void the_sql_state_gives_the_reason(String state, Reason reason) {
        assertThat(SqlFailures.reason(new SQLException("x", state))).isEqualTo(reason);
    }

    @Test
    void a_password_the_driver_was_asked_for_and_not_given_is_authentication() {
        assertThat(SqlFailures.reason(new SQLException("The server requested SCRAM-based authentication, but no"
                + " password was provided.", "08004"))).isEqualTo(Reason.AUTHENTICATION);
    }

    @Test
    void without_a_sql_state_the_network_exception_under_it_decides() {
        assertThat(SqlFailures.reason(new SQLException("x", null, new ConnectException("refused"))))
                .isEqualTo(Reason.UNREACHABLE);
        assertThat(SqlFailures.reason(new SQLException("x", null, new UnknownHostException("db.nowhere"))))
                .isEqualTo(Reason.UNREACHABLE);
        assertThat(SqlFailures.reason(new SQLException("x"))).isEqualTo(Reason.OTHER);
    }

    @Test
    void a_named_server_is_named_and_a_refused_socket_says_so_briefly() {
        DriftException e = SqlFailures.connecting(new SQLException("Connection to db:5432 refused. Check that the"
                + " hostname and port are correct", "08001", new ConnectException("Connection refused")),
                "PostgreSQL at db:5432/app", "app");
        assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(e.getMessage()).isEqualTo("Cannot connect to PostgreSQL at db:5432/app (connection refused). Check"
                + " that the server is running and that the host and port are right.");
    }

    @Test
    void an_unknown_server_is_the_database_and_the_drivers_line_is_kept() {
        DriftException e = SqlFailures.connecting(new SQLException("Connection to db:5432 refused.\nmore", "08001",
                new ConnectException("Connection refused")), null, null);
        assertThat(e.getMessage()).isEqualTo("Cannot connect to the database (Connection to db:5432 refused.). Check"
                + " that the server is running and that the host and port are right.");
    }

    @Test
    void every_reason_says_what_happened_then_the_fix() {
        assertThat(SqlFailures.connecting(new SQLException("FATAL: password authentication failed", "28P01"), null,
                null).getMessage()).isEqualTo("The database refused the credentials of the user (password"
                + " authentication failed). Check the user name and password the data source is configured with, and"
                + " that the server's access rules (pg_hba.conf on PostgreSQL) let this user connect from here.");
        assertThat(SqlFailures.connecting(new SQLException("FATAL: database \"shop\" does not exist", "3D000"),
                "PostgreSQL at db:5432/shop", "app").getMessage()).isEqualTo("The database named in the URL does not"
                + " exist on PostgreSQL at db:5432/shop (database \"shop\" does not exist). Check the database name in"
                + " the URL, or create the database first.");
        assertThat(SqlFailures.connecting(new SQLException("FATAL: permission denied for database \"shop\"",
                "42501"), "PostgreSQL at db:5432/shop", "app").getMessage()).isEqualTo("User \"app\" may not connect"
                + " to PostgreSQL at db:5432/shop (permission denied for database \"shop\"). Grant it CONNECT on the"
                + " database (GRANT CONNECT ON DATABASE … TO app), or use a role that has it.");
        assertThat(SqlFailures.connecting(new SQLException("odd", "XX000"), null, null).getMessage())
                .isEqualTo("Cannot connect to the database (odd, SQLState XX000).");
    }
}
