package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Outcome;
import io.drift.core.check.Status;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** Each way a connection or a capture can fail gives one DriftException: its reason, what happened, the fix. */
class ConnectionErrorsIT {

    private static final String SECRET = "Sup3r-secret-pw";

    @Test
    void unreachable_server() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();     // free once closed: nothing listens there
        }
        DriftException e = catchThrowableOfType(DriftException.class, () ->
                PostgresConnections.open("jdbc:postgresql://localhost:" + port + "/app?password=" + SECRET,
                        "app", SECRET));
        assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("Cannot connect to PostgreSQL at localhost:" + port + "/app")
                .contains("connection refused").contains("Check that the server is running")
                .doesNotContain(SECRET);
    }

    /** The check runner's connectivity check reads a failure to connect as a capture does, for any data source. */
    @Test
    void the_connectivity_check_reads_a_refused_connection_as_every_other_failure_to_connect() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        org.postgresql.ds.PGSimpleDataSource pool = new org.postgresql.ds.PGSimpleDataSource();
        pool.setURL("jdbc:postgresql://localhost:" + port + "/app");
        pool.setUser("app");
        pool.setPassword(SECRET);
        CheckResult plain = connectivity(pool);
        assertThat(plain.status()).isEqualTo(Status.ERRORED);
        assertThat(plain.summary()).startsWith("Cannot connect to the database (Connection to localhost:" + port)
                .endsWith("Check that the server is running and that the host and port are right.")
                .doesNotContain("PSQLException", SECRET);
        assertThat(plain.error()).isInstanceOfSatisfying(DriftException.class,
                e -> assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE));
        DriftException capture = catchThrowableOfType(DriftException.class,
                () -> io.drift.core.Drift.capture(pool, CaptureOptions.defaults()));
        assertThat(plain.summary()).isEqualTo(capture.getMessage());

        // Drift's own data source names the server, as PostgresConnections.open does.
        CheckResult named = connectivity(PostgresConnections.dataSource("jdbc:postgresql://localhost:" + port
                + "/app", "app", SECRET));
        assertThat(named.summary()).isEqualTo("Cannot connect to PostgreSQL at localhost:" + port + "/app (connection"
                + " refused). Check that the server is running and that the host and port are right.");
    }

    private static CheckResult connectivity(javax.sql.DataSource dataSource) {
        CheckReport report = CheckRunner.builder().checks(new Check() {
            @Override
            public String id() {
                return "needs-db";
            }

            @Override
            public String description() {
                return "Needs the database.";
            }

            @Override
            public java.util.List<io.drift.core.check.FindingCode> codes() {
                return java.util.List.of();
            }

            @Override
            public Outcome run(CheckContext context) {
                return Outcome.passed("ran");
            }
        }).build().run(dataSource);
        return report.result("connectivity").orElseThrow();
    }

    @Test
    void wrong_password() {
        TestPostgres postgres = TestPostgres.start();
        postgres.createRole("drift_wrong_pw", SECRET);
        postgres.requirePassword("drift_wrong_pw");
        try (TestDatabase db = postgres.newDatabase()) {
            DriftException e = catchThrowableOfType(DriftException.class, () ->
                    PostgresConnections.open(db.jdbcUrl(), "drift_wrong_pw", "not-" + SECRET));
            assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION);
            assertThat(e.getMessage()).contains("refused the credentials of user \"drift_wrong_pw\"")
                    .contains("Check the user name and password").doesNotContain(SECRET);
            DriftException none = catchThrowableOfType(DriftException.class, () ->
                    PostgresConnections.open(db.jdbcUrl(), "drift_wrong_pw", null));
            assertThat(none.reason()).isEqualTo(Reason.AUTHENTICATION);
        }
    }

    @Test
    void database_does_not_exist() {
        TestPostgres postgres = TestPostgres.start();
        String url = postgres.jdbcUrl("drift_no_such_database");
        DriftException e = catchThrowableOfType(DriftException.class, () ->
                PostgresConnections.open(url, postgres.user(), postgres.password()));
        assertThat(e.reason()).isEqualTo(Reason.NO_DATABASE);
        assertThat(e.getMessage()).contains("drift_no_such_database").contains("does not exist")
                .contains("Check the database name");
    }

    @Test
    void permission_denied() {
        TestPostgres postgres = TestPostgres.start();
        postgres.createRole("drift_no_connect", SECRET);
        try (TestDatabase db = postgres.newDatabase()) {
            db.execute("REVOKE CONNECT ON DATABASE " + db.name() + " FROM PUBLIC");
            DriftException e = catchThrowableOfType(DriftException.class, () ->
                    PostgresConnections.open(db.jdbcUrl(), "drift_no_connect", SECRET));
            assertThat(e.reason()).isEqualTo(Reason.PERMISSION_DENIED);
            assertThat(e.getMessage()).contains("\"drift_no_connect\" may not connect")
                    .contains("GRANT CONNECT ON DATABASE").doesNotContain(SECRET);
        }
    }

    @Test
    void server_older_than_postgresql_12() throws SQLException {
        assumeTrue(TestPostgres.availableVersions().contains(11),
                "No PostgreSQL 11 binaries: the refusal is covered by PostgresSnapshotProviderTest only");
        try (TestDatabase db = TestPostgres.start(11).newDatabase();
             Connection c = PostgresConnections.open(db.jdbcUrl(), db.user(), db.password())) {
            PostgresSnapshotProvider provider = new PostgresSnapshotProvider();
            assertThat(provider.supports(io.drift.core.model.DatabaseInfo.from(c.getMetaData()))).isFalse();
            DriftException e = catchThrowableOfType(DriftException.class,
                    () -> provider.capture(c, CaptureOptions.defaults()));
            assertThat(e.reason()).isEqualTo(Reason.UNSUPPORTED_DATABASE);
            assertThat(e.getMessage()).startsWith("PostgreSQL 11.").contains("is too old")
                    .contains("PostgreSQL 12 and later");
        }
    }

    @Test
    void lock_and_statement_timeouts() throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase();
             Connection locker = db.connect();
             Connection capturer = db.connect()) {
            // Another session holds pg_class exclusively: the capture's first catalog query must wait for it.
            locker.setAutoCommit(false);
            try (Statement s = locker.createStatement()) {
                s.execute("LOCK TABLE pg_catalog.pg_class IN ACCESS EXCLUSIVE MODE");
            }
            PostgresSnapshotProvider provider = new PostgresSnapshotProvider();

            DriftException lock = catchThrowableOfType(DriftException.class, () -> provider.capture(capturer,
                    CaptureOptions.builder().lockTimeout(Duration.ofMillis(200)).build()));
            assertThat(lock.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(lock.getMessage()).contains("waited longer than the lock timeout of 200 ms")
                    .contains("raise CaptureOptions.lockTimeout");

            DriftException statement = catchThrowableOfType(DriftException.class, () -> provider.capture(capturer,
                    CaptureOptions.builder().statementTimeout(Duration.ofMillis(300))
                            .lockTimeout(Duration.ofSeconds(30)).build()));
            assertThat(statement.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(statement.getMessage()).contains("ran longer than the statement timeout of 300 ms")
                    .contains("CaptureOptions.statementTimeout");

            locker.rollback();
            // The connection is still usable, in its original state, and a capture now succeeds.
            assertThat(capturer.getAutoCommit()).isTrue();
            assertThat(CompletableFuture.supplyAsync(() -> provider.capture(capturer, CaptureOptions.defaults()))
                    .get().schemas()).isNotEmpty();
        }
    }
}
