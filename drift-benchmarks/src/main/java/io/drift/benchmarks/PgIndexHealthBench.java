package io.drift.benchmarks;

import io.github.mfvanek.pg.connection.PgConnection;
import io.github.mfvanek.pg.connection.PgConnectionImpl;
import io.github.mfvanek.pg.connection.host.PgHostImpl;
import io.github.mfvanek.pg.core.checks.common.DatabaseCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.BtreeIndexesOnArrayColumnsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.DuplicatedForeignKeysCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.DuplicatedIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysNotCoveredWithIndexCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.ForeignKeysWithUnmatchedColumnTypeCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.IndexesWithBloatCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.InvalidIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.NotValidConstraintsCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.SequenceOverflowCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithBloatCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithMissingIndexesCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.TablesWithoutPrimaryKeyCheckOnHost;
import io.github.mfvanek.pg.core.checks.host.UnusedIndexesCheckOnHost;
import io.github.mfvanek.pg.model.context.PgContext;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * What the default health set would cost with pg-index-health's own queries, run as pg-index-health runs them: each
 * check once per schema (its {@code PgContext}), on one warm connection (the most favourable case: a pool). These are
 * the figures behind replacing those checks with Drift's bulk queries (docs/benchmarks.md, "Health checks").
 */
final class PgIndexHealthBench {

    private PgIndexHealthBench() {
    }

    private static final Map<String, Function<PgConnection, DatabaseCheckOnHost<?>>> CHECKS = new LinkedHashMap<>();

    static {
        CHECKS.put("FOREIGN_KEYS_WITHOUT_INDEX", ForeignKeysNotCoveredWithIndexCheckOnHost::new);
        CHECKS.put("TABLES_WITHOUT_PRIMARY_KEY", TablesWithoutPrimaryKeyCheckOnHost::new);
        CHECKS.put("INVALID_INDEXES", InvalidIndexesCheckOnHost::new);
        CHECKS.put("DUPLICATED_INDEXES", DuplicatedIndexesCheckOnHost::new);
        CHECKS.put("NOT_VALID_CONSTRAINTS", NotValidConstraintsCheckOnHost::new);
        CHECKS.put("SEQUENCE_OVERFLOW", SequenceOverflowCheckOnHost::new);
        CHECKS.put("DUPLICATED_FOREIGN_KEYS", DuplicatedForeignKeysCheckOnHost::new);
        CHECKS.put("FOREIGN_KEYS_WITH_UNMATCHED_COLUMN_TYPE", ForeignKeysWithUnmatchedColumnTypeCheckOnHost::new);
        CHECKS.put("BTREE_INDEXES_ON_ARRAY_COLUMNS", BtreeIndexesOnArrayColumnsCheckOnHost::new);
        CHECKS.put("UNUSED_INDEXES", UnusedIndexesCheckOnHost::new);
        CHECKS.put("TABLES_WITH_MISSING_INDEXES", TablesWithMissingIndexesCheckOnHost::new);
        CHECKS.put("BLOATED_TABLES", TablesWithBloatCheckOnHost::new);
        CHECKS.put("BLOATED_INDEXES", IndexesWithBloatCheckOnHost::new);
    }

    static Map<String, Object> measure(DataSource pooled, String url, int reps) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            List<String> schemas = new ArrayList<>();
            try (Connection c = pooled.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname !~ '^pg_'"
                         + " AND nspname <> 'information_schema' ORDER BY 1")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            PgConnection connection = PgConnectionImpl.of(pooled, PgHostImpl.ofUrl(url));
            double total = 0;
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Function<PgConnection, DatabaseCheckOnHost<?>>> e : CHECKS.entrySet()) {
                DatabaseCheckOnHost<?> check = e.getValue().apply(connection);
                List<Double> ms = new ArrayList<>();
                for (int rep = 0; rep < Math.max(1, reps); rep++) {
                    long start = System.nanoTime();
                    for (String schema : schemas) {
                        check.check(PgContext.of(schema));
                    }
                    ms.add((System.nanoTime() - start) / 1e6);
                }
                double median = Stats.of(ms).median();
                total += median;
                m.put(e.getKey(), Stats.of(ms));
                line.append(String.format(Locale.ROOT, "%s %.0f, ", e.getKey(), median));
            }
            m.put("schemas", schemas.size());
            m.put("totalMedianMs", total);
            System.out.printf(Locale.ROOT, "pg-index-health's own queries for the default set, once per schema (%d),"
                    + " one warm connection: %.0f ms in all (median ms: %s)%n", schemas.size(), total,
                    line.substring(0, Math.max(0, line.length() - 2)));
        } catch (SQLException | RuntimeException e) {
            m.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            System.out.printf("pg-index-health's own queries: not measured (%s)%n", e.getMessage());
        }
        return m;
    }
}
