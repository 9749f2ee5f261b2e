package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.DANGER;
import static io.drift.core.check.CheckTag.RUNTIME;

import io.drift.core.check.Check;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The dangers an operator expects in a health report that pg-index-health does not check (after pghero and
 * postgres-checkup): wraparound, identity columns near their type's limit, replication slots holding WAL, long and
 * idle transactions, forgotten prepared transactions, connections near the limit, autovacuum turned off.
 */
final class DangerChecks {

    private DangerChecks() {
    }

    static final FindingCode IDENTITY_NEAR_LIMIT = new FindingCode("PG-IDENTITY-NEAR-LIMIT", Severity.WARNING,
            "Column near its type's limit",
            "A smallint or integer column takes its values from a sequence that can go further than the column's"
                    + " type: inserts fail once the next value does not fit. Widen the column to bigint.");
    static final FindingCode SLOT_INACTIVE = new FindingCode("PG-REPLICATION-SLOT-INACTIVE", Severity.WARNING,
            "Inactive replication slot",
            "No replica or subscriber is connected to the slot, so the server keeps every WAL segment (and, for a"
                    + " logical slot, old catalog rows) it may still need: the disk fills. Reconnect its consumer or"
                    + " drop it.");
    static final FindingCode SLOT_RETAINED_WAL = new FindingCode("PG-REPLICATION-SLOT-RETAINED-WAL", Severity.WARNING,
            "Replication slot holding much WAL",
            "The slot's consumer is far behind: the server keeps the WAL it has not consumed. Find out why it lags.");
    static final FindingCode SLOT_LOST = new FindingCode("PG-REPLICATION-SLOT-LOST", Severity.ERROR,
            "Replication slot that lost WAL it needs",
            "The WAL the slot's consumer needs was removed (max_slot_wal_keep_size): that replica or subscriber"
                    + " cannot continue. Rebuild it, then drop the slot.");
    static final FindingCode LONG_TRANSACTION = new FindingCode("PG-LONG-TRANSACTION", Severity.WARNING,
            "Long-running transaction",
            "A transaction open this long keeps VACUUM from removing the rows it might still see (bloat, and"
                    + " eventually wraparound) and holds its locks. End it, and find out why it runs so long.");
    static final FindingCode IDLE_IN_TRANSACTION = new FindingCode("PG-IDLE-IN-TRANSACTION", Severity.WARNING,
            "Session idle in a transaction",
            "The session opened a transaction and went quiet: it holds its locks and keeps VACUUM from cleaning up."
                    + " Fix the application; idle_in_transaction_session_timeout ends such sessions.");
    static final FindingCode PREPARED_TRANSACTION = new FindingCode("PG-PREPARED-TRANSACTION", Severity.WARNING,
            "Forgotten prepared transaction",
            "A two-phase-commit transaction was prepared and never committed or rolled back: it holds its locks and"
                    + " keeps VACUUM from freezing anything newer, towards wraparound. Let its transaction manager"
                    + " resolve it, or COMMIT PREPARED / ROLLBACK PREPARED it.");
    static final FindingCode CONNECTIONS_NEAR_LIMIT = new FindingCode("PG-CONNECTIONS-NEAR-LIMIT", Severity.WARNING,
            "Connections near max_connections",
            "Once every slot is taken, new connections are refused. Pool connections, or raise max_connections.");
    static final FindingCode AUTOVACUUM_OFF = new FindingCode("PG-AUTOVACUUM-OFF", Severity.ERROR,
            "Autovacuum off for the server",
            "Without autovacuum dead rows pile up and statistics go stale; only the forced anti-wraparound vacuums"
                    + " still run. Turn it back on.");
    static final FindingCode TABLE_AUTOVACUUM_OFF = new FindingCode("PG-TABLE-AUTOVACUUM-OFF", Severity.WARNING,
            "Autovacuum off for a table",
            "The table's dead rows pile up and its statistics go stale. Reset autovacuum_enabled.");

    static List<Check> all() {
        return List.of(new WraparoundCheck(), identityNearLimit(), new ReplicationSlotCheck(), longTransactions(),
                preparedTransactions(), new ConnectionsCheck(), new AutovacuumCheck());
    }

