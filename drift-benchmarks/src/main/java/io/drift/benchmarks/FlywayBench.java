package io.drift.benchmarks;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationsDrift;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.postgres.PostgresConnections;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * Drift against the migrations: the generated schema split into Flyway migrations, applied to a target database; then,
 * per repetition, the schema the migrations build in a shadow database (a temporary database on the same server) and
 * compared with the target, each phase timed apart, so that Drift's own time (the shadow's snapshot, the target's
 * snapshot, the diff) reads apart from Flyway's migrate; and the check from a prebuilt expected snapshot, in process.
 */
final class FlywayBench {

    private final BenchServer server;
    private final Path work;
    private final int reps;
    private final int warmup;

    FlywayBench(BenchServer server, Path work, int reps, int warmup) {
        this.server = server;
        this.work = work;
        this.reps = reps;
        this.warmup = warmup;
    }

    Map<String, Object> measure(int tables, int migrations, long seed) throws Exception {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("tables", tables);
        r.put("migrations", migrations);
        r.put("loadAverageBefore", Bench.Machine.loadAverage());
        System.out.printf("%n== drift against the migrations: %,d tables in %d migrations ==%n", tables, migrations);
        GeneratedSchema schema = SchemaGenerator.generate(tables, seed);
        Path dir = work.resolve("flyway-" + tables);
        List<String> files = MigrationSet.split(schema, migrations);
        MigrationSet.write(files, dir);
        r.put("migrationFiles", files.size());

        String target = "flyway_" + tables;
        try (Connection admin = server.connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + target);
            s.execute("CREATE DATABASE " + target);
        }
        DataSource targetDs = PostgresConnections.dataSource(server.url(target), null, null);
        Configuration configuration = Flyway.configure().locations("filesystem:" + dir.toAbsolutePath()).load()
                .getConfiguration();
        long start = System.nanoTime();
        Flyway.configure().configuration(configuration).dataSource(targetDs).load().migrate();
        double targetMigrate = (System.nanoTime() - start) / 1e6;
        r.put("targetMigrateMs", targetMigrate);
        System.out.printf("Flyway migrate of the target: %.0f ms%n", targetMigrate);

