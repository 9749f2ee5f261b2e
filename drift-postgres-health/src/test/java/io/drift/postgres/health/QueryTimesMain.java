package io.drift.postgres.health;

import io.github.mfvanek.pg.core.checks.common.Diagnostic;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/** Scratch: times pg-index-health's queries per schema, summed over every schema, on one warm connection. */
public final class QueryTimesMain {
    public static void main(String[] args) throws Exception {
        try (Connection c = DriverManager.getConnection(args[0], "postgres", "")) {
            List<String> schemas = new ArrayList<>();
            try (ResultSet rs = c.createStatement().executeQuery(
                    "select nspname from pg_namespace where nspname !~ '^pg_' and nspname <> 'information_schema'")) {
                while (rs.next()) {
                    schemas.add(rs.getString(1));
                }
            }
            for (Diagnostic d : Diagnostic.values()) {
                if (args.length > 1 && !args[1].contains(d.name())) {
                    continue;
                }
                long best = Long.MAX_VALUE;
                int rows = 0;
                for (int rep = 0; rep < 3; rep++) {
                    long start = System.nanoTime();
                    rows = 0;
                    for (String schema : schemas) {
                        try (PreparedStatement ps = c.prepareStatement(d.getSqlQuery())) {
                            ps.setString(1, schema);
                            if (ps.getParameterMetaData().getParameterCount() > 1) {
                                ps.setDouble(2, 10.0);
                            }
                            try (ResultSet rs = ps.executeQuery()) {
                                while (rs.next()) {
                                    rows++;
                                }
                            }
                        }
                    }
                    best = Math.min(best, System.nanoTime() - start);
                }
                System.out.printf("%-45s %7.1f ms  %6d rows  (%d schemas)%n", d.name(), best / 1e6, rows,
                        schemas.size());
            }
        }
    }
}
