package io.drift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code drift migrations …} end to end: the shaded jar in its own process against a real PostgreSQL, with migrations
 * on disk. The jar has no embedded PostgreSQL, so the shadow database is a temporary one on the server, and every
 * test checks that it is gone.
 */
class MigrationsCommandIT {

    private static final String V1 = """
            CREATE TABLE "Customers" (id bigint PRIMARY KEY, "e-mail" text NOT NULL);
            CREATE INDEX customers_email_idx ON "Customers" ("e-mail");
            """;
    private static final String V2 = """
            CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES "Customers" (id));
            """;
    private static final String V3 = """
            CREATE TABLE "café" (name text PRIMARY KEY);
            """;

    @TempDir
    Path dir;
    Path migrations;
    TestDatabase db;

    record Result(int exitCode, String out, String err) {
    }

    @BeforeEach
    void setUp() throws Exception {
        db = TestPostgres.start().newDatabase();
        migrations = Files.createDirectories(dir.resolve("db/migration"));
        Files.writeString(migrations.resolve("V1__customers.sql"), V1);
        Files.writeString(migrations.resolve("V2__orders.sql"), V2);
    }

    @AfterEach
    void noShadowIsLeft() throws Exception {
        try {
            assertThat(shadowDatabases()).as("shadow databases left on the server").isZero();
        } finally {
            db.close();
        }
    }

    private int shadowDatabases() throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'drift_shadow_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private ProcessBuilder process(String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(CommandLineIT.BIN_DRIFT_JVM_OPTIONS);
        command.add("-jar");
        command.add(jar().toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(k -> k.startsWith("DRIFT_") || k.startsWith("PG") || k.startsWith("FLYWAY_"));
        environment.put("HOME", dir.toString());
        environment.put("DRIFT_USER", db.user());
        environment.put("DRIFT_URL", db.jdbcUrl());
        return builder;
    }

    private Result drift(String... args) throws Exception {
        ProcessBuilder builder = process(args);
        File stdout = dir.resolve("stdout").toFile();
        File stderr = dir.resolve("stderr").toFile();
        Process p = builder.redirectOutput(stdout).redirectError(stderr).start();
        p.getOutputStream().close();
        assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("drift finished in time").isTrue();
        return new Result(p.exitValue(), Files.readString(stdout.toPath()), Files.readString(stderr.toPath()));
    }

    private static Path jar() {
        String jar = System.getProperty("drift.cli.jar", "target/drift.jar");
        assertThat(Path.of(jar)).as("the shaded jar (built in the package phase)").exists();
        return Path.of(jar).toAbsolutePath();
    }

    private void migrate(String... versions) throws Exception {
        Result r = drift("migrations", "apply", "--yes", "--skip-drift", "--locations", "filesystem:db/migration");
        assertThat(r.exitCode()).as(r.err()).isZero();
    }

    @Test
    void status_exits_1_while_something_is_pending_and_0_once_applied() throws Exception {
        Result before = drift("migrations", "status", "--locations", "filesystem:db/migration");

        assertThat(before.exitCode()).as(before.err()).isEqualTo(1);
        assertThat(before.out()).contains("FLYWAY-NO-HISTORY").contains("fix: Migrate the database (flyway migrate)");

        migrate();
        Files.writeString(migrations.resolve("V3__cafe.sql"), V3);
        Result pending = drift("migrations", "status", "--locations", "filesystem:db/migration");

        assertThat(pending.exitCode()).isEqualTo(1);
        assertThat(pending.out()).contains("FLYWAY-PENDING  V3 \"cafe\" (V3__cafe.sql) is not applied (the database"
                + " is at V2).").contains("fix (command): flyway migrate");
        assertThat(pending.err()).contains("1 migration pending.");

        migrate();
        Result after = drift("migrations", "status", "--locations", "filesystem:db/migration", "--format", "json");
        assertThat(after.exitCode()).as(after.out()).isZero();
        assertThat(after.out()).contains("\"status\": \"passed\"").contains("\"id\": \"flyway.status\"");
    }

