package io.drift.test.junit5;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import io.drift.test.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Events;

class MigratedIT {

    private static List<String> tables(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
                     + " WHERE table_schema = 'public' ORDER BY 1")) {
            List<String> out = new ArrayList<>();
            while (rs.next()) {
                out.add(rs.getString(1));
            }
            return out;
        }
    }

    private static long users(DataSource dataSource) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM users")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    @Migrated(locations = "classpath:db/migration", placeholders = "default_status=new")
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class EachTestGetsItsOwnCopy {

        @Test
        @Order(1)
        void the_database_is_migrated(TestDatabase db) throws SQLException {
            assertThat(tables(db.dataSource())).containsExactly("flyway_schema_history", "orders", "users");
            db.execute("INSERT INTO users (email) VALUES ('a@example.com')");
            assertThat(users(db.dataSource())).isEqualTo(1);
        }

        @Test
        @Order(2)
        void a_later_test_does_not_see_what_an_earlier_one_wrote(DataSource dataSource) throws SQLException {
            assertThat(users(dataSource)).isZero();
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT column_default FROM information_schema.columns"
                         + " WHERE table_name = 'orders' AND column_name = 'status'")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("'new'");
            }
        }
    }

    @Nested
    @ExtendWith(PostgresExtension.class)
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class SharedByTheClass {

        @Test
        @Order(1)
        void writes(@Migrated(shared = true, placeholders = "default_status=x") TestDatabase db) {
            db.execute("INSERT INTO users (email) VALUES ('b@example.com')");
        }

        @Test
        @Order(2)
        void sees_what_the_first_test_wrote(@Migrated(shared = true, placeholders = "default_status=x") DataSource ds)
                throws SQLException {
            assertThat(users(ds)).isEqualTo(1);
        }

        @Test
        @Order(3)
        void an_unannotated_parameter_is_a_fresh_empty_database(TestDatabase db) throws SQLException {
            assertThat(tables(db.dataSource())).isEmpty();
        }
    }

    @Test
    void a_migration_that_fails_fails_the_test_with_flyways_message() {
        Events tests = EngineTestKit.engine("junit-jupiter").selectors(selectClass(BrokenMigrationsFixture.class))
                .execute().testEvents();
        tests.assertStatistics(stats -> stats.started(1).failed(1).succeeded(0));
        Throwable failure = tests.failed().stream().findFirst().orElseThrow()
                .getPayload(org.junit.platform.engine.TestExecutionResult.class).orElseThrow()
                .getThrowable().orElseThrow();
        assertThat(failure).hasStackTraceContaining("Flyway could not migrate a test database from classpath:db/broken")
                .hasStackTraceContaining("V1__assumes_a_table.sql")
                .hasStackTraceContaining("accounts");
    }
}
