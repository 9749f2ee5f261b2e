package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.HEALTH;
import static io.drift.core.check.CheckTag.PERFORMANCE;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.model.ObjectPath;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pg.duplicate-index}: pg-index-health's {@code DUPLICATED_INDEXES} with a query of Drift's own, because
 * pg-index-health packs each group of duplicates into one string that its parser splits on {@code "; "} and
 * {@code ","}: an index whose name holds either makes the check fail (an {@code IllegalArgumentException}) or lose an
 * index. Drift's query returns one row per index, for every schema at once, with what choosing the index to keep
 * needs (whether it backs a constraint, is unique, is partitioned); it also compares sort options, which
 * pg-index-health does not ({@code (a, b DESC)} is not a duplicate of {@code (a, b)}).
 */
final class DuplicateIndexCheck extends HealthCheck {

    DuplicateIndexCheck() {
        super(new Definition("pg.duplicate-index", "Indexes identical to another valid index of the same table.",
                Set.of(HEALTH, PERFORMANCE), true, List.of(Codes.DUPLICATE_INDEX), Set.of()));
    }

    private record Row(String schema, String table, String index, String tableSql, String indexSql, boolean unique,
                       boolean partitioned, boolean backsConstraint, String group) {
    }

    @Override
    Inspection prepare(CheckOptions options) {
        return (connection, context) -> inspect(connection);
    }

    private Report inspect(Connection connection) throws SQLException {
        List<Row> rows = Catalog.query(connection, "duplicate-indexes", rs -> new Row(rs.getString("nspname"),
                rs.getString("table_name"), rs.getString("index_name"), rs.getString("table_sql"),
                rs.getString("index_sql"), rs.getBoolean("is_unique"), rs.getBoolean("partitioned"),
                rs.getBoolean("backs_constraint"), rs.getString("group_key")));
        Map<String, List<Row>> groups = new LinkedHashMap<>();
        rows.forEach(r -> groups.computeIfAbsent(r.group(), g -> new ArrayList<>()).add(r));
        List<Finding> findings = new ArrayList<>();
        for (List<Row> group : groups.values()) {
            // keep the index that backs a constraint, else a unique one, else the first by name
            group.sort(Comparator.comparing((Row r) -> !r.backsConstraint()).thenComparing(r -> !r.unique())
                    .thenComparing(Row::index));
            Row kept = group.get(0);
            for (Row extra : group.subList(1, group.size())) {
                Fix fix;
                if (extra.backsConstraint()) {
                    fix = Fix.action("Both back a constraint: drop the redundant constraint with ALTER TABLE "
                            + extra.tableSql() + " DROP CONSTRAINT …, after moving any foreign key that uses it.");
                } else if (extra.partitioned()) {
                    fix = Fix.sql("-- a partitioned index cannot be dropped CONCURRENTLY: this locks the table and"
                            + " its partitions briefly\nDROP INDEX " + extra.indexSql() + ";");
                } else {
                    fix = Fix.sql("DROP INDEX CONCURRENTLY " + extra.indexSql() + ";");
                }
                findings.add(Finding.of(Codes.DUPLICATE_INDEX,
                        ObjectPath.of(extra.schema(), extra.table()).member(extra.index()),
                        "Index " + extra.indexSql() + " on " + extra.tableSql() + " duplicates " + kept.indexSql()
                                + " (same columns, operator classes, expressions and predicate): every write"
                                + " maintains both.").withFix(fix));
            }
        }
        return Report.counted(Noun.of("duplicate index", "duplicate indexes"), "", findings);
    }
}
