package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.Severity;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class MigrationsDriftIT {

    private RecordingShadow shadow;

    @AfterEach
    void every_shadow_is_gone() {
        // Also after a failing test: whatever the test saw, the shadow it opened must not survive it.
        if (shadow != null) {
            shadow.assertAllGone();
        }
    }

    private static Flyway migrated(TestDatabase db) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        flyway.migrate();
        return flyway;
    }

    /** In a temporary database: quick. The embedded shadow has tests of its own below. */
    private MigrationsDrift drift(TestDatabase db, Flyway flyway) {
        shadow = new RecordingShadow(ShadowDatabase.temporaryDatabase());
        return FlywayMigrations.of(flyway).drift(db.dataSource(), shadow);
    }

    @Test
    void a_database_migrated_with_the_sample_matches_what_the_migrations_build(TestDatabase db) {
        Flyway flyway = migrated(db);
        shadow = new RecordingShadow(ShadowDatabase.embedded());

        MigrationsDrift drift = FlywayMigrations.of(flyway).drift(db.dataSource(), shadow);

        assertThat(drift.diff().differences()).isEmpty();
        assertThat(drift.expected().snapshot().findTable(ObjectPath.of("public", "flyway_schema_history"))).isEmpty();
        assertThat(drift.expected().snapshot().findTable(ObjectPath.of("public", "café_menü"))).isPresent();
        assertThat(drift.expected().builtIn()).startsWith("embedded PostgreSQL 17.");
        assertThat(drift.expected().migrations()).extracting(MigrationChecksum::shortName)
                .containsExactly("V1", "V2", "V3", "V4", "R order totals");
    }

    @Test
    void a_table_made_by_hand_is_unexpected(TestDatabase db) {
        Flyway flyway = migrated(db);
        db.execute("CREATE TABLE \"Tmp Import\" (id int)");

        MigrationsDrift drift = drift(db, flyway);

        assertThat(drift.diff().differences()).singleElement().isInstanceOfSatisfying(Unexpected.class, d -> {
            assertThat(d.kind()).isEqualTo(ObjectKind.TABLE);
            assertThat(d.path()).isEqualTo(ObjectPath.of("public", "Tmp Import"));
        });
    }

    @Test
    void a_dropped_index_is_missing(TestDatabase db) {
        Flyway flyway = migrated(db);
        db.execute("DROP INDEX orders_user_id_idx");

        MigrationsDrift drift = drift(db, flyway);

        assertThat(drift.diff().differences()).singleElement().isInstanceOfSatisfying(Missing.class, d -> {
            assertThat(d.kind()).isEqualTo(ObjectKind.INDEX);
            assertThat(d.path()).isEqualTo(ObjectPath.of("public", "orders").member("orders_user_id_idx"));
            assertThat(d.severity()).isEqualTo(Severity.ERROR);
        });
    }

    @Test
    void an_altered_column_type_is_changed(TestDatabase db) {
        Flyway flyway = migrated(db);
        db.execute("ALTER TABLE \"Users\" ALTER COLUMN \"display name\" TYPE varchar(200)");

        MigrationsDrift drift = drift(db, flyway);

        assertThat(drift.diff().differences()).singleElement().isInstanceOfSatisfying(Changed.class, d -> {
            assertThat(d.path()).isEqualTo(ObjectPath.of("public", "Users", "display name"));
            assertThat(d.property()).isEqualTo("type");
            assertThat(d.expected()).isEqualTo("character varying(100)");
            assertThat(d.actual()).isEqualTo("character varying(200)");
        });
    }

    @Test
    void pending_migrations_show_as_what_the_database_lacks(TestDatabase db) {
        // Repeatable migrations run whatever the target: only V4 is left.
        Samples.configure(db.dataSource(), Samples.SAMPLE).target("3").load().migrate();
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);

        MigrationsDrift drift = drift(db, flyway);

        assertThat(drift.diff().differences()).singleElement().isInstanceOfSatisfying(Missing.class,
                d -> assertThat(d.path()).isEqualTo(ObjectPath.of("public", "café_menü")));
    }

    @Test
    void a_migration_set_that_cannot_build_from_empty_names_the_migration_and_the_error(TestDatabase db) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.BROKEN);
        shadow = new RecordingShadow(ShadowDatabase.embedded());

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource(), shadow))
                .isInstanceOfSatisfying(MigrationsBuildException.class, e -> {
                    assertThat(e.migration()).contains("V2 \"add region\" (V2__add_region.sql)");
                    assertThat(e.version()).contains("2");
                    assertThat(e.sqlState()).contains("42P01");
                    assertThat(e.databaseError()).hasValueSatisfying(m -> assertThat(m)
                            .contains("relation \"regions\" does not exist"));
                    assertThat(e.getMessage()).startsWith("The migrations do not build from an empty database: V2"
                            + " \"add region\" (V2__add_region.sql) fails in the shadow database (embedded PostgreSQL")
                            .contains("ERROR: relation \"regions\" does not exist [SQLState 42P01], in: ALTER TABLE"
                                    + " regions ADD COLUMN code text. Fix the migration");
                });
    }

    @Test
    void the_check_reports_each_difference_as_a_finding(TestDatabase db) {
        Flyway flyway = migrated(db);
        db.execute("CREATE TABLE scratch (id int); DROP INDEX orders_user_id_idx;"
                + " ALTER TABLE orders ALTER COLUMN total SET DEFAULT 1");
        shadow = new RecordingShadow(ShadowDatabase.temporaryDatabase());

        CheckResult result = CheckRunner.builder()
                .checks(FlywayChecks.status(flyway), FlywayChecks.drift(flyway).shadow(shadow).build())
                .build().run(db.dataSource()).result(FlywayChecks.DRIFT).orElseThrow();

        assertThat(result.findings()).extracting(Finding::code, Finding::severity, Finding::message)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("FLYWAY-DRIFT-MISSING", Severity.ERROR,
                                "index public.orders/orders_user_id_idx is missing: the migrations create it."),
                        org.assertj.core.groups.Tuple.tuple("FLYWAY-DRIFT-UNEXPECTED", Severity.WARNING,
                                "table public.scratch is not created by any migration."),
                        org.assertj.core.groups.Tuple.tuple("FLYWAY-DRIFT-CHANGED", Severity.ERROR,
                                "column public.orders.total: default is '1' where the migrations make it '0'."));
        assertThat(result.status()).isEqualTo(Status.FAILED);
        assertThat(result.summary()).startsWith("3 differences from the schema the migrations V1 to V4 build (in"
                + " temporary database drift_shadow_");
    }

    @Test
    void the_check_reports_a_set_that_cannot_build(TestDatabase db) {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.BROKEN);
        shadow = new RecordingShadow(ShadowDatabase.embedded());

        CheckResult result = CheckRunner.builder().checks(FlywayChecks.drift(flyway).shadow(shadow).build())
                .build().run(db.dataSource()).result(FlywayChecks.DRIFT).orElseThrow();

        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.code()).isEqualTo("FLYWAY-BUILD-FAILED");
            assertThat(f.property()).isEqualTo("2");
            assertThat(f.message()).contains("V2 \"add region\" (V2__add_region.sql)")
                    .contains("relation \"regions\" does not exist");
        });
        assertThat(result.summary()).isEqualTo("the migrations do not build from empty");
    }

    @Test
    void a_temporary_shadow_database_is_dropped_afterwards(TestDatabase db) throws Exception {
        Flyway flyway = migrated(db);
        db.execute("CREATE TABLE by_hand (id int)");
        shadow = new RecordingShadow(ShadowDatabase.temporaryDatabase());

        MigrationsDrift drift = FlywayMigrations.of(flyway).drift(db.dataSource(), shadow);

        assertThat(drift.diff().differences()).extracting(Difference::path)
                .containsExactly(ObjectPath.of("public", "by_hand"));
        assertThat(shadow.only().description()).startsWith("temporary database drift_shadow_");
        assertThat(shadowDatabases(db)).isZero();
    }

    @Test
    void a_temporary_shadow_that_fails_to_build_is_dropped_too(TestDatabase db) throws Exception {
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.BROKEN);
        shadow = new RecordingShadow(ShadowDatabase.temporaryDatabase());

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource(), shadow))
                .isInstanceOf(MigrationsBuildException.class);
        assertThat(shadowDatabases(db)).isZero();
    }

    @Test
    void a_role_without_createdb_gets_a_clear_refusal_and_nothing_is_created(TestDatabase db) throws Exception {
        TestPostgres server = db.server();
        server.createRole("drift_no_createdb", "secret-1");
        db.execute("GRANT ALL ON SCHEMA public TO drift_no_createdb");
        Flyway flyway = Samples.flyway(db.dataSource("drift_no_createdb", "secret-1"), Samples.SAMPLE);
        flyway.migrate();

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource("drift_no_createdb", "secret-1"),
                ShadowDatabase.temporaryDatabase()))
                .isInstanceOfSatisfying(ShadowUnavailableException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DriftException.Reason.PERMISSION_DENIED);
                    assertThat(e.getMessage()).isEqualTo("Role \"drift_no_createdb\" may not create a temporary"
                            + " shadow database on the target's server (it lacks CREATEDB). Grant it (ALTER ROLE"
                            + " \"drift_no_createdb\" CREATEDB), or give a shadow database of your own.");
                });
        assertThat(shadowDatabases(db)).isZero();
    }

    @Test
    void a_given_shadow_must_be_empty_and_is_emptied_after_each_build(TestDatabase db) {
        db.server().createRole("drift_reader_given", "secret-2");
        db.execute("GRANT USAGE ON SCHEMA public TO drift_reader_given");
        Flyway flyway = migrated(db);
        try (TestDatabase given = db.server().newDatabase()) {
            given.execute("GRANT USAGE ON SCHEMA public TO drift_reader_given");
            shadow = new RecordingShadow(ShadowDatabase.of(given.dataSource()));
            FlywayMigrations migrations = FlywayMigrations.of(flyway);

            assertThat(migrations.drift(db.dataSource(), shadow).diff().differences()).isEmpty();
            // Emptied: a second build in it works and finds the same.
            assertThat(migrations.drift(db.dataSource(), shadow).diff().differences()).isEmpty();
            assertThat(shadow.opened()).hasSize(2);
            shadow = null;   // a given database stays: it is emptied, not dropped
            assertThat(given.dataSource()).satisfies(ds -> {
                try (Connection c = ds.getConnection(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM pg_class c JOIN pg_namespace n"
                             + " ON n.oid = c.relnamespace WHERE n.nspname = 'public'),"
                             + " has_schema_privilege('drift_reader_given', 'public', 'USAGE')")) {
                    rs.next();
                    assertThat(rs.getInt(1)).as("relations left in public").isZero();
                    assertThat(rs.getBoolean(2)).as("the grant on public, restored").isTrue();
                }
            });

            given.execute("CREATE TABLE leftover (id int)");
            assertThatThrownBy(() -> migrations.drift(db.dataSource(), ShadowDatabase.of(given.dataSource())))
                    .isInstanceOfSatisfying(ShadowUnavailableException.class, e -> assertThat(e.getMessage())
                            .isEqualTo("the given shadow database is not empty: it holds 1 object (relation"
                                    + " public.leftover). Drift builds the migrations from empty, and empties a shadow"
                                    + " database after each build: give an empty database dedicated to Drift."));
        }
    }

    @Test
    void a_given_shadow_is_emptied_of_every_kind_of_object(TestDatabase db) throws Exception {
        Flyway flyway = Samples.flyway(db.dataSource(), "classpath:io/drift/flyway/kinds");
        flyway.migrate();
        try (TestDatabase given = db.server().newDatabase()) {
            String before = schemaPublic(given);
            FlywayMigrations migrations = FlywayMigrations.of(flyway);
            for (int build = 1; build <= 2; build++) {
                MigrationsDrift drift = migrations.drift(db.dataSource(), ShadowDatabase.of(given.dataSource()));
                assertThat(drift.diff().differences()).as("build " + build).isEmpty();
                assertThat(drift.expected().snapshot().findTable(ObjectPath.of("Billing", "invoices"))).isPresent();
                assertThat(schemaPublic(given)).as("public after build " + build).isEqualTo(before);
            }
        }
    }

    /** The public schema's owner, privileges and comment, and whether anything at all is left in the database. */
    private static String schemaPublic(TestDatabase given) throws Exception {
        try (Connection c = given.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT pg_get_userbyid(nspowner), nspacl::text,"
                     + " obj_description(oid, 'pg_namespace'),"
                     + " (SELECT count(*) FROM pg_class WHERE relnamespace = n.oid),"
                     + " (SELECT count(*) FROM pg_extension WHERE extname <> 'plpgsql'),"
                     + " (SELECT count(*) FROM pg_default_acl) FROM pg_namespace n WHERE nspname = 'public'")) {
            rs.next();
            return rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " relations=" + rs.getInt(4)
                    + " extensions=" + rs.getInt(5) + " default-acls=" + rs.getInt(6);
        }
    }

    @Test
    void testcontainers_serves_only_where_docker_answers(TestDatabase db) {
        Flyway flyway = migrated(db);
        shadow = new RecordingShadow(ShadowDatabase.testcontainers());
        boolean docker = dockerAnswers();
        if (docker) {
            assertThat(FlywayMigrations.of(flyway).drift(db.dataSource(), shadow).diff().differences()).isEmpty();
        } else {
            assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource(), shadow))
                    .isInstanceOf(ShadowUnavailableException.class)
                    .hasMessage("No Testcontainers shadow: no Docker engine is reachable.");
            shadow = null;
        }
    }

    @Test
    void when_no_shadow_can_serve_the_message_says_why_each_could_not(TestDatabase db) {
        TestPostgres server = db.server();
        server.createRole("drift_no_createdb", "secret-1");
        Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
        if (dockerAnswers()) {
            return;   // Testcontainers would serve; the refusal this test is about cannot happen here
        }

        assertThatThrownBy(() -> FlywayMigrations.of(flyway).drift(db.dataSource("drift_no_createdb", "secret-1"),
                ShadowDatabase.firstAvailable(ShadowDatabase.temporaryDatabase(), ShadowDatabase.testcontainers())))
                .isInstanceOf(ShadowUnavailableException.class)
                .hasMessageStartingWith("No shadow database to build the migrations in. Role \"drift_no_createdb\""
                        + " may not create a temporary shadow database")
                .hasMessageContaining("No Testcontainers shadow: no Docker engine is reachable.")
                .hasMessageEndingWith("or a server where Drift may create a temporary one (--shadow-server, or"
                        + " ShadowDatabase.temporaryDatabase(url, user, password)).");
    }

    private static boolean dockerAnswers() {
        try {
            return org.testcontainers.DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }

    static int shadowDatabases(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM pg_database WHERE datname LIKE 'drift_shadow_%'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
