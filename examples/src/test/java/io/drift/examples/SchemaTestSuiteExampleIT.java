package io.drift.examples;

import static io.drift.test.assertj.DriftAssertions.assertThat;

import io.drift.core.check.CheckRunner;
import io.drift.core.diff.Severity;
import io.drift.postgres.health.PostgresHealthChecks;
import io.drift.test.junit5.Migrated;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.nio.file.Path;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The test-suite example: a JUnit 5 test class, as an application's own build would have it, asserting that its Flyway
 * migrations build exactly the schema of the committed baseline, that the schema has what the code needs, and that it
 * passes the health checks. Run it with {@code mvn -pl examples -am verify -Dit.test=SchemaTestSuiteExampleIT}; after a
 * new migration, refresh the baseline with {@code -Ddrift.updateBaselines=true} and commit the file with the migration.
 *
 * <p>{@code @Migrated} gives each test a database that Flyway migrated from {@code db/shop} (on drift-test's
 * embedded PostgreSQL; migrated once, then copied per test); {@code shared = true} would give the class one database.
 * An application would keep its migrations in {@code db/migration}, Flyway's default; here other examples share the
 * class path, and the startup examples' discovered {@code flyway.status} would see them.
 */
@ExtendWith(PostgresExtension.class)
@Migrated(locations = "classpath:db/shop")
class SchemaTestSuiteExampleIT {

    /** The committed baseline: what production must look like once these migrations ran. */
    static final Path BASELINE = Path.of("src/test/resources/schema/baseline.json");

    @Test
    void the_migrations_build_exactly_the_committed_baseline(TestDatabase db) {
        // [test-suite-baseline]
        assertThat(db.dataSource()).matches(BASELINE);   // missing: fails with the command that writes it
        // [test-suite-baseline]
    }

    @Test
    void the_schema_has_what_the_code_needs(TestDatabase db) {
        // [test-suite-objects]
        assertThat(db.dataSource())
                .hasTable("public.orders")
                .hasColumn("public.orders.status")
                .hasIndex("public.orders/orders_customer_id_idx");
        // [test-suite-objects]
    }

    @Test
    void the_database_matches_its_migrations_and_passes_the_health_checks(TestDatabase db) {
        Flyway flyway = Flyway.configure().locations("classpath:db/shop")
                .dataSource(db.jdbcUrl(), db.user(), db.password()).load();
        // [test-suite-migrations]
        assertThat(db.dataSource())
                .matchesMigrations(flyway)                               // built from empty, compared, dropped
                .failingOn(Severity.WARNING)
                .passes(CheckRunner.builder().providers(new PostgresHealthChecks()).build());
        // [test-suite-migrations]
    }
}