    @Test
    void flyway_toml_in_the_working_directory_configures_the_locations() throws Exception {
        Files.writeString(dir.resolve("flyway.toml"), "[flyway]\nlocations = [\"filesystem:db/migration\"]\n");

        Result status = drift("migrations", "status");

        assertThat(status.out()).contains("2 migrations (V1, V2)");
        Files.delete(dir.resolve("flyway.toml"));
        Result none = drift("migrations", "status");
        assertThat(none.err()).contains("drift: warning: Flyway found no migration in classpath:db/migration. Name"
                + " them with --locations filesystem:path/to/migrations (or in flyway.toml).");
    }

    @Test
    void diff_exits_0_without_drift_and_1_with_it() throws Exception {
        migrate();
        Result clean = drift("migrations", "diff", "--locations", "filesystem:db/migration");
        assertThat(clean.exitCode()).as(clean.err()).isZero();
        assertThat(clean.err()).contains("No drift: the database is what the migrations build.");

        db.execute("CREATE TABLE by_hand (id int); DROP INDEX customers_email_idx;"
                + " ALTER TABLE orders ALTER COLUMN customer_id TYPE int");
        Result drifted = drift("migrations", "diff", "--locations", "filesystem:db/migration", "--format", "json");

        assertThat(drifted.exitCode()).as(drifted.err()).isEqualTo(1);
        assertThat(drifted.out()).contains("\"path\": \"public.by_hand\"", "\"type\": \"unexpected\"",
                "\"path\": \"public.Customers/customers_email_idx\"", "\"type\": \"missing\"",
                "\"path\": \"public.orders.customer_id\"", "\"type\": \"changed\"");
        assertThat(drifted.err()).contains("Drift from the migrations: 3 differences");
    }

    @Test
    void a_migration_that_fails_from_empty_exits_3_naming_it_and_the_error() throws Exception {
        Files.writeString(migrations.resolve("V3__regions.sql"), "ALTER TABLE regions ADD COLUMN code text;\n");

        Result r = drift("migrations", "diff", "--locations", "filesystem:db/migration");

        assertThat(r.exitCode()).isEqualTo(3);
        assertThat(r.err().lines().filter(l -> l.startsWith("drift: error:")).toList()).singleElement()
                .asString().startsWith("drift: error: The migrations do not build from an empty database: V3"
                        + " \"regions\" (V3__regions.sql) fails in the shadow database (temporary database"
                        + " drift_shadow_")
                .contains("ERROR: relation \"regions\" does not exist [SQLState 42P01], in: ALTER TABLE regions ADD"
                        + " COLUMN code text.");
        assertThat(r.err()).doesNotContain("\tat ", "Exception");
    }

    @Test
    void a_snapshot_built_once_is_checked_anywhere_until_the_migrations_change() throws Exception {
        migrate();
        Path expected = Files.createDirectories(dir.resolve("out")).resolve("expected-schema.json");

        Result built = drift("migrations", "snapshot", "--output", "out/expected-schema.json", "--locations",
                "filesystem:db/migration", "--shadow-server", db.server().jdbcUrl("postgres"));
        assertThat(built.exitCode()).as(built.err()).isZero();
        assertThat(Files.readString(expected)).startsWith("{\n  \"format\" : \"drift-flyway-expected-schema\"");

        Result same = drift("migrations", "diff", "--expected", expected.toString(), "--locations",
                "filesystem:db/migration");
        assertThat(same.exitCode()).as(same.err()).isZero();

        Files.writeString(migrations.resolve("V2__orders.sql"), V2 + "-- edited\n");
        Result stale = drift("migrations", "diff", "--expected", expected.toString(), "--locations",
                "filesystem:db/migration");
        assertThat(stale.exitCode()).isEqualTo(3);
        assertThat(stale.err()).contains("drift: error: The expected snapshot is stale: it was built from other"
                + " migrations than those in the code (V2 \"orders\" changed (checksum ");
    }

    @Test
    void compare_lists_what_one_database_has_applied_and_the_other_not() throws Exception {
        migrate();
        try (TestDatabase other = db.server().newDatabase()) {
            Files.writeString(migrations.resolve("V3__cafe.sql"), V3);
            Result migrated = drift("migrations", "apply", "--yes", "--skip-drift", "--url", other.jdbcUrl(),
                    "--locations", "filesystem:db/migration");
            assertThat(migrated.exitCode()).as(migrated.err()).isZero();

            Result r = drift("migrations", "compare", db.jdbcUrl(), other.jdbcUrl());

            assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
            assertThat(r.out()).contains("only in B  V3 \"cafe\" is applied in B, not in A")
                    .contains("1 difference.");
            Result same = drift("migrations", "compare", other.jdbcUrl(), other.jdbcUrl(), "--format", "json");
            assertThat(same.exitCode()).isZero();
            assertThat(same.out()).contains("\"differences\" : [ ]");
        }
    }

