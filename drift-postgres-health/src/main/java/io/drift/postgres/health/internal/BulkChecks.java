package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.EXPENSIVE;
import static io.drift.core.check.CheckTag.HEALTH;
import static io.drift.core.check.CheckTag.INTEGRITY;
import static io.drift.core.check.CheckTag.PERFORMANCE;
import static io.drift.core.check.CheckTag.RUNTIME;

import io.drift.core.check.Check;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.postgres.health.internal.HealthCheck.Definition;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The checks of pg-index-health that are on by default, with bulk queries of Drift's own. pg-index-health 0.31.0 runs
 * each check once per schema, and each run reads the whole catalog: at 10,000 tables in 21 schemas that is seconds per
 * check, where the whole default set has one second (docs/benchmarks.md has the figures per check). Each query here
 * reads every schema at once and keeps pg-index-health's rule, except where noted on the query (and in
 * docs/checks.md).
 */
final class BulkChecks {

    private BulkChecks() {
    }

    static List<Check> all() {
        return List.of(
                fkWithoutIndex(), tableWithoutPk(), invalidIndex(), new DuplicateIndexCheck(), notValidConstraint(),
                new SequenceNearLimitCheck(), duplicateFk(), fkTypeMismatch(), btreeOnArray());
    }

    /** The runtime-statistics checks: on by default, tagged expensive and runtime. */
    static List<Check> runtime() {
        return List.of(unusedIndex(), sequentialScans(), tableBloat(), indexBloat());
    }

    static Definition def(String id, String description, boolean on, List<FindingCode> codes, Set<String> options,
                          CheckTag... tags) {
        Set<CheckTag> all = new TreeSet<>(List.of(tags));
        all.add(HEALTH);
        return new Definition(id, description, all, on, codes, options);
    }

    private static ObjectPath table(ResultSet rs, String name) throws SQLException {
        return ObjectPath.of(rs.getString("nspname"), rs.getString(name));
    }

    private static SqlCheck<Void> fkWithoutIndex() {
        return SqlCheck.builder(def("pg.fk-without-index", "Foreign keys without an index whose leading columns are"
                                + " theirs.", true, List.of(Codes.FK_WITHOUT_INDEX), Set.of(), INTEGRITY,
                        PERFORMANCE), "fk-without-index")
                .noun("foreign key without an index", "foreign keys without an index")
                .row((rs, s) -> {
                    String table = rs.getString("table_sql");
                    String columns = rs.getString("columns_sql");
                    String constraint = rs.getString("constraint_sql");
                    Fix fix = rs.getBoolean("partitioned")
                            ? Fix.sql("-- CONCURRENTLY is not possible on a partitioned table: this blocks writes to"
                            + " it while the index is built on every partition\nCREATE INDEX ON " + table + " ("
                            + columns + ");")
                            : Fix.sql("CREATE INDEX CONCURRENTLY ON " + table + " (" + columns + ");");
                    return Finding.of(Codes.FK_WITHOUT_INDEX,
                                    table(rs, "relname").member(rs.getString("conname")),
                                    "Foreign key " + constraint + " on " + table + " (" + columns + ") has no index"
                                            + " whose leading columns are its own: every delete or key update in the"
                                            + " table it references scans " + table + ".")
                            .withFix(fix);
                })
                .build();
    }

    private static SqlCheck<Void> tableWithoutPk() {
        return SqlCheck.builder(def("pg.table-without-pk", "Tables without a primary key (a partitioned table counts as"
                                + " having one when every partition has one).", true,
                        List.of(Codes.TABLE_WITHOUT_PK), Set.of(), INTEGRITY), "table-without-pk")
                .noun("table without a primary key", "tables without a primary key")
                .row((rs, s) -> {
                    String table = rs.getString("table_sql");
                    boolean partitioned = rs.getBoolean("partitioned");
                    long heirs = rs.getLong("heirs_without_pk");
                    return Finding.of(Codes.TABLE_WITHOUT_PK, table(rs, "relname"), (partitioned
                                    ? "Partitioned table " + table + " has no primary key, nor have all its partitions"
                                    : "Table " + table + " has no primary key" + (heirs == 0 ? ""
                                    : ", nor " + (heirs == 1 ? "has the table that inherits" : "have the " + heirs
                                    + " tables that inherit") + " from it"))
                                    + ": its rows cannot be told apart reliably, and logical replication cannot"
                                    + " replicate its updates and deletes.")
                            .withFix(Fix.action("Add a primary key: ALTER TABLE " + table + " ADD PRIMARY KEY (…)."
                                    + " On a large table, build its index first with CREATE UNIQUE INDEX"
                                    + " CONCURRENTLY, then ALTER TABLE " + table + " ADD CONSTRAINT … PRIMARY KEY"
                                    + " USING INDEX …."));
                })
                .build();
    }

