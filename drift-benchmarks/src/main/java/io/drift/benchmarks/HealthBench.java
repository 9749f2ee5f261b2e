package io.drift.benchmarks;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Status;
import io.drift.postgres.PostgresConnections;
import io.drift.postgres.health.PostgresHealthChecks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

import javax.sql.DataSource;

/**
 * The health checks of drift-postgres-health against the benchmark's database, in the benchmark's warm JVM, as an
 * application runs them: {@code CheckRunner} with the provider and nothing else. Two data sources: one that opens a new
 * connection whenever a check asks (no pool: every check pays a new backend, with cold catalog caches, as
 * {@code drift check} would), and one that lends the same open connection every time, as an application's pool does
 * once warm. Three sets: the default one as shipped (on a server started minutes ago the runtime-statistics checks
 * skip themselves, the statistics being too young); the quick profile (the checks tagged expensive left out); and the
 * default one with the statistics taken as old enough, so that every default check does its work. A fresh
 * {@code drift check} process is not measured: the command does not exist on this branch.
 */
final class HealthBench {

    private HealthBench() {
    }

    static Map<String, Object> measure(String url, int warmup, int reps) {
        DataSource source = PostgresConnections.dataSource(url, null, null);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("checks", new PostgresHealthChecks().checks().stream().filter(c -> c.enabledByDefault()).count());
        try (ReusedConnection pooled = new ReusedConnection(source)) {
            m.put("defaultSetPooled", run("health checks, default set, one pooled connection", pooled, b -> b, warmup,
                    reps));
            m.put("pgIndexHealthQueries", PgIndexHealthBench.measure(pooled, url, Math.min(3, reps)));
        } catch (java.sql.SQLException e) {
            m.put("defaultSetPooled", Map.of("error", e.getMessage()));
        }
        m.put("defaultSet", run("health checks, default set", source, b -> b, warmup, reps));
        m.put("quickProfile", run("health checks, quick profile", source, b -> b.quick(true), warmup, reps));
        m.put("defaultSetRuntimeRunning", run("health checks, default set with the runtime statistics taken as old"
                + " enough", source, b -> b.options(
                CheckOptions.of("pg.unused-index", Map.of("min-statistics-age", "1ms")),
                CheckOptions.of("pg.sequential-scans", Map.of("min-statistics-age", "1ms"))), warmup, reps));
        m.put("freshProcess", "not measured: drift check does not exist on this branch");
        System.out.println("health checks, fresh drift check process: not measured (no drift check command on this"
                + " branch)");
        return m;
    }

    private static Map<String, Object> run(String what, DataSource source, UnaryOperator<CheckRunner.Builder> setup,
                                           int warmup, int reps) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            CheckRunner runner = setup.apply(CheckRunner.builder().providers(new PostgresHealthChecks())).build();
            for (int i = 0; i < warmup; i++) {
                runner.run(source);
            }
            List<Double> ms = new ArrayList<>();
            Map<String, List<Double>> perCheck = new LinkedHashMap<>();
            CheckReport last = null;
            for (int i = 0; i < reps; i++) {
                long start = System.nanoTime();
                last = runner.run(source);
                ms.add((System.nanoTime() - start) / 1e6);
                for (CheckResult r : last.results()) {
                    perCheck.computeIfAbsent(r.checkId(), k -> new ArrayList<>()).add(r.duration().toNanos() / 1e6);
                }
            }
            Stats s = Stats.of(ms);
            m.put("ms", s);
            Map<String, Object> checks = new LinkedHashMap<>();
            for (CheckResult r : last.results()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("medianMs", Stats.of(perCheck.get(r.checkId())).median());
                c.put("status", r.status().name());
                c.put("findings", r.findings().size());
                checks.put(r.checkId(), c);
            }
            m.put("perCheck", checks);
            m.put("errored", last.results().stream().filter(r -> r.status() == Status.ERRORED)
                    .map(r -> r.checkId() + ": " + r.summary()).toList());
            String slowest = perCheck.entrySet().stream()
                    .sorted(Comparator.comparingDouble((Map.Entry<String, List<Double>> e) ->
                            -Stats.of(e.getValue()).median()))
                    .limit(5)
                    .map(e -> String.format(Locale.ROOT, "%s %.0f", e.getKey(), Stats.of(e.getValue()).median()))
                    .reduce((a, b) -> a + ", " + b).orElse("");
            System.out.printf(Locale.ROOT, "%s: median %.1f ms [min %.1f, max %.1f, IQR %.1f-%.1f] (%d reps); slowest"
                    + " (median ms): %s%n", what, s.median(), s.min(), s.max(), s.q1(), s.q3(), s.n(), slowest);
        } catch (RuntimeException e) {
            m.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
            System.out.printf("%s: not measured (%s)%n", what, e.getMessage());
        }
        return m;
    }
}
