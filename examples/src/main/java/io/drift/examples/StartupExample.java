package io.drift.examples;

import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.check.CheckReport;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.config.DriftConfig;
import io.drift.core.report.RenderContext;
import io.drift.reporting.Renderers;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;

/**
 * An application that will not start on a database that is not what its code expects.
 *
 * <p>The shop's database is migrated by Flyway ({@code io/drift/examples/startup/db/migration}: users, orders and
 * their lines with foreign keys and their indexes, reference data), and before taking traffic the application runs the
 * startup guard configured by {@code io/drift/examples/startup/drift.yaml} on its class path: the tables the code
 * queries, a row floor for the reference data, Flyway's status, the drift from what the migrations build (against the
 * snapshot of it shipped in the application, so no shadow database is built at start-up), and the {@code pg.*} health
 * checks that are on by default (found on the class path, as every check provider is).
 *
 * <p>The story, in one run: the guard passes on the freshly migrated database; then the database drifts the ways
 * databases do (a copy of a table made by hand, an index dropped for a bulk import and never recreated, the last
 * migration rolled back by hand in an incident, so it is pending again), and the guard refuses to start with its
 * report. Run it with nothing installed but a JDK (it starts its own embedded PostgreSQL):
 *
 * <pre class="language-sh">{@code
 * bin/example startup
 * }</pre>
 *
 * <p><b>The shipped snapshot.</b> {@code io/drift/examples/startup/expected-schema.json} is what the migrations build
 * from an empty database, with their checksums, committed next to them as a team commits a baseline, so that a review
 * shows what a new migration does to the schema. When the migrations change, the {@code flyway.drift} check reports
 * the snapshot stale ({@code FLYWAY-SNAPSHOT-STALE}) instead of false drift; {@code StartupExampleIT} rebuilds it with
 * {@code -Ddrift.updateBaselines=true}, as {@code drift migrations snapshot --output FILE} does from the command line.
 */
public final class StartupExample {

    /** Where the application's migrations are, as Flyway names it. */
    public static final String MIGRATIONS = "classpath:io/drift/examples/startup/db/migration";
    /** The guard's configuration, on the class path. */
    public static final String CONFIG = "io/drift/examples/startup/drift.yaml";
    /** The snapshot of what the migrations build, on the class path. */
    public static final String EXPECTED_SCHEMA = "io/drift/examples/startup/expected-schema.json";

    private StartupExample() {
    }

    /**
     * Runs the story on an embedded PostgreSQL.
     *
     * @param args ignored
     * @throws Exception when the example itself cannot run
     */
    public static void main(String... args) throws Exception {
        int code;
        try (ExampleServer server = ExampleServer.start()) {
            code = run(server.createDatabase("shop"), System.out);
        }
        // 0 when the guard passed on the fresh database and refused the drifted one, as the example intends.
        System.exit(code);
    }

    /**
     * @param dataSource an empty database
     * @param out        where the story and the reports go
     * @return 0 when the guard passed, then refused the drifted database; 1 otherwise
     */
    static int run(DataSource dataSource, PrintStream out) {
        note(out, "The application migrates its database with Flyway (" + MIGRATIONS + ") ...");
        Flyway flyway = migrate(dataSource);
        note(out, "Applied " + flyway.info().applied().length + " migrations. Starting: the startup guard runs "
                + "classpath:" + CONFIG + " first.");
        CheckReport passed;
        try {
            passed = startApplication(dataSource);
        } catch (ChecksFailedException e) {
            out.println(e.getMessage());
            note(out, "The guard refused the freshly migrated database: the example is broken.");
            return 1;
        }
        out.println(Renderers.text().renderToString(passed, RenderContext.of("classpath:" + CONFIG, "the shop's database")));
        note(out, "The application starts. Months later, its database has drifted:");
        note(out, "  a copy of the orders made by hand before a risky fix (orders_backup), never dropped;");
        note(out, "  the index of orders.user_id dropped to speed up a bulk import, never recreated;");
        note(out, "  the last migration (V4) rolled back by hand in an incident, so it is pending again.");
        driftTheWaysTeamsDo(dataSource);
        note(out, "The next deploy starts the application:");
        try {
            startApplication(dataSource);
            note(out, "The guard let the drifted database through: the example is broken.");
            return 1;
        } catch (ChecksFailedException e) {
            out.println(e.getMessage());
            note(out, "The application refused to start (" + e.getClass().getSimpleName() + "), with the report"
                    + " above.");
            return 0;
        }
    }

    /**
     * What the application does first: apply its migrations.
     *
     * @param dataSource the application's database
     * @return the application's Flyway
     */
    public static Flyway migrate(DataSource dataSource) {
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load();
        flyway.migrate();
        return flyway;
    }

    /**
     * What the application does next, before it takes traffic: the startup guard from {@code drift.yaml}.
     *
     * @param dataSource the application's database
     * @return the report, when every check passed (warnings included)
     * @throws ChecksFailedException whose message is the text report, when a check failed or could not run
     */
    public static CheckReport startApplication(DataSource dataSource) {
        // [startup-guard]
        DriftConfig config;
        try (InputStream yaml = StartupExample.class.getClassLoader().getResourceAsStream(CONFIG)) {
            if (yaml == null) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, CONFIG + " is not on the class path.");
            }
            config = DriftConfig.load(yaml, "classpath:" + CONFIG);   // a mistake: the line, column and the fix
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CheckReport report = Drift.guard(dataSource)
                .config(config)           // required tables, row floors, flyway.status, flyway.drift, fail-on
                .description("the shop's database")
                .build()                  // with every check on the class path: the pg.* health checks too
                .run();                   // throws ChecksFailedException, the text report as its message
        // [startup-guard]
        return report;
    }

    /**
     * Drifts the database as teams do, each change the way it usually happens.
     *
     * @param dataSource the application's database
     */
    public static void driftTheWaysTeamsDo(DataSource dataSource) {
        execute(dataSource, """
                -- A table made by hand: a copy of the orders before a risky fix, never dropped.
                CREATE TABLE orders_backup AS SELECT * FROM orders;
                -- An index dropped to speed up a bulk import, never recreated.
                DROP INDEX orders_user_id_idx;
                -- The last migration rolled back by hand in an incident: its change undone, its history row deleted.
                ALTER TABLE users DROP COLUMN display_name;
                DELETE FROM flyway_schema_history WHERE version = '4';
                """);
    }

    static void execute(DataSource dataSource, String sql) {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("The example's SQL failed: " + e.getMessage(), e);
        }
    }

    private static void note(PrintStream out, String line) {
        out.println("# " + line);
        out.flush();
    }
}