    private static SqlCheck<Params> identityNearLimit() {
        return SqlCheck.builder(BulkChecks.def("pg.identity-near-limit", "Columns of type smallint or integer fed"
                                + " by a sequence that goes beyond their type, near the type's limit.", true,
                        List.of(IDENTITY_NEAR_LIMIT), Set.of(Params.THRESHOLD, Params.ERROR_THRESHOLD), DANGER),
                        "identity-near-limit")
                .settings(Params::sequence)
                .parameters(p -> new Object[] {p.threshold()})
                .noun("column near its type's limit", "columns near their type's limit")
                .row((rs, p) -> {
                    double used = rs.getDouble("used");
                    String table = rs.getString("table_sql");
                    String column = rs.getString("column_sql");
                    String type = rs.getString("column_type");
                    return Finding.of(IDENTITY_NEAR_LIMIT, used >= p.errorThreshold() ? Severity.ERROR
                                            : Severity.WARNING,
                                    ObjectPath.of(rs.getString("nspname"), rs.getString("relname"))
                                            .child(rs.getString("attname")),
                                    "Column " + table + "." + column + " (" + type + ") takes its values from "
                                            + rs.getString("sequence_sql") + ", which has reached "
                                            + Texts.number(rs.getLong("last_value")) + ": " + Texts.percent(used)
                                            + " of what " + type + " holds. Inserts fail once the next value does not"
                                            + " fit, long before the sequence runs out.")
                            .withFix(Fix.action("Widen the column: ALTER TABLE " + table + " ALTER COLUMN " + column
                                    + " TYPE bigint (a table rewrite under an ACCESS EXCLUSIVE lock: plan it), with"
                                    + " every column that references it."));
                })
                .build();
    }

    private static SqlCheck<Duration[]> longTransactions() {
        return SqlCheck.builder(BulkChecks.def("pg.long-transaction", "Sessions of this database holding a"
                                + " transaction open too long, or idle in one.", true,
                        List.of(LONG_TRANSACTION, IDLE_IN_TRANSACTION), Set.of("max-duration", "max-idle"), DANGER,
                        RUNTIME), "long-transactions")
                .settings(o -> new Duration[] {o.duration("max-duration", Duration.ofHours(1)),
                        o.duration("max-idle", Duration.ofMinutes(5))})
                .parameters(d -> new Object[] {seconds(d[1]), seconds(d[0])})
                .precondition((c, d) -> Statistics.cannotSeeSessions(c))
                .noun("transaction held too long", "transactions held too long")
                .row((rs, d) -> {
                    long pid = rs.getLong("pid");
                    String who = "Session " + pid + " (role " + rs.getString("usename")
                            + (rs.getString("application_name") == null || rs.getString("application_name").isEmpty()
                            ? "" : ", application " + rs.getString("application_name")) + ")";
                    String terminate = "SELECT pg_terminate_backend(" + pid + ") ends the session now.";
                    if (rs.getString("state").startsWith("idle in transaction")) {
                        return Finding.of(IDLE_IN_TRANSACTION, null, who + " has been idle in a transaction for "
                                        + Texts.duration(Duration.ofSeconds(rs.getLong("idle_seconds")))
                                        + " (open for " + Texts.duration(Duration.ofSeconds(
                                        rs.getLong("transaction_seconds"))) + "), holding its locks and VACUUM back.")
                                .withFix(Fix.action("Make the application commit or roll back; " + terminate
                                        + " idle_in_transaction_session_timeout ends such sessions by itself."));
                    }
                    return Finding.of(LONG_TRANSACTION, null, who + " has had a transaction open for "
                                    + Texts.duration(Duration.ofSeconds(rs.getLong("transaction_seconds")))
                                    + " (now " + rs.getString("state") + "), holding its locks and VACUUM back.")
                            .withFix(Fix.action("Find out why it runs so long (pg_stat_activity.query); " + terminate));
                })
                .build();
    }

