package io.drift.examples;

import static io.drift.test.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * drift-test's {@code matchesMigrations}: the database against what its migrations build from empty, with real Flyway
 * (here, where drift-postgres is on the class path; drift-test cannot depend on it).
 */
@ExtendWith(PostgresExtension.class)
class MatchesMigrationsIT {

    private static Flyway flyway(String location, TestDatabase db) {
        return Flyway.configure()
                .locations(location)
                .dataSource(db.jdbcUrl(), db.user(), db.password())
                .load();
    }

    @Test
    void a_database_its_migrations_built_matches_them(TestDatabase db) {
        Flyway flyway = flyway("classpath:db/shop", db);
        flyway.migrate();

        assertThat(db.dataSource()).matchesMigrations(flyway);
    }

    @Test
    void drift_fails_with_the_report_of_what_differs(TestDatabase db) {
        Flyway flyway = flyway("classpath:db/shop", db);
        flyway.migrate();
        db.execute("CREATE TABLE made_by_hand (id int); DROP INDEX orders_customer_id_idx;");

        assertThatThrownBy(() -> assertThat(db.dataSource()).matchesMigrations(flyway))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the database to match the schema the migrations in"
                        + " classpath:db/shop build")
                .hasMessageContaining("unexpected table  public.made_by_hand")
                .hasMessageContaining("missing index")
                .hasMessageContaining("orders_customer_id_idx");

        assertThat(db.dataSource()).excluding("public.made_by_hand").ignoring("index").matchesMigrations(flyway);
    }

    @Test
    void pending_migrations_are_drift_too(TestDatabase db) {
        Flyway flyway = flyway("classpath:db/shop", db);
        Flyway.configure().configuration(flyway.getConfiguration()).target("1").load().migrate();

        assertThatThrownBy(() -> assertThat(db.dataSource()).matchesMigrations(flyway))
                .hasMessageContaining("missing table  public.orders");
    }

    @Test
    void migrations_that_do_not_build_from_empty_fail_naming_the_cause(TestDatabase db) {
        Flyway broken = flyway("classpath:io/drift/examples/broken", db);

        assertThatThrownBy(() -> assertThat(db.dataSource()).matchesMigrations(broken))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("The migrations in classpath:io/drift/examples/broken do not build from an empty database")
                .hasMessageContaining("accounts");
    }
}