    @Test
    void check_builds_the_flyway_drift_shadow_in_a_temporary_database_on_the_target_server() throws Exception {
        migrate();
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("DROP INDEX customers_email_idx; CREATE TABLE made_by_hand (id int PRIMARY KEY)");
        }
        // The jar has no embedded PostgreSQL, so the default shadow (auto) is a temporary database on the server
        // drift check connects to, as it is with shadow: temporary.
        for (String shadow : List.of("", "    shadow: temporary\n")) {
            Files.writeString(dir.resolve("drift.yaml"), "checks:\n  flyway.drift:\n    enabled: true\n"
                    + "    locations: [filesystem:db/migration]\n" + shadow);

            Result r = drift("check", "--only", "flyway.drift");

            assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
            assertThat(r.out()).contains("FAILED   flyway.drift")
                    .contains("FLYWAY-DRIFT-MISSING  index public.Customers/customers_email_idx is missing")
                    .contains("FLYWAY-DRIFT-UNEXPECTED  table public.made_by_hand is not created by any migration");
        }
    }

    @Test
    void apply_without_a_terminal_needs_yes_and_applies_nothing_without_it() throws Exception {
        Result refused = drift("migrations", "apply", "--locations", "filesystem:db/migration");

        assertThat(refused.exitCode()).isEqualTo(2);
        assertThat(refused.err()).contains("there is no terminal to ask on: pass --yes");
        assertThat(drift("migrations", "status", "--locations", "filesystem:db/migration").out())
                .contains("FLYWAY-NO-HISTORY");

        Result applied = drift("migrations", "apply", "--yes", "--locations", "filesystem:db/migration");

        assertThat(applied.exitCode()).as(applied.err()).isZero();
        assertThat(applied.err()).contains("Pending on ").contains("  V1 \"customers\" (V1__customers.sql)")
                .contains("Applied V1, V2 in ");
        assertThat(applied.out()).contains("PASSED   flyway.status").contains("PASSED   flyway.drift");
    }

    @Test
    void apply_asks_on_a_terminal_and_does_what_the_answer_says() throws Exception {
        String command = String.join(" ", process("migrations", "apply", "--skip-drift", "--locations",
                "filesystem:db/migration").command().stream().map(a -> "'" + a + "'").toList());

        Result no = onTerminal(command, "n\n");
        assertThat(no.out()).contains("Apply 2 migrations to ").contains("[y/N]").contains("Nothing applied.");
        assertThat(no.exitCode()).isEqualTo(1);

        Result yes = onTerminal(command, "y\n");
        assertThat(yes.out()).contains("Applied V1, V2 in ");
        assertThat(yes.exitCode()).isZero();
    }

    /** Runs a command on a pseudo-terminal (util-linux script), typing {@code input} at it. */
    private Result onTerminal(String command, String input) throws Exception {
        ProcessBuilder builder = process();
        builder.command("script", "-qec", command, "/dev/null");
        File out = dir.resolve("terminal").toFile();
        Process p = builder.redirectErrorStream(true).redirectOutput(out).start();
        Thread.sleep(3000);   // let it reach the prompt; script forwards what is typed
        p.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().flush();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Result(p.exitValue(), Files.readString(out.toPath()), "");
    }

    @Test
    void ctrl_c_while_migrations_run_in_the_shadow_drops_it() throws Exception {
        Files.writeString(migrations.resolve("V3__slow.sql"), "SELECT pg_sleep(120);\n");
        Process p = process("migrations", "diff", "--locations", "filesystem:db/migration")
                .redirectOutput(dir.resolve("out").toFile()).redirectError(dir.resolve("err").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (shadowDatabases() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(shadowDatabases()).as("the shadow was made").isEqualTo(1);
        Thread.sleep(1500);   // into the slow migration

        new ProcessBuilder("kill", "-INT", Long.toString(p.pid())).start().waitFor();

        assertThat(p.waitFor(60, TimeUnit.SECONDS)).as("drift stopped").isTrue();
        assertThat(p.exitValue()).isEqualTo(130);
        // noShadowIsLeft() checks the rest.
    }
}