    private static SqlCheck<Void> invalidIndex() {
        return SqlCheck.builder(def("pg.invalid-index", "Invalid indexes left by a failed CREATE INDEX CONCURRENTLY"
                                + " or REINDEX CONCURRENTLY.", true, List.of(Codes.INVALID_INDEX), Set.of(),
                        INTEGRITY), "invalid-indexes")
                .noun("invalid index", "invalid indexes")
                .row((rs, s) -> {
                    String index = rs.getString("index_sql");
                    String table = rs.getString("table_sql");
                    String bare = rs.getString("index_name");
                    // REINDEX CONCURRENTLY leaves its failed copy as <name>_ccnew (or the old one as _ccold): drop
                    // that one, the original index is still there
                    boolean leftByReindex = bare.matches(".*_cc(new|old)[0-9]*");
                    Fix fix;
                    String what = "";
                    Severity severity = Codes.INVALID_INDEX.defaultSeverity();
                    if (leftByReindex) {
                        fix = Fix.sql("DROP INDEX CONCURRENTLY " + index + ";");
                        what = " (the copy a failed REINDEX CONCURRENTLY left)";
                    } else if (rs.getBoolean("partitioned")) {
                        fix = Fix.action("Attach an index of every partition to it (ALTER INDEX " + index
                                + " ATTACH PARTITION …), or drop it and create it again on " + table + ".");
                        what = " (some partitions have no index attached to it)";
                        // each partition's own index still serves queries on that partition
                        severity = Severity.WARNING;
                    } else {
                        fix = Fix.sql("REINDEX INDEX CONCURRENTLY " + index + ";");
                    }
                    return Finding.of(Codes.INVALID_INDEX, severity, table(rs, "table_name")
                                    .member(bare), "Index " + index + " on " + table + " is invalid" + what
                                    + ": queries do not use it, yet writes may still maintain it.")
                            .withFix(fix);
                })
                .build();
    }

    private static SqlCheck<Void> notValidConstraint() {
        return SqlCheck.builder(def("pg.not-valid-constraint", "Constraints of tables and domains added NOT VALID and"
                                + " never validated.", true, List.of(Codes.NOT_VALID_CONSTRAINT), Set.of(),
                        INTEGRITY), "not-valid-constraints")
                .noun("constraint not validated", "constraints not validated")
                .row((rs, s) -> {
                    String owner = rs.getString("owner_sql");
                    String constraint = rs.getString("constraint_sql");
                    boolean domain = rs.getBoolean("domain");
                    String kind = switch (rs.getString("contype")) {
                        case "f" -> "Foreign key";
                        case "n" -> "NOT NULL constraint";
                        default -> "Check constraint";
                    };
                    return Finding.of(Codes.NOT_VALID_CONSTRAINT,
                                    table(rs, "owner_name").member(rs.getString("conname")),
                                    kind + " " + constraint + " of " + (domain ? "domain " : "") + owner
                                            + " was added NOT VALID and never validated: "
                                            + (domain ? "values" : "rows") + " from before may break it.")
                            .withFix(Fix.sql((domain ? "ALTER DOMAIN " : "ALTER TABLE ") + owner
                                    + " VALIDATE CONSTRAINT " + constraint + ";"));
                })
                .build();
    }

    private static SqlCheck<Void> duplicateFk() {
        return SqlCheck.builder(def("pg.duplicate-fk", "Foreign keys identical to another of the same table.", true,
                        List.of(Codes.DUPLICATE_FK), Set.of(), INTEGRITY, PERFORMANCE), "duplicate-fks")
                .noun("duplicate foreign key", "duplicate foreign keys")
                .row((rs, s) -> {
                    String table = rs.getString("table_sql");
                    String constraint = rs.getString("constraint_sql");
                    return Finding.of(Codes.DUPLICATE_FK,
                                    table(rs, "relname").member(rs.getString("conname")),
                                    "Foreign key " + constraint + " on " + table + " (" + rs.getString("columns_sql")
                                            + ") duplicates " + rs.getString("kept_sql") + ": every write checks"
                                            + " both.")
                            .withFix(Fix.sql("ALTER TABLE " + table + " DROP CONSTRAINT " + constraint + ";"));
                })
                .build();
    }

