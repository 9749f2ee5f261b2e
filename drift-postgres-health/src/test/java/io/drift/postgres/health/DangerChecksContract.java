package io.drift.postgres.health;

import static io.drift.postgres.health.Health.applyFixes;
import static io.drift.postgres.health.Health.await;
import static io.drift.postgres.health.Health.found;
import static io.drift.postgres.health.Health.queryLong;
import static io.drift.postgres.health.Health.run;
import static io.drift.postgres.health.HealthChecksContract.f;
import static io.drift.postgres.health.HealthChecksContract.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.postgresql.PGConnection;
import org.postgresql.PGProperty;
import org.postgresql.replication.LogSequenceNumber;
import org.postgresql.replication.PGReplicationStream;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;

/**
 * The dangers pg-index-health does not check, each against a real PostgreSQL: nothing found on a database without
 * the danger, then the danger made for real (an idle transaction, a prepared one, a replication slot, transaction and
 * multixact IDs consumed), then, where the fix is SQL, the fix run and the finding gone.
 */
@ExtendWith(PostgresExtension.class)
abstract class DangerChecksContract {

    @Test
    void wraparound(TestDatabase db) throws SQLException {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Frozen, ""F"" x" (id int PRIMARY KEY, n int);
                INSERT INTO "Sales Ü"."Frozen, ""F"" x" VALUES (1, 0);
                """);
        assertThat(found(run(db, "pg.wraparound"))).isEmpty();

        // Transactions age every table; two sessions share-locking one row make a multixact.
        for (int i = 0; i < 30; i++) {
            db.execute("SELECT txid_current()");
        }
        try (Connection a = db.connect(); Connection b = db.connect()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            a.createStatement().execute("SELECT * FROM \"Sales Ü\".\"Frozen, \"\"F\"\" x\" FOR SHARE");
            b.createStatement().execute("SELECT * FROM \"Sales Ü\".\"Frozen, \"\"F\"\" x\" FOR SHARE");
            a.commit();
            b.commit();
        }
        long tableAge = queryLong(db, "SELECT age(relfrozenxid) FROM pg_class"
                + " WHERE oid = '\"Sales Ü\".\"Frozen, \"\"F\"\" x\"'::regclass");
        long freezeMaxAge = queryLong(db, "SELECT current_setting('autovacuum_freeze_max_age')::bigint");
        assertThat(tableAge).isGreaterThanOrEqualTo(30);

        // thresholds of a few transactions stand in for the hundreds of millions of a real database
        CheckResult all = run(db, "pg.wraparound", "freeze-max-age-factor", 0.0, "max-tables", 1000);
        assertThat(found(all)).contains("PG-TXID-WRAPAROUND -", "PG-MULTIXACT-WRAPAROUND -",
                f("PG-TXID-WRAPAROUND-TABLE", t("Frozen, \"F\" x")));
        assertThat(all.findings().stream().filter(x -> x.code().equals("PG-TXID-WRAPAROUND")).map(Finding::message))
                .anyMatch(m -> m.startsWith("Database " + db.name() + " is "));
        assertThat(all.findings()).allMatch(x -> x.severity() == Severity.WARNING);
        assertThat(found(run(db, "pg.wraparound", "freeze-max-age-factor", 0.0, "limit-fraction", 0.0)))
                .isNotEmpty();
        assertThat(run(db, "pg.wraparound", "freeze-max-age-factor", 0.0, "limit-fraction", 0.0).findings())
                .allMatch(x -> x.severity() == Severity.ERROR);

        double factor = 10.0 / freezeMaxAge;   // older than 10 transactions
        CheckResult tables = run(db, "pg.wraparound", "freeze-max-age-factor", factor, "max-tables", 1000);
        Finding table = tables.findings().stream().filter(x -> x.code().equals("PG-TXID-WRAPAROUND-TABLE"))
                .findFirst().orElseThrow();
        assertThat(table.fix()).isEqualTo(Fix.sql("VACUUM (FREEZE, VERBOSE) \"Sales Ü\".\"Frozen, \"\"F\"\" x\";"));
        db.execute(table.fix().text());
        assertThat(found(run(db, "pg.wraparound", "freeze-max-age-factor", factor, "max-tables", 1000)))
                .noneMatch(x -> x.startsWith("PG-TXID-WRAPAROUND-TABLE"));
    }

    @Test
    void replication_slot(TestDatabase db) throws Exception {
        Assumptions.assumeTrue(TestPostgres.source() == TestPostgres.Source.EMBEDDED,
                "replication slots are the server's: only on a server of the tests' own");
        assertThat(found(run(db, "pg.replication-slot"))).isEmpty();
        String slot = "drift_health_test_slot";
        try {
            db.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            CheckResult inactive = run(db, "pg.replication-slot");
            assertThat(found(inactive)).containsExactly(f("PG-REPLICATION-SLOT-INACTIVE", ObjectPath.of(slot)));
            assertThat(inactive.findings().get(0).fix().text())
                    .endsWith("\nSELECT pg_drop_replication_slot('" + slot + "');");
            applyFixes(db, inactive);
            assertThat(found(run(db, "pg.replication-slot"))).isEmpty();

            // an active consumer that does not keep up: a physical stream that never reports progress
            db.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            try (Connection replication = replicationConnection(db);
                 PGReplicationStream stream = replication.unwrap(PGConnection.class).getReplicationAPI()
                         .replicationStream().physical().withSlotName(slot)
                         .withStartPosition(LogSequenceNumber.valueOf(restartLsn(db, slot))).start()) {
                await("the slot to be active", () -> queryLong(db, "SELECT count(*) FROM pg_replication_slots"
                        + " WHERE slot_name = '" + slot + "' AND active") == 1);
                db.execute("CREATE TABLE wal_maker AS SELECT generate_series(1, 10000) AS n");
                CheckResult lagging = run(db, "pg.replication-slot", "max-retained-wal", "1");
                assertThat(found(lagging)).containsExactly(f("PG-REPLICATION-SLOT-RETAINED-WAL", ObjectPath.of(slot)));
                assertThat(found(run(db, "pg.replication-slot"))).isEmpty();   // under the default 1GB
            }
        } finally {
            await("the stream to end", () -> queryLong(db, "SELECT count(*) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "' AND active") == 0);
            db.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "'");
        }
    }

    /**
     * From PostgreSQL 13 a slot whose WAL was removed (max_slot_wal_keep_size) is lost. The setting is the server's:
     * changed for this test alone, on a server of the tests' own, and restored.
     */
    @Test
    void replication_slot_lost(TestDatabase db) {
        Assumptions.assumeTrue(TestPostgres.source() == TestPostgres.Source.EMBEDDED,
                "changes the server's max_slot_wal_keep_size: only on a server of the tests' own");
        Assumptions.assumeTrue(db.majorVersion() >= 13, "wal_status (and lost slots) came with PostgreSQL 13");
        String slot = "drift_health_lost_slot";
        try {
            db.execute("ALTER SYSTEM SET max_slot_wal_keep_size = '1MB'");
            db.execute("SELECT pg_reload_conf()");
            await("the setting", () -> queryLong(db,
                    "SELECT pg_size_bytes(current_setting('max_slot_wal_keep_size'))") == 1 << 20);
            db.execute("SELECT pg_create_physical_replication_slot('" + slot + "', true)");
            for (int i = 0; i < 4; i++) {
                db.execute("CREATE TABLE IF NOT EXISTS filler (n int); INSERT INTO filler SELECT generate_series(1, 1000)");
                db.execute("SELECT pg_switch_wal()");
            }
            db.execute("CHECKPOINT");
            await("the slot to be lost", () -> queryLong(db, "SELECT count(*) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "' AND wal_status = 'lost'") == 1);
            CheckResult lost = run(db, "pg.replication-slot");
            assertThat(found(lost)).containsExactly(f("PG-REPLICATION-SLOT-LOST", ObjectPath.of(slot)));
            assertThat(lost.findings().get(0).severity()).isEqualTo(Severity.ERROR);
        } finally {
            db.execute("SELECT pg_drop_replication_slot(slot_name) FROM pg_replication_slots"
                    + " WHERE slot_name = '" + slot + "'");
            db.execute("ALTER SYSTEM RESET max_slot_wal_keep_size");
            db.execute("SELECT pg_reload_conf()");
        }
    }

    private static String restartLsn(TestDatabase db, String slot) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT restart_lsn FROM pg_replication_slots WHERE slot_name = '"
                     + slot + "'")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static Connection replicationConnection(TestDatabase db) throws SQLException {
        Properties p = new Properties();
        PGProperty.USER.set(p, db.user());
        PGProperty.PASSWORD.set(p, db.password());
        PGProperty.REPLICATION.set(p, "true");
        PGProperty.ASSUME_MIN_SERVER_VERSION.set(p, "9.4");
        PGProperty.PREFER_QUERY_MODE.set(p, "simple");
        return DriverManager.getConnection(db.jdbcUrl(), p);
    }

    @Test
    void long_transaction(TestDatabase db) throws Exception {
        assertThat(found(run(db, "pg.long-transaction", "max-idle", "1ms", "max-duration", "1ms"))).isEmpty();
        try (Connection idle = db.connect(); Connection busy = db.connect()) {
            idle.setAutoCommit(false);
            idle.createStatement().execute("SELECT 1");   // and now idle in its transaction
            busy.setAutoCommit(false);
            CompletableFuture<Void> sleeping = CompletableFuture.runAsync(() -> {
                try (Statement s = busy.createStatement()) {
                    s.execute("SELECT pg_sleep(60)");
                } catch (SQLException e) {
                    // cancelled below
                }
            });
            await("both sessions", () -> queryLong(db, "SELECT count(*) FROM pg_stat_activity"
                    + " WHERE datname = current_database() AND state IN ('active', 'idle in transaction')"
                    + " AND query LIKE 'SELECT%' AND query NOT LIKE '%pg_stat_activity%'") == 2);

            CheckResult result = run(db, "pg.long-transaction", "max-idle", "1ms", "max-duration", "1ms");
            assertThat(found(result)).containsExactlyInAnyOrder("PG-IDLE-IN-TRANSACTION -", "PG-LONG-TRANSACTION -");
            assertThat(result.findings()).allMatch(x -> x.message().startsWith("Session ")
                    && x.fix().text().contains("pg_terminate_backend("));
            // the defaults: an hour running, five minutes idle
            assertThat(found(run(db, "pg.long-transaction"))).isEmpty();

            db.execute("SELECT pg_cancel_backend(pid) FROM pg_stat_activity WHERE query = 'SELECT pg_sleep(60)'");
            sleeping.get();
        }
    }

    @Test
    void prepared_transaction(TestDatabase db) throws SQLException {
        Assumptions.assumeTrue(queryLong(db, "SELECT current_setting('max_prepared_transactions')::int") > 0,
                "the server allows no prepared transactions (max_prepared_transactions = 0)");
        db.execute("CREATE SCHEMA \"Sales Ü\"; CREATE TABLE \"Sales Ü\".t (id int)");
        assertThat(found(run(db, "pg.prepared-transaction", "max-age", "1ms"))).isEmpty();
        try {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("BEGIN");
                s.execute("INSERT INTO \"Sales Ü\".t VALUES (1)");
                s.execute("PREPARE TRANSACTION 'drift ''gid'', \"1\"'");
            }
            CheckResult result = run(db, "pg.prepared-transaction", "max-age", "1ms");
            assertThat(found(result)).containsExactly("PG-PREPARED-TRANSACTION -");
            assertThat(result.findings().get(0).fix().text())
                    .endsWith("\nROLLBACK PREPARED 'drift ''gid'', \"1\"';");
            assertThat(found(run(db, "pg.prepared-transaction"))).isEmpty();   // five minutes by default
            applyFixes(db, result);
            assertThat(found(run(db, "pg.prepared-transaction", "max-age", "1ms"))).isEmpty();
        } finally {
            if (queryLong(db, "SELECT count(*) FROM pg_prepared_xacts WHERE gid = 'drift ''gid'', \"1\"'") > 0) {
                db.execute("ROLLBACK PREPARED 'drift ''gid'', \"1\"'");
            }
        }
    }

    @Test
    void connections(TestDatabase db) {
        assertThat(found(run(db, "pg.connections"))).isEmpty();
        CheckResult result = run(db, "pg.connections", "threshold", 0.001);
        assertThat(found(result)).containsExactly("PG-CONNECTIONS-NEAR-LIMIT -");
        assertThat(result.findings().get(0).severity()).isEqualTo(Severity.WARNING);
        assertThat(run(db, "pg.connections", "threshold", 0.001, "error-threshold", 0.001).findings().get(0)
                .severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void table_autovacuum_off(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".normal (id int, body text) WITH (autovacuum_vacuum_scale_factor = 0.01);
                """);
        assertThat(found(run(db, "pg.autovacuum"))).isEmpty();