    private static SqlCheck<Duration> preparedTransactions() {
        return SqlCheck.builder(BulkChecks.def("pg.prepared-transaction", "Prepared transactions (two-phase commit)"
                                + " left unresolved.", true, List.of(PREPARED_TRANSACTION), Set.of("max-age"), DANGER),
                        "prepared-transactions")
                .settings(o -> o.duration("max-age", Duration.ofMinutes(5)))
                .parameters(d -> new Object[] {seconds(d)})
                .noun("forgotten prepared transaction", "forgotten prepared transactions")
                .row((rs, d) -> {
                    String gid = rs.getString("gid");
                    String database = rs.getString("database");
                    String rollback = "ROLLBACK PREPARED " + Identifiers.literal(gid) + ";";
                    Fix fix = rs.getBoolean("here")
                            ? Fix.sql("-- only if its transaction manager will not resolve it: COMMIT PREPARED keeps"
                            + " its work instead\n" + rollback)
                            : Fix.action("In database " + database + ", unless its transaction manager resolves it: "
                            + rollback + " (or COMMIT PREPARED to keep its work).");
                    return Finding.of(PREPARED_TRANSACTION, null, "Transaction " + Identifiers.literal(gid)
                            + " of role " + rs.getString("owner") + " in database " + database + " was prepared "
                            + Texts.duration(Duration.ofSeconds(rs.getLong("age_seconds"))) + " ago and never"
                            + " committed or rolled back: it holds its locks and keeps VACUUM from freezing.")
                            .withFix(fix);
                })
                .build();
    }

    private static double seconds(Duration d) {
        return d.toMillis() / 1000.0;
    }

    /** {@code pg.replication-slot}: one query, up to three findings a slot. */
    static final class ReplicationSlotCheck extends HealthCheck {

        ReplicationSlotCheck() {
            super(BulkChecks.def("pg.replication-slot", "Replication slots that are inactive, hold much WAL, or lost"
                            + " the WAL they need.", true, List.of(SLOT_INACTIVE, SLOT_RETAINED_WAL, SLOT_LOST),
                    Set.of("max-retained-wal"), DANGER, RUNTIME));
        }

        @Override
        Inspection prepare(CheckOptions options) {
            long max = Sizes.read(options, "max-retained-wal", 1L << 30);
            return (connection, context) -> inspect(connection, max);
        }

        private Report inspect(Connection connection, long maxRetained) throws SQLException {
            String why = Statistics.unreadable(connection, "pg_catalog.pg_replication_slots");
            if (why != null) {
                return Report.skipped(why);
            }
            String walStatus = connection.getMetaData().getDatabaseMajorVersion() >= 13 ? "s.wal_status" : "NULL::text";
            List<Finding> findings = new ArrayList<>();
            int[] slots = {0};
            Catalog.run(connection, Catalog.sql("replication-slots").replace("{{wal_status}}", walStatus), rs -> {
                slots[0]++;
                String name = rs.getString("slot_name");
                String kind = rs.getString("slot_type") + " slot " + Identifiers.literal(name)
                        + (rs.getString("database") == null ? "" : " (database " + rs.getString("database") + ")");
                long retained = rs.getLong("retained_bytes");
                boolean known = !rs.wasNull();
                String drop = "SELECT pg_drop_replication_slot(" + Identifiers.literal(name) + ");";
                ObjectPath path = ObjectPath.of(name);
                if ("lost".equals(rs.getString("wal_status"))) {
                    findings.add(Finding.of(SLOT_LOST, path, "Replication " + kind + " lost WAL its consumer needs:"
                                    + " that replica or subscriber cannot continue.")
                            .withFix(Fix.sql("-- rebuild its replica or subscriber first\n" + drop)));
                } else if (!rs.getBoolean("active")) {
                    findings.add(Finding.of(SLOT_INACTIVE, path, "Replication " + kind + " is inactive"
                                    + (known ? " and keeps " + Sizes.pretty(retained) + " of WAL" : "")
                                    + ": no consumer is connected, and the WAL it may need piles up.")
                            .withFix(Fix.sql("-- only if no replica or subscriber will come back for it\n" + drop)));
                } else if (known && retained > maxRetained) {
                    findings.add(Finding.of(SLOT_RETAINED_WAL, path, "Replication " + kind + " keeps "
                                    + Sizes.pretty(retained) + " of WAL, more than max-retained-wal ("
                                    + Sizes.pretty(maxRetained) + "): its consumer is far behind.")
                            .withFix(Fix.action("Find out why its consumer lags (pg_stat_replication on this server,"
                                    + " the replica's or subscriber's logs).")));
                }
                return null;
            });
            return Report.of(Noun.of("replication slot", "replication slots").count(slots[0]) + ", "
                    + Noun.of("problem", "problems").count(findings.size()), findings);
        }
    }

    /** {@code pg.connections}: client connections against what the server accepts. */
    static final class ConnectionsCheck extends HealthCheck {

