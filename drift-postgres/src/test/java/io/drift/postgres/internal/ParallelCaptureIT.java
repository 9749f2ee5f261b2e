package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.postgres.PostgresConnections;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * The columns query on a second connection, in the first one's snapshot: the same snapshot as on one connection, the
 * same view of the catalog, a fall-back to one connection whenever the second cannot join, and no connection left
 * open.
 */
class ParallelCaptureIT {

    private static final String LIMITED_ROLE = "drift_one_connection";

    private static TestPostgres postgres;
    private static TestDatabase db;
    private static TestDatabase monitor;

    @BeforeAll
    static void corpus() {
        postgres = TestPostgres.start();
        monitor = postgres.newDatabase();
        db = postgres.newDatabase();
        // A corpus schema, and enough tables that no catalog query finishes within a millisecond.
        db.executeResource(Corpus.PG_HEAVY).execute("DO $$ BEGIN FOR i IN 1..300 LOOP"
                + " EXECUTE format('CREATE TABLE public.extra_%s (id bigint PRIMARY KEY, name text NOT NULL"
                + " DEFAULT ''x'', created timestamptz DEFAULT now())', i); END LOOP; END $$;");
        db.execute("DO $$ DECLARE s text; BEGIN"
                + "  FOR s IN SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                + "    AND nspname <> 'information_schema' LOOP"
                + "    EXECUTE format('GRANT USAGE ON SCHEMA %I TO PUBLIC', s);"
                + "  END LOOP; END $$;");
    }

    @AfterAll
    static void close() {
        db.close();
        monitor.close();
    }

