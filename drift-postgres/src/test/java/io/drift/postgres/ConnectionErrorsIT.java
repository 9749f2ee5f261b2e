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
import io.drift.test.postgres.FreezingProxy;
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
                    .contains("CaptureOptions.lockTimeout");

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

    // ---- issue 9: refusals that need their own fix, a frozen server, a closed connection

    @Test
    void a_role_at_its_connection_limit_issue9() {
        TestPostgres postgres = TestPostgres.start();
        postgres.createRole("drift_no_slots", SECRET);
        postgres.execute("ALTER ROLE drift_no_slots CONNECTION LIMIT 0");
        try (TestDatabase db = postgres.newDatabase()) {
            DriftException e = catchThrowableOfType(DriftException.class, () ->
                    PostgresConnections.open(db.jdbcUrl(), "drift_no_slots", SECRET));
            assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(e.getMessage()).contains("too many connections for role \"drift_no_slots\"")
                    .contains("ALTER ROLE drift_no_slots CONNECTION LIMIT n")
                    .doesNotContain("Check that the server is running", SECRET);
        }
    }

    @Test
    void a_database_closed_to_connections_issue9() {
        TestPostgres postgres = TestPostgres.start();
        TestDatabase db = postgres.newDatabase();
        postgres.execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS false");
        try {
            DriftException e = catchThrowableOfType(DriftException.class, () ->
                    PostgresConnections.open(db.jdbcUrl(), postgres.user(), postgres.password()));
            assertThat(e.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(e.getMessage()).contains("is not currently accepting connections")
                    .contains("ALLOW_CONNECTIONS true").doesNotContain("Check that the server is running");
        } finally {
            postgres.execute("ALTER DATABASE " + db.name() + " ALLOW_CONNECTIONS true");
            db.close();
        }
    }

    @Test
    void a_server_setting_in_the_url_the_server_refuses_issue9() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase db = postgres.newDatabase()) {
            DriftException bad = catchThrowableOfType(DriftException.class, () -> PostgresConnections.open(
                    db.jdbcUrl() + "?options=-c%20work_mem=banana", postgres.user(), postgres.password()));
            DriftException unknown = catchThrowableOfType(DriftException.class, () -> PostgresConnections.open(
                    db.jdbcUrl() + "?options=-c%20drift_no_such_setting=1", postgres.user(), postgres.password()));
            assertThat(bad.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
            assertThat(bad.getMessage()).contains("invalid value for parameter \"work_mem\"")
                    .contains("options= parameter");
            assertThat(unknown.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
            assertThat(unknown.getMessage()).contains("drift_no_such_setting");
        }
    }

    @Test
    void ssl_required_of_a_server_without_ssl_and_an_unknown_sslmode_issue9() {
        TestPostgres postgres = TestPostgres.start();
        try (TestDatabase db = postgres.newDatabase();
             Connection c = db.connect();
             Statement s = c.createStatement();
             java.sql.ResultSet rs = s.executeQuery("SHOW ssl")) {
            rs.next();
            assumeTrue("off".equals(rs.getString(1)), "this test server has SSL on");
            DriftException required = catchThrowableOfType(DriftException.class, () -> PostgresConnections.open(
                    db.jdbcUrl() + "?sslmode=require", postgres.user(), postgres.password()));
            DriftException unknown = catchThrowableOfType(DriftException.class, () -> PostgresConnections.open(
                    db.jdbcUrl() + "?sslmode=banana", postgres.user(), postgres.password()));
            assertThat(required.reason()).isEqualTo(Reason.UNREACHABLE);
            assertThat(required.getMessage()).contains("does not accept SSL connections")
                    .contains("sslmode=prefer").doesNotContain("Check that the server is running", "password");
            assertThat(unknown.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
            assertThat(unknown.getMessage()).contains("banana").contains("verify-full");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_closed_connection_says_so_and_how_to_capture_instead_issue9() throws SQLException {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            Connection closed = db.connect();
            closed.close();
            DriftException viaDrift = catchThrowableOfType(DriftException.class,
                    () -> io.drift.core.Drift.capture(closed, CaptureOptions.defaults()));
            DriftException viaProvider = catchThrowableOfType(DriftException.class,
                    () -> new PostgresSnapshotProvider().capture(closed, CaptureOptions.defaults()));
            for (DriftException e : new DriftException[] {viaDrift, viaProvider}) {
                assertThat(e.reason()).isEqualTo(Reason.INVALID_ARGUMENT);
                assertThat(e.getMessage()).contains("is closed").contains("try-with-resources")
                        .contains("Drift.capture(dataSource, options)");
            }
        }
    }

    @Test
    void a_server_that_stops_answering_mid_capture_fails_the_capture_after_the_statement_timeout_issue9()
            throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase();
             FreezingProxy proxy = FreezingProxy.freezingOn(db.jdbcUrl(), "statement_timeout")) {
            db.execute("CREATE TABLE t (id int)");
            CaptureOptions options = CaptureOptions.builder().statementTimeout(Duration.ofSeconds(1)).build();
            long start = System.nanoTime();
            // On another thread, so that a capture that hangs fails this test instead of hanging the build.
            CompletableFuture<DriftException> capture = CompletableFuture.supplyAsync(() -> catchThrowableOfType(
                    DriftException.class, () -> io.drift.core.Drift.capture(PostgresConnections.dataSource(
                            proxy.jdbcUrl(db.jdbcUrl()), db.user(), db.password()), options)));
            DriftException e = capture.get(60, java.util.concurrent.TimeUnit.SECONDS);
            long seconds = (System.nanoTime() - start) / 1_000_000_000L;

            assertThat(proxy.isFrozen()).isTrue();
            assertThat(e).isNotNull();
            assertThat(e.reason()).isEqualTo(Reason.TIMEOUT);
            assertThat(e.getMessage()).contains("stopped answering").contains("nothing came back for 6 s")
                    .contains("statement timeout of 1 s");
            assertThat(seconds).as("gave up after the statement timeout and the margin").isBetween(5L, 40L);
        }
    }

    @Test
    void a_view_dropped_while_the_capture_reads_says_the_schema_changed_and_to_capture_again_issue9()
            throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase();
             FreezingProxy proxy = FreezingProxy.freezingOn(db.jdbcUrl(), "pg_get_viewdef")) {
            db.execute("CREATE TABLE t (id int, x int); CREATE VIEW v AS SELECT x FROM t");
            CompletableFuture<DriftException> capture = capture(proxy, db);
            // The capture's snapshot is taken (the earlier queries ran) and its view query is held back: drop the
            // view in another session, then let the query go. pg_get_viewdef reads the live catalog.
            assertThat(proxy.awaitFrozen(60)).as("the capture reached the view query").isTrue();
            db.execute("DROP VIEW v");
            proxy.thaw();
            DriftException e = capture.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(e).as("the capture failed").isNotNull();
            assertThat(e.getMessage()).contains("could not open relation with OID")
                    .contains("the views query failed because the schema changed while Drift was reading it")
                    .contains("capture again once the DDL has finished").doesNotContain("bug");
        }
    }

    @Test
    void an_index_dropped_while_the_capture_reads_is_not_captured_half_issue9() throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase();
             FreezingProxy proxy = FreezingProxy.freezingOn(db.jdbcUrl(), "AS is_unique")) {
            db.execute("CREATE TABLE t (id int, x int); CREATE INDEX t_x_idx ON t (x)");
            CompletableFuture<DriftException> capture = capture(proxy, db);
            // pg_get_indexdef gives NULL, not an error, for an index dropped since the capture's snapshot.
            assertThat(proxy.awaitFrozen(60)).as("the capture reached the index query").isTrue();
            db.execute("DROP INDEX t_x_idx");
            proxy.thaw();
            DriftException e = capture.get(60, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(e).as("the capture failed rather than keep an index without a definition").isNotNull();
            assertThat(e.getMessage()).contains("the indexes query failed because the schema changed while Drift"
                    + " was reading it (index t_x_idx was dropped)").contains("capture again");
        }
    }

    private static CompletableFuture<DriftException> capture(FreezingProxy proxy, TestDatabase db) {
        CaptureOptions oneConnection = CaptureOptions.builder().maxConnections(1).build();
        return CompletableFuture.supplyAsync(() -> catchThrowableOfType(DriftException.class,
                () -> io.drift.core.Drift.capture(PostgresConnections.dataSource(proxy.jdbcUrl(db.jdbcUrl()),
                        db.user(), db.password()), oneConnection)));
    }
}
