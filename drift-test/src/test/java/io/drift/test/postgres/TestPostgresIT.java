package io.drift.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.test.junit5.PostgresExtension;
import io.drift.test.junit5.PostgresVersion;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

@ExtendWith(PostgresExtension.class)
class TestPostgresIT {

    @Test
    void default_version_is_available_and_is_the_one_started(TestPostgres postgres) {
        assertThat(TestPostgres.availableVersions()).contains(TestPostgres.defaultVersion());
        assertThat(postgres.majorVersion()).isEqualTo(TestPostgres.defaultVersion());
        assertThat(TestPostgres.describeAvailableVersions()).isNotBlank();
    }

    @Test
    void runs_a_multi_statement_script_with_dollar_quotes(TestDatabase db) throws SQLException {
        db.execute("CREATE TABLE t (id int);\n"
                + "CREATE FUNCTION f() RETURNS int LANGUAGE plpgsql AS $$ BEGIN RETURN 1; END; $$;\n"
                + "INSERT INTO t VALUES (f());");
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT id, current_database() FROM t")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(1);
            assertThat(rs.getString(2)).isEqualTo(db.name());
        }
    }

    @Test
    void closing_drops_the_database(TestPostgres postgres) throws SQLException {
        TestDatabase db = postgres.newDatabase();
        Connection open = db.connect();      // a session still open does not stop the drop
        db.close();
        open.close();
        assertThatThrownBy(() -> DriverManager.getConnection(db.jdbcUrl(), db.user(), db.password()).close())
                .isInstanceOf(SQLException.class).hasMessageContaining("does not exist");
    }

    @Test
    void a_role_can_be_made_to_need_its_password(TestPostgres postgres, TestDatabase db) throws SQLException {
        postgres.createRole("drift_harness_pw", "s3cret");
        postgres.requirePassword("drift_harness_pw");
        assertThatThrownBy(() -> db.connect("drift_harness_pw", "wrong").close())
                .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("28P01"));
        try (Connection c = db.connect("drift_harness_pw", "s3cret")) {
            assertThat(c.isValid(1)).isTrue();
        }
    }

    @Test
    @PostgresVersion(16)
    void a_method_can_ask_for_another_major_version(TestDatabase db) throws SQLException {
        assertThat(db.majorVersion()).isEqualTo(16);
        try (Connection c = db.connect()) {
            assertThat(c.getMetaData().getDatabaseMajorVersion()).isEqualTo(16);
        }
    }
}