        db.execute("""
                CREATE TABLE "Sales Ü"."No ""AV"", 1" (id int, body text)
                    WITH (autovacuum_enabled = off, toast.autovacuum_enabled = false);
                CREATE TABLE "Sales Ü".toast_only (id int, body text) WITH (toast.autovacuum_enabled = 'no');
                """);
        CheckResult result = run(db, "pg.autovacuum");
        assertThat(found(result)).containsExactly(
                f("PG-TABLE-AUTOVACUUM-OFF", t("No \"AV\", 1")),
                f("PG-TABLE-AUTOVACUUM-OFF", t("toast_only")));
        assertThat(result.findings().get(0).fix()).isEqualTo(Fix.sql(
                "ALTER TABLE \"Sales Ü\".\"No \"\"AV\"\", 1\" RESET (autovacuum_enabled);\n"
                        + "ALTER TABLE \"Sales Ü\".\"No \"\"AV\"\", 1\" RESET (toast.autovacuum_enabled);"));
        applyFixes(db, result);
        assertThat(found(run(db, "pg.autovacuum"))).isEmpty();
    }

    /** autovacuum is the server's: turned off for this test alone, on a server of the tests' own, and restored. */
    @Test
    void server_autovacuum_off(TestDatabase db) {
        Assumptions.assumeTrue(TestPostgres.source() == TestPostgres.Source.EMBEDDED,
                "changes the server's autovacuum: only on a server of the tests' own");
        try {
            db.execute("ALTER SYSTEM SET autovacuum = off");
            db.execute("SELECT pg_reload_conf()");
            await("autovacuum off", () -> queryLong(db, "SELECT (current_setting('autovacuum') = 'off')::int") == 1);
            CheckResult result = run(db, "pg.autovacuum");
            assertThat(found(result)).containsExactly("PG-AUTOVACUUM-OFF -");
            assertThat(result.findings().get(0).severity()).isEqualTo(Severity.ERROR);
            applyFixes(db, result);
            await("autovacuum on", () -> queryLong(db, "SELECT (current_setting('autovacuum') = 'on')::int") == 1);
            assertThat(found(run(db, "pg.autovacuum"))).isEmpty();
        } finally {
            db.execute("ALTER SYSTEM RESET autovacuum");
            db.execute("SELECT pg_reload_conf()");
        }
    }
}
