package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.core.diff.Severity;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationState;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(PostgresExtension.class)
class MigrationStatusIT {

    private static CheckResult runStatus(TestDatabase db, Flyway flyway) {
        CheckReport report = CheckRunner.builder().checks(FlywayChecks.status(flyway)).build().run(db.dataSource());
        return report.result(FlywayChecks.STATUS).orElseThrow();
    }

    private static List<Finding> findings(TestDatabase db, Flyway flyway, String code) {
        return runStatus(db, flyway).findings().stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void a_database_migrated_with_the_sample_has_no_finding(TestDatabase db) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();

        CheckResult result = runStatus(db, flyway);

        assertThat(result.findings()).isEmpty();
        assertThat(result.status()).isEqualTo(Status.PASSED);
        assertThat(result.summary()).isEqualTo("public.flyway_schema_history at V4, 5 migrations in the code, none"
                + " pending");
        MigrationStatus status = FlywayMigrations.of(flyway).status(db.dataSource());
        assertThat(status.isUpToDate()).isTrue();
        assertThat(status.migrations()).extracting(MigrationEntry::type).contains("JDBC", "SQL");
    }

    @Test
    void pending_migrations_are_each_a_finding_with_how_to_apply_them(TestDatabase db) {
        Samples.configure(db.dataSource(), Samples.SAMPLE).target("2").load().migrate();
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        List<Finding> pending = findings(db, flyway, "FLYWAY-PENDING");

        assertThat(pending).extracting(Finding::message).containsExactly(
                "V3 \"Order statuses\" (io.drift.flyway.sample.java.V3__Order_statuses) is not applied (the database"
                        + " is at V2).",
                "V4 \"menu\" (sql/V4__menu.sql) is not applied (the database is at V2).");
        assertThat(pending).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.fix().type()).isEqualTo(Fix.Type.ACTION);
            assertThat(f.fix().text()).contains("flyway.migrate()");
        });
        assertThat(pending).extracting(Finding::property).containsExactly("3", "4");
        assertThat(runStatus(db, flyway).status()).isEqualTo(Status.FAILED);
    }

    @Test
    void a_missing_history_table_is_one_finding_not_one_per_migration(TestDatabase db) {
        db.execute("CREATE TABLE legacy (id int)");
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        CheckResult result = runStatus(db, flyway);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FLYWAY-NO-HISTORY");
            assertThat(f.message()).isEqualTo("There is no Flyway history table public.flyway_schema_history while"
                    + " the code holds 5 migrations (V1 to R order totals), none of them applied: Flyway has never"
                    + " migrated this database, or its history is elsewhere.");
            assertThat(f.fix().text()).contains("flyway.baseline()");
        });
        assertThat(result.summary()).isEqualTo("no history table public.flyway_schema_history");
    }

    @Test
    void reading_the_status_writes_nothing_not_even_when_a_callback_would(TestDatabase db) throws Exception {
        BaseCallback writer = new BaseCallback() {
            @Override
            public void handle(Event event, Context context) {
                try (Statement s = context.getConnection().createStatement()) {
                    s.execute("CREATE TABLE IF NOT EXISTS written_by_callback (id int)");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        Flyway flyway = Samples.configure(db.dataSource(), Samples.SAMPLE)
                .schemas("not_yet", "public").callbacks(writer).load();

        MigrationStatus status = FlywayMigrations.of(flyway).status(db.dataSource());

        assertThat(status.historyTable().exists()).isFalse();
        assertThat(status.historyTable().schema()).isEqualTo("not_yet");
        assertThat(status.pending()).hasSize(5);
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_namespace WHERE nspname = 'not_yet'),"
                     + " (SELECT count(*) FROM pg_class WHERE relname IN ('flyway_schema_history',"
                     + " 'written_by_callback')), current_setting('default_transaction_read_only')")) {
            rs.next();
            assertThat(rs.getInt(1)).as("schemas created").isZero();
            assertThat(rs.getInt(2)).as("tables created").isZero();
        }
    }

    @Test
    void the_connections_go_back_to_the_pool_writable(TestDatabase db) throws Exception {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        javax.sql.DataSource one = new SingleConnectionDataSource(db.connect());

        FlywayMigrations.of(flyway).status(one);

        try (Connection c = one.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT current_setting('default_transaction_read_only'),"
                     + " current_setting('statement_timeout')")) {
            rs.next();
            assertThat(rs.getString(1)).isEqualTo("off");
            assertThat(rs.getString(2)).isEqualTo("0");
        }
        ((SingleConnectionDataSource) one).reallyClose();
    }

    @Test
    void a_failed_migration_is_reported_with_the_repair_to_run(TestDatabase db) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        // A non-transactional migration that fails half-way leaves its row with success = false.
        db.execute("UPDATE flyway_schema_history SET success = false WHERE version = '4'");

        List<Finding> failed = findings(db, flyway, "FLYWAY-FAILED");

        assertThat(failed).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("V4 \"menu\" (sql/V4__menu.sql) failed on ");
            assertThat(f.fix().text()).contains("flyway.repair()");
        });
    }

    @Test
    void an_applied_migration_missing_from_the_code_is_found(TestDatabase db, @TempDir Path dir) throws Exception {
        Path sql = Samples.copySql(dir.resolve("sql"));
        Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA).migrate();
        Files.delete(sql.resolve("V2__orders.sql"));
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA);

        List<Finding> missing = findings(db, flyway, "FLYWAY-MISSING");

        assertThat(missing).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("V2 \"orders\" (V2__orders.sql) was applied on ")
                    .endsWith(" but is not in the code any more.");
            assertThat(f.property()).isEqualTo("2");
        });
    }

    @Test
    void a_database_ahead_of_the_code_is_a_warning(TestDatabase db) {
        Samples.flyway(db.dataSource(), Samples.SAMPLE, Samples.AHEAD).migrate();
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        CheckResult result = runStatus(db, flyway);

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FLYWAY-AHEAD");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.message()).isEqualTo("The database has V5 \"audit\" (V5__audit.sql), newer than any"
                    + " migration in the code (the newest is V4): the code running against it is older than the"
                    + " database.");
        });
        assertThat(result.status()).isEqualTo(Status.WARNED);
    }

    @Test
    void an_edited_migration_names_the_script_and_both_checksums(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path sql = Samples.copySql(dir.resolve("sql"));
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA);
        flyway.migrate();
        Integer before = FlywayMigrations.of(flyway).status(db.dataSource()).migrations().get(1).appliedChecksum();
        Files.writeString(sql.resolve("V2__orders.sql"), "-- edited\n"
                + Files.readString(sql.resolve("V2__orders.sql")), StandardCharsets.UTF_8);

        List<Finding> edited = findings(db, flyway, "FLYWAY-CHECKSUM-MISMATCH");

        MigrationEntry v2 = FlywayMigrations.of(flyway).status(db.dataSource()).migrations().get(1);
        assertThat(v2.appliedChecksum()).isEqualTo(before);
        assertThat(v2.resolvedChecksum()).isNotEqualTo(before);
        assertThat(edited).singleElement().satisfies(f -> assertThat(f.message()).startsWith(
                "V2 \"orders\" (V2__orders.sql) was edited after it ran on ")
                .endsWith(": its checksum is " + v2.resolvedChecksum() + " in the code and " + before
                        + " in the database."));
        assertThat(runStatus(db, flyway).findings()).extracting(Finding::code)
                .containsExactly("FLYWAY-CHECKSUM-MISMATCH");
    }

    @Test
    void a_migration_older_than_the_latest_applied_is_skipped_then_out_of_order(TestDatabase db, @TempDir Path dir)
            throws Exception {
        Path sql = Samples.copySql(dir.resolve("sql"));
        Path v4 = Files.move(sql.resolve("V4__menu.sql"), dir.resolve("V4__menu.sql"));
        Files.move(sql.resolve("R__order_totals.sql"), dir.resolve("R__order_totals.sql"));
        Path v15 = sql.resolve("V1_5__regions.sql");
        Files.writeString(v15, "CREATE TABLE regions (code text PRIMARY KEY);\n");
        Path held = Files.move(v15, dir.resolve("V1_5__regions.sql"));
        Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA).migrate();
        Files.move(held, sql.resolve("V1_5__regions.sql"));
        Files.move(v4, sql.resolve("V4__menu.sql"));
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA);

        assertThat(findings(db, flyway, "FLYWAY-IGNORED")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("V1.5 \"regions\" (V1_5__regions.sql) is in the code but was never"
                    + " applied, and it is older than the latest applied migration (V3): migrate skips it.");
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
        });

        Samples.configure(db.dataSource(), Samples.filesystem(sql), Samples.JAVA).outOfOrder(true).load().migrate();

        assertThat(findings(db, flyway, "FLYWAY-OUT-OF-ORDER")).singleElement().satisfies(f -> {
            assertThat(f.message()).isEqualTo("V1.5 \"regions\" (V1_5__regions.sql) was applied out of order, after"
                    + " a higher version.");
            assertThat(f.severity()).isEqualTo(Severity.INFO);
        });
        assertThat(findings(db, flyway, "FLYWAY-IGNORED")).isEmpty();
        assertThat(FlywayMigrations.of(flyway).status(db.dataSource()).migrations())
                .filteredOn(m -> "1.5".equals(m.version())).extracting(MigrationEntry::state)
                .containsExactly(MigrationState.OUT_OF_ORDER);
    }

    @Test
    void a_baselined_database_says_which_migrations_never_ran_there(TestDatabase db) {
        db.execute("CREATE TABLE \"Users\" (id bigint PRIMARY KEY)");
        Samples.configure(db.dataSource(), Samples.SAMPLE).baselineVersion("2").baselineDescription("Before Flyway")
                .load().baseline();
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        List<Finding> baseline = findings(db, flyway, "FLYWAY-BASELINE");

        assertThat(baseline).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("The database was baselined at V2 \"Before Flyway\"")
                .endsWith(": 2 migrations below it (V1, V2) never ran here, and the schema they create is assumed"
                        + " to exist."));
        assertThat(runStatus(db, flyway).findings()).extracting(Finding::code)
                .containsExactlyInAnyOrder("FLYWAY-PENDING", "FLYWAY-PENDING", "FLYWAY-PENDING", "FLYWAY-BASELINE");
    }

    @Test
    void a_description_changed_after_it_ran_fails_validation(TestDatabase db, @TempDir Path dir) throws Exception {
        Path sql = Samples.copySql(dir.resolve("sql"));
        Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA).migrate();
        Files.move(sql.resolve("V4__menu.sql"), sql.resolve("V4__cafe_menu.sql"));
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.filesystem(sql), Samples.JAVA);

        List<Finding> invalid = findings(db, flyway, "FLYWAY-VALIDATION");

        assertThat(invalid).singleElement().satisfies(f -> {
            assertThat(f.message()).startsWith("Flyway's validate rejects V4 ");
            assertThat(f.message()).contains("DESCRIPTION_MISMATCH");
        });
    }

    @Test
    void an_unreachable_database_is_a_clear_error() {
        Flyway flyway = Flyway.configure().locations(Samples.SAMPLE).load();
        javax.sql.DataSource nowhere = io.drift.postgres.PostgresConnections.dataSource(
                "jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", "nobody", null);

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).status(nowhere))
                .isInstanceOf(DriftException.class)
                .satisfies(e -> assertThat(((DriftException) e).reason()).isEqualTo(DriftException.Reason.UNREACHABLE));
    }
}
