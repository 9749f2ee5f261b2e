package io.drift.benchmarks;

import io.drift.core.Drift;
import io.drift.core.StartupGuard;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.config.DriftConfig;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.postgres.PostgresConnections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/**
 * The checks' figures: {@code drift check} with the default suite and a baseline, as a fresh process, interleaved with
 * {@code pg_dump --schema-only} of the same database; and the startup guard with the same configuration in the
 * benchmark's warm JVM. The suite is every check on by default: {@code connectivity}, {@code required-objects} (every
 * table of the baseline), {@code schema-drift} (against the baseline, a snapshot of the same database) and
 * {@code row-counts} with planner estimates for 1% of the tables (exact counts are left out of the figure).
 */
final class CheckBench {

    private final ProcessTimer timer;
    private final Path driftJar;
    private final List<String> jvmOptions;
    private final int warmup;
    private final int reps;

    /**
     * @param jvmOptions the options of the first fresh-process variant (bin/drift's); its AppCDS archive, if any, is
     *                   replaced by one trained on {@code drift check}, since bin/drift keeps one per command
     */
    CheckBench(ProcessTimer timer, Path driftJar, List<String> jvmOptions, Path work, int warmup, int reps) {
        this.timer = timer;
        this.driftJar = driftJar;
        this.jvmOptions = jvmOptions.stream()
                .map(o -> o.startsWith("-XX:SharedArchiveFile=") ? "-XX:SharedArchiveFile="
                        + work.resolve("drift-cds-check.jsa") : o)
                .toList();
        this.warmup = warmup;
        this.reps = reps;
    }

    /** Writes the baseline and the configuration, then measures; figures go into {@code r}. */
    void measure(Map<String, Object> r, String url, Snapshot baseline, Path dir, List<String> pgDumpCommand,
                 Path pgDumpOutput) throws Exception {
        Path baselineFile = dir.resolve("check-baseline.json");
        SnapshotFiles.write(baseline, baselineFile);
        List<Table> tables = new ArrayList<>(baseline.tables());
        int estimated = Math.max(1, tables.size() / 100);
        StringBuilder yaml = new StringBuilder()
                .append("database:\n  url: '").append(url).append("'\n")
                .append("baseline: ").append(baselineFile.getFileName()).append('\n')
                .append("require:\n  baseline-tables: true\n")
                .append("row-counts:\n");
        for (int i = 0; i < estimated; i++) {
            String path = tables.get(i * (tables.size() / estimated)).path().toString().replace("'", "''");
            yaml.append("  '").append(path).append("': {max: 1000000000, estimate: true}\n");
        }
        Path config = Files.writeString(dir.resolve("drift.yaml"), yaml);
        r.put("checkSuite", Map.of("requiredTables", tables.size(), "estimatedRowCounts", estimated,
                "baselineBytes", Files.size(baselineFile)));

        if (driftJar == null) {
            r.put("driftCheckFresh", Map.of("error", "not measured: drift check needs the CLI jar (bin/bench builds it)"));
        } else {
            Path report = dir.resolve("check-report.txt");
            List<String> check = new ArrayList<>();
            check.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            check.addAll(jvmOptions);
            check.addAll(List.of("-jar", driftJar.toString(), "check", "--config", config.toString(), "--quiet",
                    "--output", report.toString()));
            trainCdsArchive(check, report);
            List<ProcessSample> pgDump = new ArrayList<>();
            List<ProcessSample> fresh = new ArrayList<>();
            try {
                for (int rep = -warmup; rep < reps; rep++) {
                    ProcessSample dump = timer.run(pgDumpCommand, Map.of(), pgDumpOutput);
                    ProcessSample run = timer.run(check, Map.of(), report);
                    if (rep >= 0) {
                        pgDump.add(dump);
                        fresh.add(run);
                    }
                }
                r.put("pgDumpForCheck", figures(pgDump));
                r.put("driftCheckFresh", figures(fresh));
                r.put("driftCheckReport", Files.readAllLines(report).stream()
                        .filter(l -> !l.startsWith(" ") && !l.isBlank()).collect(Collectors.toList()));
                System.out.printf(Locale.ROOT, "drift check (fresh process): median %.3f s [%.3f-%.3f], peak RSS %.0f MiB;"
                                + " pg_dump in the same rounds: median %.3f s; ratio %.2f%n",
                        Stats.of(seconds(fresh)).median(), Stats.of(seconds(fresh)).min(), Stats.of(seconds(fresh)).max(),
                        Stats.of(rss(fresh)).median(), Stats.of(seconds(pgDump)).median(),
                        Stats.of(seconds(fresh)).median() / Stats.of(seconds(pgDump)).median());
            } catch (IOException e) {
                r.put("driftCheckFresh", Map.of("error", e.getMessage()));
                System.out.printf("drift check (fresh process) failed: %s%n", e.getMessage());
            }
        }

        // The startup guard as an application calls it, in a warm JVM: read drift.yaml, run, get the report.
        DataSource dataSource = PostgresConnections.dataSource(url, null, null);
        List<Double> ms = new ArrayList<>();
        CheckReport last = null;
        for (int i = -Math.max(3, warmup); i < reps; i++) {
            long start = System.nanoTime();
            CheckReport report = Drift.guard(dataSource)
                    .config(DriftConfig.load(config))
                    .onFailure(StartupGuard.OnFailure.REPORT)
                    .build()
                    .run();
            double took = (System.nanoTime() - start) / 1e6;
            if (i >= 0) {
                ms.add(took);
                last = report;
            }
        }
        Stats guard = Stats.of(ms);
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("ms", guard);
        if (last != null) {
            Map<String, Object> perCheck = new LinkedHashMap<>();
            for (CheckResult result : last.results()) {
                perCheck.put(result.checkId(), result.status() + " " + result.duration().toMillis() + " ms: "
                        + result.summary());
            }
            g.put("lastRun", perCheck);
        }
        r.put("guardWarm", g);
        System.out.printf(Locale.ROOT, "startup guard (warm JVM): median %.0f ms [%.0f-%.0f] (%d reps)%n",
                guard.median(), guard.min(), guard.max(), guard.n());
        if (last != null) {
            last.results().forEach(res -> System.out.printf("  %-17s %-8s %6d ms  %s%n", res.checkId(), res.status(),
                    res.duration().toMillis(), res.summary()));
        }
    }

