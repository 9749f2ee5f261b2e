package io.drift.examples;

import io.drift.cli.DriftCli;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * The one-command demo ({@code bin/demo}): a shop's Flyway migrations, a production-like database that drifted from
 * them, and {@code drift check} finding how, the way a team runs it before a deploy.
 *
 * <p>The story, all of it real: an embedded PostgreSQL server; the migrations V1 to V4
 * ({@code src/main/resources/io/drift/examples/demo/db/migration}); a database {@code shop} migrated by Flyway to V3
 * only, then changed by hand ({@code production-changes.sql}: an index dropped during an incident, a table made for
 * marketing). Drift's command line then runs on it with a {@code drift.yaml}, through {@link DriftCli#run}, the same
 * code as {@code bin/drift}, in this process, and finds the four problems:
 * <ul>
 *   <li>V4 pending ({@code flyway.status}: {@code FLYWAY-PENDING});</li>
 *   <li>the dropped index, and V4's column, missing from what the migrations build ({@code flyway.drift}:
 *       {@code FLYWAY-DRIFT-MISSING}), the migrations built in a temporary database on the same server;</li>
 *   <li>the hand-made table, which no migration creates ({@code FLYWAY-DRIFT-UNEXPECTED});</li>
 *   <li>a foreign key no migration ever indexed ({@code pg.fk-without-index}: {@code PG-FK-WITHOUT-INDEX}).</li>
 * </ul>
 * Its files are written under {@code target/demo} (the working directory is {@code examples/}).
 */
public final class Demo {

    private static final String RESOURCES = "/io/drift/examples/demo/";
    /** The migrations, in order; V4 is the release not deployed yet. */
    static final List<String> MIGRATIONS = List.of("V1__create_users.sql", "V2__create_orders.sql",
            "V3__create_order_items.sql", "V4__add_users_last_login.sql");
    /** What production has been migrated to. */
    static final String DEPLOYED = "3";
    static final String PRODUCTION_CHANGES = "production-changes.sql";

    private Demo() {
    }

    /**
     * @param args ignored
     * @throws Exception when the demo itself cannot run (not when Drift finds problems: that is the point)
     */
    public static void main(String... args) throws Exception {
        int code = run(System.out, System.err);
        // 1 is what the demo expects: checks failed. Anything else means the demo did not show what it should.
        System.exit(code == 1 ? 0 : 1);
    }

