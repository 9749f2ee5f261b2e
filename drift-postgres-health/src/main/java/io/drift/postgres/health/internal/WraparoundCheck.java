package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.DANGER;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code pg.wraparound}: transaction-ID and multixact wraparound, which pg-index-health does not check. PostgreSQL
 * must freeze old rows before their transaction IDs (32 bits) wrap around; autovacuum forces a freezing vacuum of a
 * table once its age passes {@code autovacuum_freeze_max_age}. An age well past that means vacuum cannot keep up or is
 * held back (a long or prepared transaction, a replication slot); at about 2.1 billion PostgreSQL stops accepting
 * writes until a manual VACUUM in single-user mode. Every database of the cluster is read (wraparound stops them
 * all), and the oldest tables of this one.
 */
final class WraparoundCheck extends HealthCheck {

    static final FindingCode TXID_WRAPAROUND = new FindingCode("PG-TXID-WRAPAROUND", Severity.WARNING,
            "Database approaching transaction-ID wraparound",
            "Its oldest unfrozen transaction ID is far past autovacuum_freeze_max_age: vacuum cannot keep up or is"
                    + " held back. At about 2.1 billion PostgreSQL stops accepting writes. Remove what holds vacuum"
                    + " back, then VACUUM (FREEZE) the oldest tables.");
    static final FindingCode TXID_WRAPAROUND_TABLE = new FindingCode("PG-TXID-WRAPAROUND-TABLE", Severity.WARNING,
            "Table approaching transaction-ID wraparound",
            "The table's oldest unfrozen transaction ID is far past the freeze age autovacuum applies to it. Freeze"
                    + " it: VACUUM (FREEZE) on it.");
    static final FindingCode MULTIXACT_WRAPAROUND = new FindingCode("PG-MULTIXACT-WRAPAROUND", Severity.WARNING,
            "Database approaching multixact wraparound",
            "Its oldest multixact ID (row locks shared by several transactions, foreign key checks) is far past"
                    + " autovacuum_multixact_freeze_max_age. At about 2.1 billion PostgreSQL stops accepting writes."
                    + " Remove what holds vacuum back, then VACUUM (FREEZE).");

    static final String FACTOR = "freeze-max-age-factor";
    static final String LIMIT_FRACTION = "limit-fraction";
    static final String MAX_TABLES = "max-tables";

    /** The wraparound horizon: 2^31 transactions. */
    static final long LIMIT = 1L << 31;

    WraparoundCheck() {
        super(BulkChecks.def("pg.wraparound", "Databases and tables whose transaction-ID or multixact age is far"
                + " past the freeze age autovacuum works to.", true,
                List.of(TXID_WRAPAROUND, TXID_WRAPAROUND_TABLE, MULTIXACT_WRAPAROUND),
                Set.of(FACTOR, LIMIT_FRACTION, MAX_TABLES), DANGER));
    }

    @Override
    Inspection prepare(CheckOptions options) {
        double factor = options.number(FACTOR, 1.5, 0.0, 10.0);
        double limitFraction = options.number(LIMIT_FRACTION, 0.5, 0.0, 1.0);
        long maxTables = options.integer(MAX_TABLES, 10, 1, 10_000);
        return (connection, context) -> inspect(connection, factor, limitFraction, maxTables);
    }

    private record Database(String name, long xidAge, long mxidAge, long freezeMaxAge, long multixactFreezeMaxAge,
                            boolean current) {
    }

    private record Table(String schema, String name, String sql, long xidAge, long freezeMaxAge) {
    }

    private Report inspect(Connection connection, double factor, double limitFraction, long maxTables)
            throws SQLException {
        List<Finding> findings = new ArrayList<>();
        List<Database> databases = Catalog.query(connection, "wraparound-databases", rs -> new Database(
                rs.getString("datname"), rs.getLong("xid_age"), rs.getLong("mxid_age"), rs.getLong("freeze_max_age"),
                rs.getLong("multixact_freeze_max_age"), rs.getBoolean("current")));
        long oldest = 0;
        for (Database d : databases) {
            oldest = Math.max(oldest, d.xidAge());
            if (d.xidAge() > factor * d.freezeMaxAge()) {
                findings.add(Finding.of(TXID_WRAPAROUND, severity(d.xidAge(), limitFraction), null,
                                "Database " + d.name() + (d.current() ? "" : " (another database of this server)")
                                        + " " + age(d.xidAge(), d.freezeMaxAge(), "autovacuum_freeze_max_age",
                                        "transactions"))
                        .withFix(Fix.action("Find what holds VACUUM back (long or prepared transactions, replication"
                                + " slots: pg.long-transaction, pg.prepared-transaction, pg.replication-slot), end it,"
                                + " then run VACUUM (FREEZE, VERBOSE) on the oldest tables of " + d.name()
                                + " (PG-TXID-WRAPAROUND-TABLE lists them for the database checked).")));
            }
            if (d.mxidAge() > factor * d.multixactFreezeMaxAge()) {
                findings.add(Finding.of(MULTIXACT_WRAPAROUND, severity(d.mxidAge(), limitFraction), null,
                                "Database " + d.name() + (d.current() ? "" : " (another database of this server)")
                                        + " " + age(d.mxidAge(), d.multixactFreezeMaxAge(),
                                        "autovacuum_multixact_freeze_max_age", "multixacts"))
                        .withFix(Fix.action("Find what holds VACUUM back (long or prepared transactions), end it,"
                                + " then run VACUUM (FREEZE, VERBOSE) in " + d.name() + ".")));
            }
        }
        List<Table> tables = Catalog.query(connection, "wraparound-tables", rs -> new Table(rs.getString("nspname"),
                rs.getString("relname"), rs.getString("table_sql"), rs.getLong("xid_age"),
                rs.getLong("freeze_max_age")), factor, maxTables);
        for (Table t : tables) {
            findings.add(Finding.of(TXID_WRAPAROUND_TABLE, severity(t.xidAge(), limitFraction),
                            ObjectPath.of(t.schema(), t.name()), "Table " + t.sql() + " "
                                    + age(t.xidAge(), t.freezeMaxAge(), "its autovacuum_freeze_max_age",
                                    "transactions"))
                    .withFix(Fix.sql("VACUUM (FREEZE, VERBOSE) " + t.sql() + ";")));
        }
        String summary = "oldest database " + Texts.number(oldest) + " transactions ("
                + Texts.percent((double) oldest / LIMIT) + " of the way to wraparound)";
        return Report.of(summary, findings);
    }

    private static Severity severity(long age, double limitFraction) {
        return age >= limitFraction * LIMIT ? Severity.ERROR : Severity.WARNING;
    }

    private static String age(long age, long freezeMaxAge, String setting, String unit) {
        return "is " + Texts.number(age) + " " + unit + " old, " + String.format(java.util.Locale.ROOT, "%.2f",
                (double) age / freezeMaxAge) + " × " + setting + " (" + Texts.number(freezeMaxAge) + ") and "
                + Texts.percent((double) age / LIMIT) + " of the way to wraparound, when PostgreSQL stops accepting"
                + " writes.";
    }
}
