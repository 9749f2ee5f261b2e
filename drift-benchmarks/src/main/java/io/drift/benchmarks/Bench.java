package io.drift.benchmarks;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import io.drift.postgres.PostgresConnections;

import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

/**
 * The benchmark: starts PostgreSQL 15, and for each size loads a generated schema and its 1% variant, then measures,
 * on that server and database, Drift's snapshot as a fresh process and in-process, {@code pg_dump --schema-only},
 * the diff of the two variants' snapshots, and writing and reading the JSON snapshot. Run it with {@code bin/bench}.
 */
public final class Bench {

    private static final String USAGE = String.join("\n",
            "usage: bin/bench [options]",
            "  --sizes 100,1000,10000   numbers of tables (default 100,1000,10000; none for the JPA and migrations figures alone)",
            "  --jpa N                  entities (and tables) of the JPA benchmark (default 1000; 0 leaves it out)",
            "  --reps N                 measured repetitions per figure (default 5; diff and JSON: at least 10)",
            "  --warmup N               discarded runs before measuring (default 1; in-process capture: at least 3)",
            "  --json FILE              also write every figure, machine and load information as JSON",
            "  --seed N                 schema generator seed (default " + SchemaGenerator.DEFAULT_SEED + ")",
            "  --drift-jar FILE         the CLI's shaded jar, run as java [opts] -jar FILE snapshot --url U --output F",
            "                           (default: none, which runs io.drift.benchmarks.SnapshotMain on the bench class path)",
            "  --jvm NAME=OPTIONS [-- ARGS]",
            "                           JVM options (and drift snapshot arguments after --) for the fresh snapshot",
            "                           process; repeat to compare several (the first is the one the ratio uses);",
            "                           default: default= (no options)",
            "  --classpath CP           the class path for SnapshotMain (bin/bench passes it)",
            "  --pg-dump FILE           pg_dump to compare with (default: pg_dump on the PATH; must be major 15)",
            "  --work DIR               scratch directory (default target/bench-work)",
            "  --flyway-tables N        drift against the migrations: the N-table schema as Flyway migrations (default",
            "                           1000; 0 leaves it out)",
            "  --flyway-migrations M    ... in M migrations (default 50)",
            "  --serve true             only load the schemas, print their URLs, and keep the server up until killed",
            "                           (for profiling by hand; see docs/benchmarks.md)",
            "  --health false           leave out the health checks (drift-postgres-health's default set)",
            "  --only-health true       measure the health checks alone (no pg_dump, snapshot, diff or JSON)");

    private final Options options;
    private final ProcessTimer timer;
    private final Map<String, Object> report = new LinkedHashMap<>();
    private final List<Map<String, Object>> results = new ArrayList<>();
    private Map<String, Object> flyway;

    private Bench(Options options) throws IOException {
        this.options = options;
        Files.createDirectories(options.work);
        this.timer = new ProcessTimer(options.work);
    }

    public static void main(String[] args) throws Exception {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        new Bench(options).run();
    }

    /** A way to run the fresh snapshot process: JVM options, and arguments for {@code drift snapshot} after its own. */
    record JvmVariant(String name, List<String> options, List<String> driftArgs) {
        JvmVariant(String name, List<String> options) {
            this(name, options, List.of());
        }
    }

    static final class Options {
        List<Integer> sizes = List.of(100, 1000, 10_000);
        int jpa = 1000;
        int reps = 5;
        int warmup = 1;
        Path json;
        long seed = SchemaGenerator.DEFAULT_SEED;
        Path driftJar;
        List<JvmVariant> jvms = new ArrayList<>();
        String classpath = System.getProperty("java.class.path");
        String pgDump = "pg_dump";
        Path work = Path.of("target", "bench-work");
        boolean serve;
        boolean health = true;
        boolean onlyHealth;
        int flywayTables = 1000;
        int flywayMigrations = 50;
        String args;