    /**
     * @param out where the commands and their reports go (stdout for {@code bin/demo})
     * @param err where their progress and errors go
     * @return the exit code of {@code drift check}
     */
    static int run(PrintStream out, PrintStream err) throws IOException, SQLException {
        long start = System.nanoTime();
        // bin/demo and the build run in examples/, so the commands print short paths (target/demo/drift.yaml).
        Path target = Path.of("target");
        boolean inBuildDir = Files.isDirectory(target);
        Path work = inBuildDir ? target.resolve("demo") : Files.createTempDirectory("drift-demo");
        try {
            deleteQuietly(work.resolve("db"));
            // (Not createDirectories' result, which may be absolute: the commands print paths as given.)
            Path migrations = work.resolve("db").resolve("migration");
            Files.createDirectories(migrations);
            for (String migration : MIGRATIONS) {
                Files.writeString(migrations.resolve(migration), resource("db/migration/" + migration));
            }
            Path changes = work.resolve(PRODUCTION_CHANGES);
            Files.writeString(changes, resource(PRODUCTION_CHANGES));

            note(out, "Drift demo: a shop's Flyway migrations, and a production database that drifted from them.");
            note(out, "Starting an embedded PostgreSQL server ...");
            try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    // A throwaway server: durability buys nothing and costs seconds.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start()) {
                note(out, "PostgreSQL is up on port " + postgres.getPort() + " (" + elapsed(start) + ").");
                out.println();
                note(out, "The migrations, in " + migrations + ":");
                note(out, "  V1 users; V2 orders (a foreign key to users, two indexes); V3 order_items (a foreign key"
                        + " to orders);");
                note(out, "  V4 a column users.last_login_at, for the release about to go out.");
                DataSource shop = createProduction(postgres, migrations, changes);
                note(out, "Production (database shop) is migrated to V" + DEPLOYED + ". Since then, by hand ("
                        + changes + "):");
                note(out, "  orders_created_at_idx was dropped during an incident, and promo_codes created for"
                        + " marketing.");

                String url = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop";
                Path config = work.resolve("drift.yaml");
                Files.writeString(config, driftYaml(url, migrations));
                out.println();
                note(out, "Before deploying V4, the team checks production with this drift.yaml:");
                out.println();
                out.print(Files.readString(config));
                // The embedded server trusts local connections, so no password is needed; HOME points at the demo's
                // directory so that no ~/.pgpass or flyway.conf of the person running the demo is read.
                Map<String, String> env = Map.of("HOME", work.toAbsolutePath().toString());
                int code = drift(out, err, env, "check", "--config", config.toString());
                out.println();
                note(out, "Exit code " + code + ": " + meaning(code) + ".");
                note(out, "The four problems, by their codes (each explained in docs/checks.md):");
                note(out, "  FLYWAY-PENDING           V4 is not applied yet: the deploy will run it.");
                note(out, "  FLYWAY-DRIFT-MISSING     orders_created_at_idx, which V2 creates, is gone: the incident."
                        + " (last_login_at is V4's.)");
                note(out, "  FLYWAY-DRIFT-UNEXPECTED  promo_codes: no migration creates it, so a database rebuilt"
                        + " from them lacks it.");
                note(out, "  PG-FK-WITHOUT-INDEX      order_items.order_id has no index (V3 forgot it): deleting an"
                        + " order scans order_items.");
                note(out, "                           A warning: alone, it passes; --fail-on warning fails on it.");
                note(out, "One side at a time: drift migrations status, drift migrations diff (docs/cli.md).");
                note(out, "Demo took " + elapsed(start) + ".");
                return code;
            }
        } finally {
            if (!inBuildDir) {
                deleteQuietly(work);
            }
        }
    }

    /** The database {@code shop}: migrated by Flyway to {@link #DEPLOYED}, then changed by hand. */
    private static DataSource createProduction(EmbeddedPostgres postgres, Path migrations, Path changes)
            throws IOException, SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE shop");
        }
        DataSource shop = postgres.getDatabase("postgres", "shop");
        Flyway.configure()
                .dataSource(shop)
                .locations("filesystem:" + migrations.toAbsolutePath())
                .target(DEPLOYED)
                .load()
                .migrate();
        try (Connection c = shop.getConnection(); Statement s = c.createStatement()) {
            s.execute(Files.readString(changes));
        }
        return shop;
    }

    private static String driftYaml(String url, Path migrations) {
        String location = "filesystem:" + migrations;
        return "# drift.yaml: what production must be.\n"
                + "database:\n"
                + "  url: " + url + "\n"
                + "  user: postgres\n"
                + "checks:\n"
                + "  flyway.status:                   # the history against the migrations: nothing pending or failed\n"
                + "    locations: [" + location + "]\n"
                + "  flyway.drift:                    # the schema against what the migrations build\n"
                + "    enabled: true\n"
                + "    locations: [" + location + "]\n"
                + "    shadow: temporary              # built in a temporary database on the same server\n"
                + "# The pg.* health checks (foreign keys without an index, …) are on by default.\n";
    }

    private static int drift(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        out.println();
        out.println("$ drift " + String.join(" ", args));
        out.flush();
        return DriftCli.run(env, out, err, args);
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Demo.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new IOException("The demo's " + name + " is missing from the class path.");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String meaning(int code) {
        switch (code) {
            case 0:
                return "every check passed: the demo should have found problems";
            case 1:
                return "a check failed (0: all passed; 2: usage error; 3: a check could not run)";
            case 2:
                return "usage error";
            default:
                return "a check could not run";
        }
    }

    private static void note(PrintStream out, String line) {
        out.println("# " + line);
        out.flush();
    }

    private static String elapsed(long start) {
        return String.format("%.1f s", (System.nanoTime() - start) / 1e9);
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A directory left behind is harmless.
        }
    }
}
