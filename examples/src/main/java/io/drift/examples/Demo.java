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
import java.util.Map;

/**
 * The one-command demo ({@code bin/demo}): starts a real, embedded PostgreSQL, creates two databases from two DDL
 * scripts that differ the way production drifts from the migrations, and runs the drift command line on them, the
 * way a team would: {@code drift snapshot} of the expected schema into a file, then {@code drift diff} of that file
 * against the live database.
 *
 * <p>Nothing is mocked: the server is a PostgreSQL process, the scripts are executed by it, and the commands go
 * through {@link DriftCli#run}, the same code as {@code bin/drift}, in this process.
 */
public final class Demo {

    private static final String SCRIPTS = "/io/drift/examples/demo/";

    private Demo() {
    }

    /**
     * @param args ignored
     * @throws Exception when the demo itself cannot run (not when drift is found: that is the point)
     */
    public static void main(String... args) throws Exception {
        int code = run(System.out, System.err);
        // 1 is what the demo expects: drift found. Anything else means the demo did not show what it should.
        System.exit(code == 1 ? 0 : 1);
    }

    /**
     * @param out where the commands and their reports go (stdout for {@code bin/demo})
     * @param err where their progress and errors go
     * @return the exit code of {@code drift diff}
     */
    static int run(PrintStream out, PrintStream err) throws IOException, SQLException {
        long start = System.nanoTime();
        // bin/demo runs in examples/, so the commands print short paths (target/demo/expected.json).
        Path target = Path.of("target");
        boolean inBuildDir = Files.isDirectory(target);
        Path work = inBuildDir ? Files.createDirectories(target.resolve("demo")) : Files.createTempDirectory("drift-demo");
        note(out, "Starting an embedded PostgreSQL server ...");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                // A throwaway server: durability buys nothing and costs seconds.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start()) {
            note(out, "PostgreSQL is up on port " + postgres.getPort() + " (" + elapsed(start) + ").");
            createDatabase(out, postgres, "shop_expected", "v1-expected.sql");
            createDatabase(out, postgres, "shop_actual", "v2-actual.sql");

            String expectedUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop_expected";
            String actualUrl = "jdbc:postgresql://localhost:" + postgres.getPort() + "/shop_actual";
            // The embedded server trusts local connections, so no password is needed; HOME points at the demo's
            // directory so that no ~/.pgpass of the person running the demo is read.
            Map<String, String> env = Map.of("DRIFT_USER", "postgres", "HOME", work.toString());
            Path snapshot = work.resolve("expected.json");

            int snapshotCode = drift(out, err, env, "snapshot", "--url", expectedUrl, "--output", snapshot.toString());
            if (snapshotCode != 0) {
                note(out, "drift snapshot failed with exit code " + snapshotCode + "; see above.");
                return snapshotCode;
            }
            note(out, "The snapshot file has " + Files.readAllLines(snapshot).size() + " lines: commit it next to"
                    + " the migrations. Now compare it with the live database:");

            int diffCode = drift(out, err, env, "diff", snapshot.toString(), actualUrl);
            note(out, "drift diff exited with " + diffCode + " (" + meaning(diffCode) + "). Demo took "
                    + elapsed(start) + ".");
            return diffCode;
        } finally {
            if (!inBuildDir) {
                deleteQuietly(work);
            }
        }
    }

    private static int drift(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
        out.println();
        out.println("$ drift " + String.join(" ", args));
        out.flush();
        return DriftCli.run(env, out, err, args);
    }

    private static void createDatabase(PrintStream out, EmbeddedPostgres postgres, String name, String script)
            throws IOException, SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        String ddl;
        try (InputStream in = Demo.class.getResourceAsStream(SCRIPTS + script)) {
            if (in == null) {
                throw new IOException("The demo script " + script + " is missing from the class path.");
            }
            ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = postgres.getDatabase("postgres", name).getConnection(); Statement s = c.createStatement()) {
            s.execute(ddl);
        }
        note(out, "Created database " + name + " from " + script + ".");
    }

    private static String meaning(int code) {
        switch (code) {
            case 0:
                return "no drift";
            case 1:
                return "drift found, as this demo intends";
            case 2:
                return "usage error";
            default:
                return "could not run";
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
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // A temporary directory left behind is harmless.
        }
    }
}