        ConnectionsCheck() {
            super(BulkChecks.def("pg.connections", "Client connections near the server's limit.", true,
                    List.of(CONNECTIONS_NEAR_LIMIT), Set.of(Params.THRESHOLD, Params.ERROR_THRESHOLD), DANGER,
                    RUNTIME));
        }

        @Override
        Inspection prepare(CheckOptions options) {
            double warn = options.number(Params.THRESHOLD, 0.8, 0.0, 1.0);
            double error = options.number(Params.ERROR_THRESHOLD, Math.max(warn, 0.95), 0.0, 1.0);
            if (error < warn) {
                throw new io.drift.core.DriftException(io.drift.core.DriftException.Reason.INVALID_CONFIG, "Check "
                        + id() + ": option " + Params.ERROR_THRESHOLD + " (" + error + ") must not be below "
                        + Params.THRESHOLD + " (" + warn + ").");
            }
            return (connection, context) -> {
                long[] row = Catalog.query(connection, "connections", rs -> new long[] {rs.getLong("clients"),
                        rs.getLong("max_connections"), rs.getLong("reserved")}).get(0);
                long available = Math.max(1, row[1] - row[2]);
                double used = (double) row[0] / available;
                String summary = Texts.number(row[0]) + " of " + Texts.number(available) + " connections in use";
                if (used < warn) {
                    return Report.of(summary, List.of());
                }
                return Report.of(summary, List.of(Finding.of(CONNECTIONS_NEAR_LIMIT, used >= error ? Severity.ERROR
                                : Severity.WARNING, null, Texts.number(row[0]) + " client connections use "
                                + Texts.percent(used) + " of the " + Texts.number(available) + " the server accepts"
                                + " (max_connections " + row[1] + " less " + row[2] + " reserved): once they are"
                                + " all taken, new connections are refused.")
                        .withFix(Fix.action("Pool connections (PgBouncer, or a smaller pool in each application),"
                                + " end idle ones, or raise max_connections (a restart)."))));
            };
        }
    }

    /** {@code pg.autovacuum}: autovacuum off for the server or for tables. */
    static final class AutovacuumCheck extends HealthCheck {

        AutovacuumCheck() {
            super(BulkChecks.def("pg.autovacuum", "Autovacuum turned off for the server or for tables.", true,
                    List.of(AUTOVACUUM_OFF, TABLE_AUTOVACUUM_OFF), Set.of(), DANGER));
        }

        @Override
        Inspection prepare(CheckOptions options) {
            return (connection, context) -> {
                List<Finding> findings = new ArrayList<>();
                String[] settings = Catalog.query(connection, "autovacuum-settings", rs -> new String[] {
                        rs.getString("autovacuum"), rs.getString("track_counts")}).get(0);
                if (!"on".equals(settings[0]) || !"on".equals(settings[1])) {
                    String off = !"on".equals(settings[0]) ? "autovacuum" : "track_counts";
                    findings.add(Finding.of(AUTOVACUUM_OFF, null, "Autovacuum does not run on this server: " + off
                                    + " is off. Dead rows pile up and statistics go stale; only forced"
                                    + " anti-wraparound vacuums still run.")
                            .withFix(Fix.sql("ALTER SYSTEM SET " + off + " = on;\nSELECT pg_reload_conf();")));
                }
                findings.addAll(Catalog.query(connection, "autovacuum-off-tables", rs -> {
                    String table = rs.getString("table_sql");
                    boolean heap = rs.getBoolean("heap_off");
                    boolean toast = rs.getBoolean("toast_off");
                    String reset = (heap ? "ALTER TABLE " + table + " RESET (autovacuum_enabled);" : "")
                            + (heap && toast ? "\n" : "")
                            + (toast ? "ALTER TABLE " + table + " RESET (toast.autovacuum_enabled);" : "");
                    return Finding.of(TABLE_AUTOVACUUM_OFF, ObjectPath.of(rs.getString("nspname"),
                                    rs.getString("relname")), "Autovacuum is off for " + (heap && toast
                                    ? "table " + table + " and its TOAST table"
                                    : heap ? "table " + table : "the TOAST table of " + table)
                                    + " (autovacuum_enabled = false): its dead rows pile up.")
                            .withFix(Fix.sql(reset));
                }));
                return Report.of(findings.isEmpty() ? "autovacuum on" : Noun.of("problem", "problems")
                        .count(findings.size()), findings);
            };
        }
    }
}