    private static SqlCheck<Void> fkTypeMismatch() {
        return SqlCheck.builder(def("pg.fk-type-mismatch", "Foreign keys whose columns differ in type from the columns"
                                + " they reference.", true, List.of(Codes.FK_TYPE_MISMATCH), Set.of(),
                        INTEGRITY), "fk-type-mismatches")
                .noun("foreign key with mismatched types", "foreign keys with mismatched types")
                .row((rs, s) -> {
                    String table = rs.getString("table_sql");
                    return Finding.of(Codes.FK_TYPE_MISMATCH,
                                    table(rs, "relname").member(rs.getString("conname")),
                                    "Foreign key " + rs.getString("constraint_sql") + " on " + table + " references "
                                            + rs.getString("referenced_sql") + " with columns of other types: "
                                            + rs.getString("mismatches") + ".")
                            .withFix(Fix.action("Give the columns of " + table + " the types of the columns they"
                                    + " reference: ALTER TABLE " + table + " ALTER COLUMN … TYPE … (a table rewrite"
                                    + " under an ACCESS EXCLUSIVE lock: plan it)."));
                })
                .build();
    }

    private static SqlCheck<Void> btreeOnArray() {
        return SqlCheck.builder(def("pg.btree-on-array", "B-tree indexes on array columns.", true,
                        List.of(Codes.BTREE_ON_ARRAY), Set.of(), PERFORMANCE), "btree-on-arrays")
                .noun("B-tree index on an array", "B-tree indexes on arrays")
                .row((rs, s) -> {
                    String index = rs.getString("index_sql");
                    String table = rs.getString("table_sql");
                    String columns = rs.getString("columns_sql");
                    return Finding.of(Codes.BTREE_ON_ARRAY,
                                    table(rs, "table_name").member(rs.getString("index_name")),
                                    "B-tree index " + index + " on " + table + " indexes the array column " + columns
                                            + ": it serves only equality of whole arrays, not @> or &&.")
                            .withFix(Fix.action("If queries search inside the arrays, replace it with a GIN index:"
                                    + " CREATE INDEX CONCURRENTLY ON " + table + " USING gin (" + columns + "); then"
                                    + " DROP INDEX CONCURRENTLY " + index + "."));
                })
                .build();
    }

    // ---- runtime statistics --------------------------------------------------------------------------------------

    private static SqlCheck.Precondition<Params> workload(String view) {
        return (connection, p) -> {
            String why = Statistics.unreadable(connection, view, "pg_catalog.pg_stat_database");
            return why != null ? why : Statistics.tooYoung(connection, p.minStatisticsAge());
        };
    }

    private static SqlCheck<Params> unusedIndex() {
        return SqlCheck.builder(def("pg.unused-index", "Indexes scanned fewer than 50 times since the statistics were"
                                + " reset.", true, List.of(Codes.UNUSED_INDEX),
                        Set.of(Params.MIN_SIZE, Params.MIN_STATISTICS_AGE), PERFORMANCE, RUNTIME, EXPENSIVE),
                        "unused-indexes")
                .settings(o -> Params.workload(o, Params.DEFAULT_UNUSED_MIN_SIZE))
                .parameters(p -> new Object[] {p.minSize()})
                .precondition(workload("pg_catalog.pg_stat_user_indexes"))
                .noun("unused index", "unused indexes")
                .row((rs, p) -> {
                    String index = rs.getString("index_sql");
                    return Finding.of(Codes.UNUSED_INDEX,
                                    table(rs, "table_name").member(rs.getString("index_name")),
                                    "Index " + index + " on " + rs.getString("table_sql") + " ("
                                            + Sizes.pretty(rs.getLong("size")) + ") was scanned "
                                            + Texts.number(rs.getLong("idx_scan")) + " times since the statistics"
                                            + " were reset: every write maintains it for nothing.")
                            .withFix(Fix.sql("-- first check that no replica uses it: each server counts its own"
                                    + " scans\nDROP INDEX CONCURRENTLY " + index + ";"));
                })
                .build();
    }