    @Test
    void two_connections_give_the_snapshot_one_connection_gives() throws SQLException {
        Snapshot serial;
        try (Connection connection = db.connect()) {
            serial = CatalogReader.capture(connection, CaptureOptions.defaults()).snapshot();
        }
        Counting more = new Counting(db::dataSource);
        CatalogReader.Result parallel;
        try (Connection connection = db.connect()) {
            parallel = CatalogReader.capture(connection, more, CaptureOptions.defaults());
        }

        assertThat(more.opened).as("connections taken from the data source").hasValue(1);
        assertThat(parallel.statements()).isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS
                + SecondConnection.SETUP_STATEMENTS);
        assertThat(CapturesAccess.differences(serial, parallel.snapshot())).isEmpty();
        assertThat(parallel.snapshot()).isEqualTo(serial);
        assertThat(otherConnections()).isZero();
    }

    @Test
    void the_second_connection_reads_the_catalog_as_the_first_saw_it() throws SQLException {
        try (TestDatabase racing = postgres.newDatabase()) {
            racing.execute("CREATE TABLE orders (id bigint PRIMARY KEY)");
            // Between the first transaction's snapshot and the second connection's start, another session adds a
            // column: the capture must not see it, although the second connection starts after it was committed.
            DataSource more = new Counting(() -> {
                racing.execute("ALTER TABLE orders ADD COLUMN added_during_capture int;"
                        + "CREATE SEQUENCE created_during_capture;"
                        + "CREATE INDEX created_during_capture_idx ON orders (id)");
                return racing.dataSource();
            });
            CatalogReader.Result result;
            try (Connection connection = racing.connect()) {
                result = CatalogReader.capture(connection, more, CaptureOptions.defaults());
            }
            assertThat(result.statements()).as("the second connection was used")
                    .isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS
                            + SecondConnection.SETUP_STATEMENTS);
            assertThat(result.snapshot().table(ObjectPath.of("public", "orders")).columns())
                    .extracting(c -> c.name()).containsExactly("id");
            assertThat(result.snapshot().table(ObjectPath.of("public", "orders")).indexes()).isEmpty();
            assertThat(result.snapshot().objects(ObjectKind.SEQUENCE)).isEmpty();
        }
    }

    @Test
    void without_a_second_connection_everything_is_read_on_the_first() throws SQLException {
        Snapshot serial;
        try (Connection connection = db.connect()) {
            serial = CatalogReader.capture(connection, CaptureOptions.defaults()).snapshot();
        }
        DataSource refusing = new Counting(() -> {
            throw new IllegalStateException("pool exhausted");
        });
        CatalogReader.Result result;
        try (Connection connection = db.connect()) {
            result = CatalogReader.capture(connection, refusing, CaptureOptions.defaults());
        }
        assertThat(result.snapshot()).isEqualTo(serial);
        assertThat(result.statements()).isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);
    }

    @Test
    void a_data_source_with_no_connection_to_spare_does_not_hold_the_capture_up() throws SQLException {
        Snapshot serial;
        try (Connection connection = db.connect()) {
            serial = CatalogReader.capture(connection, CaptureOptions.defaults()).snapshot();
        }
        // A pool of one whose only connection the capture holds: the second one comes only after the capture.
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean handedOut = new AtomicBoolean();
        DataSource exhausted = new Counting(() -> {
            try {
                release.await(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            handedOut.set(true);
            return db.dataSource();
        });
        CatalogReader.Result result;
        try (Connection connection = db.connect()) {
            result = CatalogReader.capture(connection, exhausted, CaptureOptions.defaults());
        }
        assertThat(handedOut).as("the capture returned while the data source still had nothing").isFalse();
        assertThat(result.snapshot()).isEqualTo(serial);
        assertThat(result.statements()).isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);
        release.countDown();
        assertThat(otherConnections()).as("the connection handed out late is closed").isZero();
    }

    @Test
    void a_second_connection_to_another_database_cannot_join_and_is_not_used() throws SQLException {
        Snapshot serial;
        try (Connection connection = db.connect()) {
            serial = CatalogReader.capture(connection, CaptureOptions.defaults()).snapshot();
        }
        try (TestDatabase other = postgres.newDatabase()) {
            other.execute("CREATE TABLE not_the_captured_database (id int)");
            CatalogReader.Result result;
            try (Connection connection = db.connect()) {
                result = CatalogReader.capture(connection, other.dataSource(), CaptureOptions.defaults());
            }
            // SET TRANSACTION SNAPSHOT refuses a snapshot of another database; the columns are read on the first.
            assertThat(result.snapshot()).isEqualTo(serial);
            assertThat(result.statements()).isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS
                    + 2);   // the second connection's SET TRANSACTION, and its SET TRANSACTION SNAPSHOT, refused
        }
    }

    @Test
    void a_role_limited_to_one_connection_captures_through_drift_as_with_one() throws SQLException {
        postgres.createRole(LIMITED_ROLE, "limited-secret");
        postgres.execute("ALTER ROLE " + LIMITED_ROLE + " CONNECTION LIMIT 1");
        Snapshot owner;
        try (Connection connection = db.connect()) {
            owner = CatalogReader.capture(connection, CaptureOptions.defaults()).snapshot();
        }
        Snapshot limited = Drift.capture(PostgresConnections.dataSource(db.jdbcUrl(), LIMITED_ROLE,
                "limited-secret"), CaptureOptions.defaults());
        assertThat(CapturesAccess.differences(owner, limited)).isEmpty();
        assertThat(otherConnections()).isZero();
    }

    @Test
    void when_the_capture_fails_the_second_connection_is_closed_too() throws SQLException {
        CaptureOptions impatient = CaptureOptions.builder().statementTimeout(Duration.ofMillis(1)).build();
        try (Connection connection = db.connect()) {
            assertThatThrownBy(() -> CatalogReader.capture(connection, db.dataSource(), impatient))
                    .isInstanceOf(DriftException.class)
                    .extracting(e -> ((DriftException) e).reason()).isEqualTo(DriftException.Reason.TIMEOUT);
            assertThat(connection.getAutoCommit()).isTrue();
        }
        assertThat(otherConnections()).isZero();
    }

    @Test
    void one_connection_when_the_options_say_so() throws SQLException {
        Counting more = new Counting(db::dataSource);
        CatalogReader.Result result;
        try (Connection connection = db.connect()) {
            result = CatalogReader.capture(connection, more, CaptureOptions.builder().maxConnections(1).build());
        }
        assertThat(more.opened).hasValue(0);
        assertThat(result.statements()).isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);
    }

    /** Backends of the test database other than the one asking, waiting briefly for aborted ones to exit. */
    private static int otherConnections() throws SQLException {
        try (Connection connection = monitor.connect(); Statement statement = connection.createStatement()) {
            for (int attempt = 0; ; attempt++) {
                try (ResultSet rs = statement.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = '"
                        + db.name() + "'")) {
                    rs.next();
                    int count = rs.getInt(1);
                    if (count == 0 || attempt == 50) {
                        return count;
                    }
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return -1;
                }
            }
        }
    }

    /** A data source that counts the connections it hands out, and runs something first. */
    private static final class Counting implements DataSource {
        final AtomicInteger opened = new AtomicInteger();
        private final Supplier<DataSource> before;

        Counting(Supplier<DataSource> before) {
            this.before = before;
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = before.get().getConnection();
            opened.incrementAndGet();
            return connection;
        }

        @Override
        public Connection getConnection(String user, String password) {
            throw new UnsupportedOperationException();
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
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