        ShadowDatabase shadow = ShadowDatabase.temporaryDatabase(server.url("postgres"), null, null);
        Map<String, List<Double>> phases = new LinkedHashMap<>();
        for (String p : List.of("shadowCreate", "flywayMigrate", "shadowSnapshot", "shadowDrop", "targetSnapshot",
                "diff", "driftOwn", "afterMigrate", "total")) {
            phases.put(p, new ArrayList<>());
        }
        int differences = -1;
        for (int rep = -warmup; rep < reps; rep++) {
            // As FlywayMigrations.drift does it: the target's snapshot on a thread of its own while the migrations run
            // in the shadow, since it does not depend on them.
            long t0 = System.nanoTime();
            long[] targetTime = new long[2];
            java.util.concurrent.CompletableFuture<Snapshot> targetSnapshot = java.util.concurrent.CompletableFuture
                    .supplyAsync(() -> {
                        targetTime[0] = System.nanoTime();
                        Snapshot s = Drift.capture(targetDs, CaptureOptions.defaults());
                        targetTime[1] = System.nanoTime();
                        return s;
                    });
            Snapshot built;
            long t1;
            long t2;
            long t3;
            try (ShadowDatabase.Instance db = shadow.open(ShadowTarget.none())) {
                t1 = System.nanoTime();
                Flyway.configure().configuration(configuration).dataSource(db.dataSource()).load().migrate();
                t2 = System.nanoTime();
                built = Drift.capture(db.dataSource(), CaptureOptions.defaults());
                t3 = System.nanoTime();
            }
            long t4 = System.nanoTime();
            Snapshot actual = targetSnapshot.join();
            long t5 = System.nanoTime();
            MigrationsSnapshot expected = new MigrationsSnapshot(built.toBuilder()
                    .remove(ObjectKind.TABLE, ObjectPath.of("public", "flyway_schema_history")).build(), List.of(),
                    "", db(), "flyway_schema_history");
            SchemaDiff diff = expected.diff(actual, DiffOptions.defaults());
            long t6 = System.nanoTime();
            differences = diff.size();
            if (rep >= 0) {
                add(phases, "shadowCreate", t0, t1);
                add(phases, "flywayMigrate", t1, t2);
                add(phases, "shadowSnapshot", t2, t3);
                add(phases, "shadowDrop", t3, t4);
                add(phases, "targetSnapshot", targetTime[0], targetTime[1]);
                add(phases, "diff", t5, t6);
                phases.get("driftOwn").add(((t3 - t2) + (targetTime[1] - targetTime[0]) + (t6 - t5)) / 1e6);
                // What Drift adds after the migrations ran: the shadow's snapshot, any wait for the target's, the diff.
                phases.get("afterMigrate").add(((t3 - t2) + (t5 - t4) + (t6 - t5)) / 1e6);
                phases.get("total").add((t6 - t0) / 1e6);
            }
        }
        Map<String, Object> live = new LinkedHashMap<>();
        phases.forEach((k, v) -> live.put(k, Stats.of(v)));
        live.put("differences", differences);
        r.put("shadowBuild", live);
        System.out.printf(Locale.ROOT, "shadow build per phase (median ms): create %.0f, Flyway migrate %.0f, shadow"
                        + " snapshot %.0f, drop %.0f, target snapshot %.0f (while the shadow migrates), diff %.1f;"
                        + " Drift's own %.0f [%.0f-%.0f], of it after the migrations ran %.0f; total %.0f;"
                        + " %d differences%n",
                median(live, "shadowCreate"), median(live, "flywayMigrate"), median(live, "shadowSnapshot"),
                median(live, "shadowDrop"), median(live, "targetSnapshot"), median(live, "diff"),
                median(live, "driftOwn"), ((Stats) live.get("driftOwn")).min(), ((Stats) live.get("driftOwn")).max(),
                median(live, "afterMigrate"), median(live, "total"), differences);

        // The whole library call once, for its end-to-end figure and to check it agrees.
        start = System.nanoTime();
        MigrationsDrift whole = FlywayMigrations.of(configuration).drift(targetDs, shadow);
        r.put("apiDriftMs", (System.nanoTime() - start) / 1e6);
        r.put("apiDriftDifferences", whole.diff().size());
        System.out.printf("FlywayMigrations.drift (all of it, once): %.0f ms, %d differences%n",
                (Double) r.get("apiDriftMs"), whole.diff().size());

