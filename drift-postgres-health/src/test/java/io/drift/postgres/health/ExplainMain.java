package io.drift.postgres.health;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** Scratch: EXPLAIN ANALYZE of Drift's health queries on one warm connection (server-side time, not a test). */
public final class ExplainMain {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            c.createStatement().execute("set search_path = ''; set max_parallel_workers_per_gather = 0; set jit = off");
            for (int i = 1; i < args.length; i++) {
                String[] spec = args[i].split(":");
                String text = read(spec[0]).replace("{{inspected}}", read("inspected-schemas").strip())
                        .replace("{{wal_status}}", "s.wal_status");
                double best = Double.MAX_VALUE;
                String plan = "";
                for (int rep = 0; rep < 3; rep++) {
                    try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT TEXT) " + text)) {
                        for (int p = 1; p < spec.length; p++) {
                            ps.setObject(p, spec[p].contains(".") ? (Object) Double.valueOf(spec[p])
                                    : (Object) Long.valueOf(spec[p]));
                        }
                        StringBuilder out = new StringBuilder();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                out.append(rs.getString(1)).append('\n');
                            }
                        }
                        String s = out.toString();
                        int at = s.lastIndexOf("Execution Time: ");
                        double ms = Double.parseDouble(s.substring(at + 16, s.indexOf(" ms", at)));
                        if (ms < best) {
                            best = ms;
                            plan = s;
                        }
                    }
                }
                System.out.printf("%-28s %8.1f ms%n", spec[0], best);
                if (System.getenv("PLAN") != null) {
                    System.out.println(plan);
                }
            }
        }
    }

    private static String read(String name) throws Exception {
        try (InputStream in = ExplainMain.class.getResourceAsStream(
                "/io/drift/postgres/health/internal/sql/" + name + ".sql")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