    /** bin/drift keeps an AppCDS archive per command: train the one for drift check, unmeasured. */
    private void trainCdsArchive(List<String> check, Path report) throws IOException, InterruptedException {
        for (String o : check) {
            if (o.startsWith("-XX:SharedArchiveFile=")) {
                Path archive = Path.of(o.substring("-XX:SharedArchiveFile=".length()));
                if (!Files.exists(archive)) {
                    List<String> training = check.stream()
                            .map(x -> x.equals(o) ? "-XX:ArchiveClassesAtExit=" + archive : x).toList();
                    timer.run(training, Map.of(), report);
                }
            }
        }
    }

    private static List<Double> seconds(List<ProcessSample> samples) {
        return samples.stream().map(ProcessSample::seconds).toList();
    }

    private static List<Double> rss(List<ProcessSample> samples) {
        return samples.stream().map(s -> s.peakRssKb() / 1024.0).toList();
    }

    private static Map<String, Object> figures(List<ProcessSample> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (!samples.isEmpty()) {
            m.put("seconds", Stats.of(seconds(samples)));
            m.put("peakRssMiB", Stats.of(rss(samples)));
        }
        return m;
    }

    /** One line per size, for the end of the run. */
    @SuppressWarnings("unchecked")
    static void printTable(List<Map<String, Object>> results) {
        System.out.printf("%nChecks (medians): drift check fresh process / pg_dump in the same rounds = ratio;"
                + " startup guard in a warm JVM%n");
        for (Map<String, Object> r : results) {
            Object fresh = r.get("driftCheckFresh");
            Object dump = r.get("pgDumpForCheck");
            Object guard = r.get("guardWarm");
            Stats f = fresh instanceof Map ? (Stats) ((Map<String, Object>) fresh).get("seconds") : null;
            Stats d = dump instanceof Map ? (Stats) ((Map<String, Object>) dump).get("seconds") : null;
            Stats g = guard instanceof Map ? (Stats) ((Map<String, Object>) guard).get("ms") : null;
            System.out.printf(Locale.ROOT, "%,8d: drift check %s s / pg_dump %s s = %s; guard %s ms%n",
                    (Integer) r.get("tables"), f == null ? "n/a" : String.format(Locale.ROOT, "%.3f", f.median()),
                    d == null ? "n/a" : String.format(Locale.ROOT, "%.3f", d.median()),
                    f == null || d == null ? "n/a" : String.format(Locale.ROOT, "%.2f", f.median() / d.median()),
                    g == null ? "n/a" : String.format(Locale.ROOT, "%.0f", g.median()));
        }
    }
}