        // Build once, check anywhere: the expected snapshot written, then the check read from it, in process.
        Path file = dir.resolve("expected-schema.json");
        whole.expected().write(file);
        r.put("expectedFileBytes", Files.size(file));
        List<Double> read = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        List<Double> statusRead = new ArrayList<>();
        List<Double> capture = new ArrayList<>();
        String status = null;
        FlywayMigrations flyway = FlywayMigrations.of(configuration);
        for (int rep = -Math.max(2, warmup); rep < reps; rep++) {
            long s0 = System.nanoTime();
            flyway.status(targetDs);
            long s1 = System.nanoTime();
            Drift.capture(targetDs, CaptureOptions.defaults());
            long s2 = System.nanoTime();
            if (rep >= 0) {
                statusRead.add((s1 - s0) / 1e6);
                capture.add((s2 - s1) / 1e6);
            }
            long a = System.nanoTime();
            MigrationsSnapshot prebuilt = MigrationsSnapshot.read(file);
            long b = System.nanoTime();
            CheckReport report = CheckRunner.builder()
                    .checks(FlywayChecks.drift(configuration).expected(prebuilt).build()).build().run(targetDs);
            long c = System.nanoTime();
            status = report.status() + ", " + report.findings().size() + " findings";
            if (rep >= 0) {
                read.add((b - a) / 1e6);
                check.add((c - a) / 1e6);
            }
        }
        Map<String, Object> prebuiltFigures = new LinkedHashMap<>();
        prebuiltFigures.put("readMs", Stats.of(read));
        prebuiltFigures.put("checkMs", Stats.of(check));
        prebuiltFigures.put("flywayStatusAloneMs", Stats.of(statusRead));
        prebuiltFigures.put("targetSnapshotAloneMs", Stats.of(capture));
        prebuiltFigures.put("result", status);
        r.put("prebuiltCheck", prebuiltFigures);
        Stats c = Stats.of(check);
        System.out.printf(Locale.ROOT, "check from the prebuilt snapshot (%,d bytes), in process: median %.0f ms"
                        + " [%.0f-%.0f], of which reading the file %.0f ms; %s (alone: Flyway's info and validate"
                        + " %.0f ms, the target's snapshot %.0f ms)%n", Files.size(file), c.median(), c.min(), c.max(),
                Stats.of(read).median(), status, Stats.of(statusRead).median(), Stats.of(capture).median());
        r.put("loadAverageAfter", Bench.Machine.loadAverage());
        return r;
    }

    private String db() {
        return "temporary database on localhost:" + server.port();
    }

    private static void add(Map<String, List<Double>> phases, String name, long from, long to) {
        phases.get(name).add((to - from) / 1e6);
    }

    private static double median(Map<String, Object> m, String key) {
        return ((Stats) m.get(key)).median();
    }

    /** The generated schema as a set of Flyway migrations. */
    static final class MigrationSet {

        private MigrationSet() {
        }

        /**
         * @return {@code count} migrations: the prelude (schemas, types, functions, sequences) first, the dependents
         *         (views, materialized views, triggers) last, the tables in between in order, split at statements
         */
        static List<String> split(GeneratedSchema schema, int count) {
            if (count < 3) {
                throw new IllegalArgumentException("At least 3 migrations: the prelude, the tables, the dependents");
            }
            List<String> batches = schema.batches();
            List<String> tables = new ArrayList<>();
            for (String batch : batches.subList(1, batches.size() - 1)) {
                tables.addAll(statements(batch));
            }
            List<String> out = new ArrayList<>();
            out.add(batches.get(0));
            int chunks = count - 2;
            // Each table's CREATE TABLE comes with its own indexes, comments and keys after it: cut only before a
            // CREATE TABLE, so that a migration never refers to a table a later one creates.
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < tables.size(); i++) {
                if (tables.get(i).stripLeading().startsWith("CREATE TABLE")) {
                    starts.add(i);
                }
            }
            for (int c = 0; c < chunks; c++) {
                int from = starts.get(c * starts.size() / chunks);
                int to = c + 1 == chunks ? tables.size() : starts.get((c + 1) * starts.size() / chunks);
                out.add(String.join("\n", tables.subList(from, to)) + "\n");
            }
            out.add(batches.get(batches.size() - 1));
            return out;
        }

        /** Splits SQL at semicolons outside quotes and {@code $$} bodies. */
        static List<String> statements(String sql) {
            List<String> out = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            boolean quoted = false;
            boolean dollar = false;
            for (int i = 0; i < sql.length(); i++) {
                char ch = sql.charAt(i);
                current.append(ch);
                if (!quoted && ch == '$' && i + 1 < sql.length() && sql.charAt(i + 1) == '$') {
                    dollar = !dollar;
                    current.append('$');
                    i++;
                } else if (!dollar && ch == '\'') {
                    quoted = !quoted;
                } else if (!quoted && !dollar && ch == ';') {
                    String s = current.toString().strip();
                    if (!s.isEmpty()) {
                        out.add(s);
                    }
                    current.setLength(0);
                }
            }
            if (!current.toString().isBlank()) {
                out.add(current.toString().strip());
            }
            return out;
        }

        static void write(List<String> migrations, Path dir) throws IOException {
            if (Files.isDirectory(dir)) {
                try (var old = Files.list(dir)) {
                    for (Path p : old.toList()) {
                        Files.delete(p);
                    }
                }
            }
            Files.createDirectories(dir);
            for (int i = 0; i < migrations.size(); i++) {
                Files.writeString(dir.resolve(String.format(Locale.ROOT, "V%d__part_%d.sql", i + 1, i + 1)),
                        migrations.get(i));
            }
        }
    }
}
