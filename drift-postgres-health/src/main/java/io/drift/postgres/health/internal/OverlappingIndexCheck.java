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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pg.overlapping-index}: pg-index-health's {@code INTERSECTED_INDEXES}, with a query of Drift's own for the
 * reason {@link DuplicateIndexCheck} gives, and narrower: only B-tree indexes without expressions, only where the
 * shorter index's key columns lead the longer one's with the same operator classes, collations and sort options, and
 * never a unique index or one that backs a constraint. Off by default: an index on {@code (a)} next to one on
 * {@code (a, b)} is often kept on purpose (smaller, hot).
 */
final class OverlappingIndexCheck extends HealthCheck {

    OverlappingIndexCheck() {
        super(new Definition("pg.overlapping-index", "B-tree indexes whose columns lead another index's, with the"
                + " same predicate.", Set.of(HEALTH, PERFORMANCE), false,
                List.of(Codes.OVERLAPPING_INDEX), Set.of()));
    }

    private record Row(String schema, String table, String index, String tableSql, String indexSql,
                       String coveringSql) {
    }

    @Override
    Inspection prepare(CheckOptions options) {
        return (connection, context) -> inspect(connection);
    }

    private Report inspect(Connection connection) throws SQLException {
        List<Row> rows = Catalog.query(connection, "overlapping-indexes", rs -> new Row(rs.getString("nspname"),
                rs.getString("table_name"), rs.getString("index_name"), rs.getString("table_sql"),
                rs.getString("index_sql"), rs.getString("covering_sql")));
        Map<ObjectPath, List<Row>> byIndex = new LinkedHashMap<>();
        rows.forEach(r -> byIndex.computeIfAbsent(ObjectPath.of(r.schema(), r.table()).member(r.index()),
                k -> new ArrayList<>()).add(r));
        List<Finding> findings = new ArrayList<>();
        byIndex.forEach((path, covering) -> {
            Row r = covering.get(0);
            String by = String.join(", ", covering.stream().map(Row::coveringSql).toList());
            findings.add(Finding.of(Codes.OVERLAPPING_INDEX, path, "Index " + r.indexSql() + " on "
                            + r.tableSql() + " is covered by " + by + ", whose leading columns are its columns.")
                    .withFix(Fix.action("Unless it is kept on purpose (much smaller and hot), drop it: DROP INDEX"
                            + " CONCURRENTLY " + r.indexSql() + ".")));
        });
        return Report.counted(Noun.of("overlapping index", "overlapping indexes"), "", findings);
    }
}