        static Options parse(String[] args) {
            Options o = new Options();
            o.args = String.join(" ", args);
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                if (a.equals("-h") || a.equals("--help")) {
                    throw new IllegalArgumentException("");
                }
                if (i + 1 >= args.length) {
                    throw new IllegalArgumentException("missing value after " + a);
                }
                String v = args[++i];
                switch (a) {
                    case "--sizes" -> o.sizes = v.equals("none") ? List.of()
                            : Arrays.stream(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
                    case "--jpa" -> o.jpa = Integer.parseInt(v);
                    case "--reps" -> o.reps = Integer.parseInt(v);
                    case "--warmup" -> o.warmup = Integer.parseInt(v);
                    case "--json" -> o.json = Path.of(v);
                    case "--seed" -> o.seed = Long.parseLong(v);
                    case "--drift-jar" -> o.driftJar = v.isBlank() ? null : Path.of(v);
                    case "--jvm" -> {
                        int eq = v.indexOf('=');
                        if (eq < 1) {
                            throw new IllegalArgumentException("--jvm takes NAME=OPTIONS, not " + v);
                        }
                        // NAME=JVM OPTIONS [-- DRIFT SNAPSHOT ARGUMENTS]
                        String rest = " " + v.substring(eq + 1).trim() + " ";
                        int dashes = rest.indexOf(" -- ");
                        String opts = (dashes < 0 ? rest : rest.substring(0, dashes)).trim();
                        String drift = dashes < 0 ? "" : rest.substring(dashes + 4).trim();
                        o.jvms.add(new JvmVariant(v.substring(0, eq),
                                opts.isEmpty() ? List.of() : List.of(opts.split("\\s+")),
                                drift.isEmpty() ? List.of() : List.of(drift.split("\\s+"))));
                    }
                    case "--classpath" -> o.classpath = v;
                    case "--pg-dump" -> o.pgDump = v;
                    case "--work" -> o.work = Path.of(v);
                    case "--serve" -> o.serve = Boolean.parseBoolean(v);
                    case "--health" -> o.health = Boolean.parseBoolean(v);
                    case "--only-health" -> o.onlyHealth = Boolean.parseBoolean(v);
                    case "--flyway-tables" -> o.flywayTables = Integer.parseInt(v);
                    case "--flyway-migrations" -> o.flywayMigrations = Integer.parseInt(v);
                    default -> throw new IllegalArgumentException("unknown option " + a);
                }
            }
            if (o.jvms.isEmpty()) {
                o.jvms.add(new JvmVariant("default", List.of()));
            }
            if (o.reps < 1 || o.warmup < 0) {
                throw new IllegalArgumentException("--reps must be at least 1 and --warmup at least 0");
            }
            return o;
        }
    }

    // ---------------------------------------------------------------------------------------------------------------

    private void run() throws Exception {
        String pgDumpVersion = exec(List.of(options.pgDump, "--version")).trim();
        report.put("started", Instant.now().toString());
        report.put("command", System.getProperty("drift.bench.command", "io.drift.benchmarks.Bench " + options.args));
        report.put("commit", System.getenv().getOrDefault("DRIFT_BENCH_COMMIT", "unknown"));
        Map<String, Object> machine = Machine.describe();
        machine.put("pgDump", pgDumpVersion);
        machine.put("peakRssMethod", timer.rssMethod());
        report.put("machine", machine);
        report.put("loadAverageAtStart", Machine.loadAverage());
        report.put("settings", Map.of("reps", options.reps, "warmup", options.warmup, "seed", options.seed,
                "sizes", options.sizes, "driftJar", String.valueOf(options.driftJar),
                "jvmVariants", options.jvms.stream().map(j -> j.name() + "=" + String.join(" ", j.options())
                        + (j.driftArgs().isEmpty() ? "" : " -- " + String.join(" ", j.driftArgs()))).toList()));

        System.out.printf("Drift benchmark: sizes %s, %d reps after %d warm-up, seed %d%n", options.sizes,
                options.reps, options.warmup, options.seed);
        System.out.printf("Machine: %s cores, %s MiB, %s; JVM %s; %s%n", machine.get("cores"), machine.get("memoryMiB"),
                machine.get("cpu"), machine.get("jvm"), pgDumpVersion);
        System.out.printf("Load average at start: %s%n", Machine.loadAverage());

        // Rendering needs no database: measured once, on a fixed diff of 10,000 differences.
        report.put("render", RenderBench.measure(Math.max(3, options.warmup), Math.max(10, options.reps)));
        writeJson();

        removeStaleDataDirectories(options.work);
        Path pgData = options.work.resolve("pgdata-" + ProcessHandle.current().pid());
        try (BenchServer server = BenchServer.start(pgData, options.work.resolve("postgres.log"))) {
            String version = server.version();
            machine.put("postgres", version);
            System.out.println("Server: " + version + " on port " + server.port());
            if (options.serve) {
                serve(server);
                return;
            }
            for (int n : options.sizes) {
                results.add(measure(server, n));
                writeJson();
            }
            if (options.jpa > 0) {
                report.put("jpa", JpaBench.measure(server, options.jpa, options.seed, Math.max(3, options.warmup),
                        options.reps, options.work));
                writeJson();
            }
            if (options.flywayTables > 0) {
                flyway = new FlywayBench(server, options.work, options.reps, options.warmup)
                        .measure(options.flywayTables, options.flywayMigrations, options.seed);
                writeJson();
            }
        }
        report.put("finished", Instant.now().toString());
        report.put("loadAverageAtEnd", Machine.loadAverage());
        printTable();
        CheckBench.printTable(results);
        writeJson();
    }

