package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

/** The capture leaves the caller's connection as it found it. */
class CaptureSafetyIT {

    private final PostgresSnapshotProvider provider = new PostgresSnapshotProvider();

    @Test
    void auto_commit_isolation_read_only_and_settings_are_restored() throws SQLException {
        try (TestDatabase db = TestPostgres.start().newDatabase(); Connection c = db.connect()) {
            db.execute("CREATE TABLE t (id int)");
            try (Statement s = c.createStatement()) {
                // Settings the capture fixes for its own transaction: the session's must survive it.
                s.execute("SET TimeZone = 'Asia/Kathmandu'; SET IntervalStyle = iso_8601; SET DateStyle = 'ISO, DMY';"
                        + " SET extra_float_digits = 0; SET bytea_output = 'escape'");
            }
            String before = settings(c);
            assertThat(before).contains("Asia/Kathmandu", "iso_8601", "ISO, DMY", "escape");
            provider.capture(c, CaptureOptions.builder().statementTimeout(Duration.ofSeconds(7)).build());
            assertThat(c.getAutoCommit()).isTrue();
            assertThat(settings(c)).isEqualTo(before);

            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_SERIALIZABLE);
            c.setReadOnly(true);
            c.commit();
            provider.capture(c, CaptureOptions.defaults());
            assertThat(c.getAutoCommit()).isFalse();
            assertThat(c.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_SERIALIZABLE);
            assertThat(c.isReadOnly()).isTrue();
            c.rollback();
            c.setReadOnly(false);
            c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            c.setAutoCommit(true);
            assertThat(settings(c)).isEqualTo(before);
        }
    }

    @Test
    void a_connection_inside_a_transaction_is_refused_and_its_transaction_left_alone() throws SQLException {
        try (TestDatabase db = TestPostgres.start().newDatabase(); Connection c = db.connect()) {
            db.execute("CREATE TABLE t (id int)");
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("INSERT INTO t VALUES (1)");
            }
            DriftException e = catchThrowableOfType(DriftException.class,
                    () -> provider.capture(c, CaptureOptions.defaults()));
            assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
            assertThat(e.getMessage()).contains("inside a transaction").contains("Commit or roll it back");
            c.commit();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(1);
            }
        }
    }

    @Test
    void the_capture_runs_read_only() throws SQLException {
        // The capture's own transaction is READ ONLY, so the server would refuse a write. Show that no transaction
        // id was assigned during it (a write takes one): the next id to assign stays where it was.
        try (TestDatabase db = TestPostgres.start().newDatabase(); Connection c = db.connect();
             Connection observer = db.connect()) {
            db.executeResource("fixtures/all-kinds/01-tables.sql");
            long before = nextTransactionId(observer);
            provider.capture(c, CaptureOptions.defaults());
            assertThat(nextTransactionId(observer)).isEqualTo(before);
        }
    }

    private static long nextTransactionId(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT txid_snapshot_xmax(txid_current_snapshot())")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String settings(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT current_setting('statement_timeout') || '|' || current_setting('lock_timeout') || '|'"
                        + " || current_setting('search_path') || '|' || current_setting('transaction_isolation')"
                        + " || '|' || current_setting('transaction_read_only') || '|' || current_setting('TimeZone')"
                        + " || '|' || current_setting('IntervalStyle') || '|' || current_setting('DateStyle')"
                        + " || '|' || current_setting('extra_float_digits') || '|' || current_setting('bytea_output')"
                        + " || '|' || current_setting('lc_monetary')")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
