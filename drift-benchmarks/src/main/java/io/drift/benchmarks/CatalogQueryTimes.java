package io.drift.benchmarks;

import io.drift.postgres.internal.CatalogReader;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs each of drift-postgres's catalog queries on its own, the way the capture does (one read-only transaction,
 * {@code search_path = pg_catalog}, every schema but the system ones) and reports the time to execute it and fetch
 * every row, so that the capture's time can be split into waiting for PostgreSQL and work in Java.
 *
 * <pre>
 * java -cp "$(cat drift-benchmarks/target/bench.classpath):drift-benchmarks/target/classes" \
 *     io.drift.benchmarks.CatalogQueryTimes 'jdbc:postgresql://localhost:PORT/bench_10000?user=postgres' [REPS] [--explain]
 * </pre>
 */
public final class CatalogQueryTimes {

    private CatalogQueryTimes() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: CatalogQueryTimes JDBC_URL [REPS] [--explain]");
            System.exit(2);
        }
        int reps = args.length > 1 && !args[1].startsWith("--") ? Integer.parseInt(args[1]) : 3;
        boolean explain = List.of(args).contains("--explain");
        try (Connection c = DriverManager.getConnection(args[0])) {
            int major = c.getMetaData().getDatabaseMajorVersion();
            Map<String, String> queries = CatalogReader.catalogSql(major);
            c.setAutoCommit(false);
            c.setReadOnly(true);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                s.execute("SET LOCAL search_path = pg_catalog");
            }
            Array schemas;
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT array_agg(oid) FROM pg_namespace WHERE nspname NOT IN ('pg_catalog', "
                            + "'information_schema', 'pg_toast') AND nspname NOT LIKE 'pg_temp_%' "
                            + "AND nspname NOT LIKE 'pg_toast_temp_%'")) {
                rs.next();
                schemas = rs.getArray(1);
            }
            Object schemaOids = schemas.getArray();
            System.out.printf("PostgreSQL %d, %d queries, best of %d runs each%n", major, queries.size(), reps);
            double total = 0;
            for (Map.Entry<String, String> q : queries.entrySet()) {
                String sql = q.getValue().replaceAll("(?<!:):schemas\\b", "?");
                if (sql.matches("(?s).*(?<!:):[a-z_]+\\b.*")) {
                    System.out.printf("%-24s skipped: other named parameters%n", q.getKey());
                    continue;
                }
                double best = Double.MAX_VALUE;
                long rows = 0;
                long chars = 0;
                for (int r = 0; r < reps; r++) {
                    long start = System.nanoTime();
                    rows = 0;
                    chars = 0;
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setFetchSize(0);
                        if (sql.contains("?")) {
                            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                                ps.setArray(i, c.createArrayOf("oid", (Object[]) schemaOids));
                            }
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            int cols = rs.getMetaData().getColumnCount();
                            while (rs.next()) {
                                rows++;
                                for (int i = 1; i <= cols; i++) {
                                    String v = rs.getString(i);
                                    chars += v == null ? 0 : v.length();
                                }
                            }
                        }
                    }
                    best = Math.min(best, (System.nanoTime() - start) / 1e6);
                }
                total += best;
                System.out.printf(Locale.ROOT, "%-24s %8.1f ms %,9d rows %,12d chars%n", q.getKey(), best, rows, chars);
                if (explain) {
                    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, BUFFERS) " + sql)) {
                        if (sql.contains("?")) {
                            for (int i = 1; i <= ps.getParameterMetaData().getParameterCount(); i++) {
                                ps.setArray(i, c.createArrayOf("oid", (Object[]) schemaOids));
                            }
                        }
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                System.out.println("    " + rs.getString(1));
                            }
                        }
                    }
                }
            }
            System.out.printf(Locale.ROOT, "%-24s %8.1f ms%n", "total", total);
            c.rollback();
        }
    }

}