    /** Data directories of earlier runs that were killed before they could remove theirs, and whose server is gone. */
    private static void removeStaleDataDirectories(Path work) throws IOException {
        try (var dirs = Files.newDirectoryStream(work, "pgdata*")) {
            for (Path dir : dirs) {
                Path pidFile = dir.resolve("postmaster.pid");
                if (Files.exists(pidFile)) {
                    String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
                    if (!first.isEmpty() && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive)
                            .orElse(false)) {
                        continue;   // another run's server is still up
                    }
                }
                try (var walk = Files.walk(dir)) {
                    for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private void serve(BenchServer server) throws Exception {
        for (int n : options.sizes) {
            GeneratedSchema schema = SchemaGenerator.generate(n, options.seed);
            double seconds = server.load(schema, "bench_" + n, "bench_" + n + "_variant");
            System.out.printf("%,d tables loaded in %.1f s: %s (variant: %s)%n", n, seconds, server.url("bench_" + n),
                    server.url("bench_" + n + "_variant"));
        }
        System.out.printf("pg_dump: %s --schema-only -h localhost -p %d -U postgres -d bench_N -f FILE%n",
                options.pgDump, server.port());
        System.out.println("Serving until killed.");
        Thread.sleep(Long.MAX_VALUE);
    }

    private Map<String, Object> measure(BenchServer server, int n) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("tables", n);
        r.put("loadAverageBefore", Machine.loadAverage());
        Path dir = options.work.resolve("n" + n);
        Files.createDirectories(dir);
        String db = "bench_" + n;
        String variantDb = db + "_variant";

        System.out.printf("%n== %,d tables ==%n", n);
        GeneratedSchema schema = SchemaGenerator.generate(n, options.seed);
        Files.writeString(dir.resolve("schema.sql"), schema.baseSql());
        Files.writeString(dir.resolve("migration.sql"), schema.migration());
        r.put("objects", schema.objectCounts());
        r.put("changes", schema.changeCounts());
        r.put("totalChanges", schema.totalChanges());
        System.out.printf("generated: %s%n", schema.objectCounts());
        System.out.printf("variant: %d changes: %s%n", schema.totalChanges(), schema.changeCounts());
        double loadSeconds = server.load(schema, db, variantDb);
        r.put("loadSeconds", loadSeconds);
        System.out.printf("loaded in %.1f s (%,d bytes of SQL in %d batches), variant created%n", loadSeconds,
                schema.baseSql().length(), schema.batches().size());

        if (options.onlyHealth) {
            r.put("health", HealthBench.measure(server.url(db), Math.max(2, options.warmup), options.reps));
            r.put("loadAverageAfter", Machine.loadAverage());
            return r;
        }

        // 1. Fresh processes, interleaved so that pg_dump and Drift see the same background load.
        List<String> pgDumpCommand = List.of(options.pgDump, "--schema-only", "-h", "localhost", "-p",
                Integer.toString(server.port()), "-U", "postgres", "-d", db, "-f", dir.resolve("pg_dump.sql").toString());
        List<ProcessSample> pgDump = new ArrayList<>();
        Map<String, List<ProcessSample>> fresh = new LinkedHashMap<>();
        Map<String, String> freshErrors = new LinkedHashMap<>();
        for (JvmVariant jvm : options.jvms) {
            fresh.put(jvm.name(), new ArrayList<>());
        }
        for (int rep = -options.warmup; rep < options.reps; rep++) {
            ProcessSample dump = timer.run(pgDumpCommand, Map.of(), dir.resolve("pg_dump.sql"));
            if (rep >= 0) {
                pgDump.add(dump);
            }
            for (JvmVariant jvm : options.jvms) {
                if (freshErrors.containsKey(jvm.name())) {
                    continue;
                }
                Path out = dir.resolve("fresh-" + jvm.name() + ".json");
                try {
                    trainCdsArchive(jvm, server.url(db), out);
                    ProcessSample s = timer.run(freshCommand(jvm, server.url(db), out), Map.of(), out);
                    if (rep >= 0) {
                        fresh.get(jvm.name()).add(s);
                    }
                } catch (IOException e) {
                    freshErrors.put(jvm.name(), firstLines(e.getMessage(), 12));
                    System.out.printf("fresh process %s failed: %s%n", jvm.name(), firstLines(e.getMessage(), 12));
                }
            }
        }
        r.put("pgDump", processFigures(pgDump));
        System.out.printf("pg_dump --schema-only: %s%n", describe(pgDump));
        Map<String, Object> freshFigures = new LinkedHashMap<>();
        for (JvmVariant jvm : options.jvms) {
            if (freshErrors.containsKey(jvm.name())) {
                freshFigures.put(jvm.name(), Map.of("error", freshErrors.get(jvm.name())));
            } else {
                Map<String, Object> f = processFigures(fresh.get(jvm.name()));
                f.put("jvmOptions", String.join(" ", jvm.options()));
                f.put("driftArgs", String.join(" ", jvm.driftArgs()));
                freshFigures.put(jvm.name(), f);
                System.out.printf("Drift fresh process [%s]: %s%n", jvm.name(), describe(fresh.get(jvm.name())));
            }
        }
        r.put("driftFresh", freshFigures);

        // 2. In the benchmark's own, warm JVM.
        Snapshot[] base = new Snapshot[1];
        Snapshot[] variant = new Snapshot[1];
        // A new connection each time, as the fresh process has: PostgreSQL's per-backend caches (relcache, syscache)
        // start cold in both, so the difference between the two figures is the JVM's start and warm-up alone.
        // From a DataSource, as an application calls it: the columns and indexes on a second connection.
        DataSource source = PostgresConnections.dataSource(server.url(db), null, null);
        r.put("driftInProcess", timed("Drift in-process snapshot", Math.max(3, options.warmup), options.reps, () -> {
            base[0] = Drift.capture(source, CaptureOptions.defaults());
            return base[0].size();
        }));
        CaptureOptions one = CaptureOptions.builder().maxConnections(1).build();
        r.put("driftInProcessOneConnection", timed("Drift in-process snapshot, one connection",
                Math.max(3, options.warmup), options.reps, () -> Drift.capture(source, one).size()));
        if (base[0] != null) {
            try (Connection c = server.connect(variantDb)) {
                variant[0] = Drift.capture(c, CaptureOptions.defaults());
            }
            r.put("snapshotObjects", base[0].size());
            int inner = Math.max(10, options.reps);
            r.put("diff", timed("diff of the two variants", 5, inner, () ->
                    Differ.standard().diff(base[0], variant[0]).size()));
            SchemaDiff diff = tryGet(() -> Differ.standard().diff(base[0], variant[0]));
            if (diff != null) {
                r.put("differences", diff.size());
                r.put("differencesByType", diff.countsByType());
                System.out.printf("diff found %d differences for %d generated changes%n", diff.size(),
                        schema.totalChanges());
            }
            Path json = dir.resolve("in-process.json");
            r.put("jsonWrite", timed("JSON write", 3, inner, () -> {
                SnapshotFiles.write(base[0], json);
                return Files.size(json);
            }));
            if (Files.exists(json)) {
                r.put("jsonBytes", Files.size(json));
                r.put("jsonRead", timed("JSON read", 3, inner, () -> SnapshotFiles.read(json).size()));
            }
        }
        if (base[0] != null) {
            // drift check and the startup guard (CheckBench): its own rounds, interleaved with pg_dump.
            new CheckBench(timer, options.driftJar, options.jvms.get(0).options(), options.work, options.warmup,
                    options.reps).measure(r, server.url(db), base[0], dir, pgDumpCommand, dir.resolve("pg_dump.sql"));
        }
        // 3. The health checks, in this JVM.
        if (options.health) {
            r.put("health", HealthBench.measure(server.url(db), Math.max(2, options.warmup), options.reps));
        }
        r.put("loadAverageAfter", Machine.loadAverage());
        return r;
    }

    /**
     * AppCDS: a variant with {@code -XX:SharedArchiveFile=FILE} whose archive does not exist yet gets one from a
     * training run of the same command with {@code -XX:ArchiveClassesAtExit=FILE} (JDK 13+ dynamic archive), which is
     * what a launcher would do on first use. The training run is not measured.
     */
    private void trainCdsArchive(JvmVariant jvm, String url, Path out) throws IOException, InterruptedException {
        for (String o : jvm.options()) {
            if (o.startsWith("-XX:SharedArchiveFile=")) {
                Path archive = Path.of(o.substring("-XX:SharedArchiveFile=".length()));
                if (!Files.exists(archive)) {
                    List<String> training = jvm.options().stream()
                            .map(x -> x.equals(o) ? "-XX:ArchiveClassesAtExit=" + archive : x).toList();
                    timer.run(freshCommand(new JvmVariant(jvm.name() + "-training", training, jvm.driftArgs()), url,
                            out), Map.of(), out);
                    System.out.printf("created the AppCDS archive %s (%,d bytes) with a training run%n", archive,
                            Files.size(archive));
                }
            }
        }
    }

    private List<String> freshCommand(JvmVariant jvm, String url, Path out) {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm.options());
        if (options.driftJar != null) {
            cmd.addAll(List.of("-jar", options.driftJar.toString(), "snapshot", "--url", url, "--output", out.toString()));
        } else {
            cmd.addAll(List.of("-cp", options.classpath, SnapshotMain.class.getName(), url, out.toString()));
        }
        cmd.addAll(jvm.driftArgs());
        return cmd;
    }

    private Map<String, Object> timed(String what, int warmup, int reps, Callable<Object> body) {
        return timedStatic(what, warmup, reps, body);
    }

    /** Runs {@code body} warm-up times, then measures it; an exception (a part not built yet) is reported, not thrown. */
    static Map<String, Object> timedStatic(String what, int warmup, int reps, Callable<Object> body) {
        Map<String, Object> m = new LinkedHashMap<>();
        try {
            for (int i = 0; i < warmup; i++) {
                body.call();
            }
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i < reps; i++) {
                long start = System.nanoTime();
                body.call();
                ms.add((System.nanoTime() - start) / 1e6);
            }
            Stats s = Stats.of(ms);
            m.put("ms", s);
            System.out.printf("%s: median %.1f ms [min %.1f, max %.1f, IQR %.1f-%.1f] (%d reps)%n", what, s.median(),
                    s.min(), s.max(), s.q1(), s.q3(), s.n());
        } catch (Exception e) {
            String message = e.getClass().getSimpleName() + ": " + e.getMessage();
            m.put("error", message);
            System.out.printf("%s: not measured (%s)%n", what, message);
        }
        return m;
    }

