package io.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftConnectionFailureTest {

    @ParameterizedTest
    @CsvSource({
            "28P01, AUTHENTICATION, user name and password",
            "28000, AUTHENTICATION, user name and password",
            "3D000, NO_DATABASE, create the database",
            "42501, PERMISSION_DENIED, Grant it CONNECT",
            "08001, UNREACHABLE, host and port",
            "08006, UNREACHABLE, host and port",
            "XX000, OTHER, SQLState XX000",
            "53300, UNREACHABLE, CONNECTION LIMIT",
            "57P03, UNREACHABLE, starting up"})
    void a_connection_failure_gets_its_reason_from_the_standard_sqlstate_class(String state, DriftException.Reason reason,
                                                                                String fix) {
        DataSource failing = new FailingDataSource(new SQLException("server said no", state));

        assertThatThrownBy(() -> Drift.capture(failing, CaptureOptions.defaults()))
                .isInstanceOfSatisfying(DriftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(reason);
                    assertThat(e.getMessage()).contains("server said no").contains(fix);
                    assertThat(e.getCause()).isInstanceOf(SQLException.class);
                });
    }

    /** A data source whose every connection attempt fails with one exception. */
    private static final class FailingDataSource implements DataSource {
        private final SQLException failure;

        FailingDataSource(SQLException failure) {
            this.failure = failure;
        }

        @Override
        public Connection getConnection() throws SQLException {
            throw failure;
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw failure;
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> iface) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return false;
        }
    }
}