    private static SqlCheck<Params> sequentialScans() {
        return SqlCheck.builder(def("pg.sequential-scans", "Tables of some size read mostly by sequential scans.",
                        true, List.of(Codes.SEQUENTIAL_SCANS),
                        Set.of(Params.MIN_SIZE, Params.MIN_STATISTICS_AGE), PERFORMANCE, RUNTIME, EXPENSIVE),
                        "sequential-scans")
                .settings(o -> Params.workload(o, Params.DEFAULT_SEQ_SCAN_MIN_SIZE))
                .parameters(p -> new Object[] {p.minSize()})
                .precondition(workload("pg_catalog.pg_stat_user_tables"))
                .noun("table read by sequential scans", "tables read by sequential scans")
                .row((rs, p) -> Finding.of(Codes.SEQUENTIAL_SCANS, table(rs, "relname"),
                                "Table " + rs.getString("table_sql") + " (" + Sizes.pretty(rs.getLong("size"))
                                        + ") was read by " + Texts.number(rs.getLong("seq_scan")) + " sequential"
                                        + " scans and " + Texts.number(rs.getLong("idx_scan")) + " index scans: an"
                                        + " index is probably missing.")
                        .withFix(Fix.action("Find the queries that scan it (pg_stat_statements) and index what they"
                                + " filter on.")))
                .build();
    }

    private static SqlCheck<Params> tableBloat() {
        return SqlCheck.builder(def("pg.table-bloat", "Tables whose estimated bloat exceeds the threshold.", true,
                        List.of(Codes.TABLE_BLOAT), Set.of(Params.THRESHOLD, Params.MIN_SIZE),
                        PERFORMANCE, RUNTIME, EXPENSIVE), "table-bloat")
                .settings(Params::bloat)
                .parameters(p -> new Object[] {p.minSize(), p.threshold()})
                .precondition((c, p) -> Supplements.noReadableTable(c))
                .note((c, p) -> Supplements.unreadableTables(c))
                .noun("bloated table", "bloated tables")
                .row((rs, p) -> {
                    String table = rs.getString("table_sql");
                    return Finding.of(Codes.TABLE_BLOAT, table(rs, "relname"), "Table " + table + " ("
                                    + Sizes.pretty(rs.getLong("size")) + ") is about " + Texts.percent(
                                    rs.getDouble("bloat")) + " bloat (" + Sizes.pretty(rs.getLong("bloat_size"))
                                    + ", estimated from its statistics).")
                            .withFix(Fix.action("Let VACUUM catch up (check that autovacuum keeps up with it), or"
                                    + " rewrite it online with pg_repack; VACUUM FULL " + table + " rewrites it under"
                                    + " an exclusive lock."));
                })
                .build();
    }

    private static SqlCheck<Params> indexBloat() {
        return SqlCheck.builder(def("pg.index-bloat", "B-tree indexes whose estimated bloat exceeds the threshold.",
                        true, List.of(Codes.INDEX_BLOAT), Set.of(Params.THRESHOLD, Params.MIN_SIZE),
                        PERFORMANCE, RUNTIME, EXPENSIVE), "index-bloat")
                .settings(Params::bloat)
                .parameters(p -> new Object[] {p.minSize(), p.threshold()})
                .precondition((c, p) -> Supplements.noReadableTable(c))
                .note((c, p) -> Supplements.unreadableTables(c))
                .noun("bloated index", "bloated indexes")
                .row((rs, p) -> {
                    String index = rs.getString("index_sql");
                    return Finding.of(Codes.INDEX_BLOAT,
                                    table(rs, "table_name").member(rs.getString("index_name")),
                                    "Index " + index + " on " + rs.getString("table_sql") + " ("
                                            + Sizes.pretty(rs.getLong("size")) + ") is about "
                                            + Texts.percent(rs.getDouble("bloat")) + " bloat ("
                                            + Sizes.pretty(rs.getLong("bloat_size")) + ", estimated from statistics).")
                            .withFix(Fix.sql("REINDEX INDEX CONCURRENTLY " + index + ";"));
                })
                .build();
    }
}