    private static <T> T tryGet(Callable<T> body) {
        try {
            return body.call();
        } catch (Exception e) {
            return null;
        }
    }

    private static Map<String, Object> processFigures(List<ProcessSample> samples) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (samples.isEmpty()) {
            return m;
        }
        m.put("seconds", Stats.of(samples.stream().map(ProcessSample::seconds).toList()));
        m.put("peakRssMiB", Stats.of(samples.stream().map(s -> s.peakRssKb() / 1024.0).toList()));
        m.put("outputBytes", samples.get(samples.size() - 1).outputSize());
        return m;
    }

    private static String describe(List<ProcessSample> samples) {
        if (samples.isEmpty()) {
            return "no samples";
        }
        Stats t = Stats.of(samples.stream().map(ProcessSample::seconds).toList());
        Stats rss = Stats.of(samples.stream().map(s -> s.peakRssKb() / 1024.0).toList());
        return String.format(Locale.ROOT, "median %.3f s [min %.3f, max %.3f, IQR %.3f-%.3f], peak RSS %.0f MiB "
                        + "[max %.0f], output %,d bytes", t.median(), t.min(), t.max(), t.q1(), t.q3(), rss.median(),
                rss.max(), samples.get(samples.size() - 1).outputSize());
    }

    // ---------------------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    private static double median(Map<String, Object> r, String... path) {
        Object o = r;
        for (String p : path) {
            if (!(o instanceof Map)) {
                return Double.NaN;
            }
            o = ((Map<String, Object>) o).get(p);
        }
        return o instanceof Stats s ? s.median() : Double.NaN;
    }

    @SuppressWarnings("unchecked")
    private static Stats stats(Map<String, Object> r, String... path) {
        Object o = r;
        for (String p : path) {
            if (!(o instanceof Map)) {
                return null;
            }
            o = ((Map<String, Object>) o).get(p);
        }
        return o instanceof Stats s ? s : null;
    }

    private void printTable() {
        if (flyway != null) {
            Object live = flyway.get("shadowBuild");
            Object prebuilt = flyway.get("prebuiltCheck");
            System.out.printf(Locale.ROOT, "%nDrift against the migrations, %,d tables in %d migrations: Drift's own"
                            + " time (shadow snapshot + target snapshot + diff) %s ms, of it after the migrations ran"
                            + " %s ms; Flyway's migrate %s ms; check from a prebuilt snapshot %s ms%n",
                    (Integer) flyway.get("tables"), (Integer) flyway.get("migrations"),
                    range(stats(flyway, "shadowBuild", "driftOwn"), "%.0f"),
                    range(stats(flyway, "shadowBuild", "afterMigrate"), "%.0f"),
                    range(stats(flyway, "shadowBuild", "flywayMigrate"), "%.0f"),
                    range(stats(flyway, "prebuiltCheck", "checkMs"), "%.0f"));
        }
        if (results.isEmpty()) {
            return;
        }
        String primary = options.jvms.get(0).name();
        System.out.printf("%nMedians (min-max) on one PostgreSQL 15 server; load average %s at the start, %s at the end.%n",
                report.get("loadAverageAtStart"), report.get("loadAverageAtEnd"));
        String header = String.format(Locale.ROOT, "%8s | %-20s | %-20s | %-18s | %6s | %-16s | %9s | %10s | %9s | %-11s | %s",
                "tables", "Drift fresh s", "pg_dump s", "Drift in-proc ms", "ratio", "diff ms", "JSON w ms", "JSON r ms",
                "RSS MiB", "pg_dump RSS", "per table µs (fresh / in-proc / pg_dump)");
        System.out.println(header);
        System.out.println("-".repeat(header.length()));
        for (Map<String, Object> r : results) {
            int n = (Integer) r.get("tables");
            double fresh = median(r, "driftFresh", primary, "seconds");
            double dump = median(r, "pgDump", "seconds");
            double inProc = median(r, "driftInProcess", "ms");
            System.out.printf(Locale.ROOT, "%,8d | %-20s | %-20s | %-18s | %6s | %-16s | %9s | %10s | %9s | %-11s | %s / %s / %s%n",
                    n, range(stats(r, "driftFresh", primary, "seconds"), "%.3f"),
                    range(stats(r, "pgDump", "seconds"), "%.3f"),
                    range(stats(r, "driftInProcess", "ms"), "%.0f"),
                    Double.isNaN(fresh) ? "n/a" : String.format(Locale.ROOT, "%.2f", fresh / dump),
                    range(stats(r, "diff", "ms"), "%.1f"),
                    fmt(median(r, "jsonWrite", "ms"), "%.0f"), fmt(median(r, "jsonRead", "ms"), "%.0f"),
                    fmt(median(r, "driftFresh", primary, "peakRssMiB"), "%.0f"),
                    fmt(median(r, "pgDump", "peakRssMiB"), "%.0f"),
                    fmt(fresh * 1e6 / n, "%.0f"), fmt(inProc * 1e3 / n, "%.0f"), fmt(dump * 1e6 / n, "%.0f"));
        }
        if (results.stream().anyMatch(r -> r.containsKey("health"))) {
            System.out.println("\nHealth checks in process (median, min-max ms): default set on one pooled connection"
                    + " | default set | quick profile | default set with runtime statistics running");
            for (Map<String, Object> r : results) {
                System.out.printf(Locale.ROOT, "%,8d: %s | %s | %s | %s%n", (Integer) r.get("tables"),
                        range(stats(r, "health", "defaultSetPooled", "ms"), "%.0f"),
                        range(stats(r, "health", "defaultSet", "ms"), "%.0f"),
                        range(stats(r, "health", "quickProfile", "ms"), "%.0f"),
                        range(stats(r, "health", "defaultSetRuntimeRunning", "ms"), "%.0f"));
            }
        }
        if (options.jvms.size() > 1) {
            System.out.println("\nFresh process by JVM options (median s, ratio to pg_dump, median peak RSS MiB):");
            for (Map<String, Object> r : results) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%,8d:", (Integer) r.get("tables")));
                for (JvmVariant j : options.jvms) {
                    line.append(String.format(Locale.ROOT, "  %s %s s (%s) %s MiB", j.name(),
                            fmt(median(r, "driftFresh", j.name(), "seconds"), "%.3f"),
                            fmt(median(r, "driftFresh", j.name(), "seconds") / median(r, "pgDump", "seconds"),
                                    "%.2f"),
                            fmt(median(r, "driftFresh", j.name(), "peakRssMiB"), "%.0f")));
                }
                System.out.println(line);
            }
        }
    }

    private static String range(Stats s, String format) {
        if (s == null) {
            return "n/a";
        }
        return String.format(Locale.ROOT, format + " (" + format + "-" + format + ")", s.median(), s.min(), s.max());
    }

    private static String fmt(double v, String format) {
        return Double.isNaN(v) ? "n/a" : String.format(Locale.ROOT, format, v);
    }

    private void writeJson() throws IOException {
        if (options.json == null) {
            return;
        }
        report.put("results", results);
        if (flyway != null) {
            report.put("flyway", flyway);
        }
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(options.json.toFile(), report);
    }

    private static String exec(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new IOException(String.join(" ", command) + " failed: " + out);
        }
        return out;
    }

    private static String firstLines(String text, int lines) {
        return String.join("\n", text.lines().limit(lines).toList());
    }

    /** What the figures were measured on. */
    static final class Machine {
        static Map<String, Object> describe() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("cores", Runtime.getRuntime().availableProcessors());
            m.put("cpu", procLine(Path.of("/proc/cpuinfo"), "model name"));
            String mem = procLine(Path.of("/proc/meminfo"), "MemTotal");
            m.put("memoryMiB", mem == null ? null : Long.parseLong(mem.replaceAll("[^0-9]", "")) / 1024);
            m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.version"));
            m.put("jvm", System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
            m.put("benchJvmOptions", ManagementFactory.getRuntimeMXBean().getInputArguments());
            return m;
        }

        static String loadAverage() {
            try {
                String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
                return f[0] + " " + f[1] + " " + f[2];
            } catch (IOException e) {
                return "unknown";
            }
        }

        private static String procLine(Path file, String key) {
            try {
                for (String line : Files.readAllLines(file)) {
                    if (line.startsWith(key)) {
                        return line.substring(line.indexOf(':') + 1).trim();
                    }
                }
            } catch (IOException e) {
                return null;
            }
            return null;
        }
    }
}
