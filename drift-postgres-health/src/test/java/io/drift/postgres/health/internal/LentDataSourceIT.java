package io.drift.postgres.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What pg-index-health gets from Drift: the check's own connection, which it can neither close nor change. */
@ExtendWith(PostgresExtension.class)
class LentDataSourceIT {

    @Test
    void lends_the_same_connection_which_close_does_not_close_and_nothing_can_commit(TestDatabase db)
            throws SQLException {
        try (Connection real = db.connect()) {
            real.setAutoCommit(false);
            LentDataSource lent = new LentDataSource(real);
            Connection first = lent.getConnection();
            first.close();
            assertThat(real.isClosed()).isFalse();
            assertThat(lent.getConnection()).isSameAs(first);
            assertThatThrownBy(first::commit).isInstanceOf(SQLException.class).hasMessageContaining("(commit)");
            assertThatThrownBy(() -> first.setAutoCommit(true)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> first.setReadOnly(false)).isInstanceOf(SQLException.class);
            assertThatThrownBy(() -> lent.getConnection("postgres", "")).isInstanceOf(SQLException.class);
            real.rollback();
        }
    }

    /** pg-index-health binds its PgContext's schema, which it lower-cases, as the first parameter of every query. */
    @Test
    void binds_the_real_name_of_the_schema_where_pg_index_health_binds_it_lower_cased(TestDatabase db)
            throws SQLException {
        db.execute("CREATE SCHEMA \"Sales Ü\"; CREATE SCHEMA \"sales ü\"");
        try (Connection real = db.connect()) {
            LentDataSource lent = new LentDataSource(real);
            lent.schema("Sales Ü");
            try (PreparedStatement s = lent.getConnection().prepareStatement(
                    "SELECT count(*) FROM pg_namespace WHERE nspname = ?::text AND ? = 'sales ü'")) {
                s.setString(1, "sales ü");
                s.setString(2, "sales ü");   // only the first parameter is the schema
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getInt(1)).isEqualTo(1);
                }
            }
            try (PreparedStatement s = lent.getConnection().prepareStatement(
                    "SELECT nspname FROM pg_namespace WHERE nspname = ?::text")) {
                s.setString(1, "sales ü");
                try (ResultSet rs = s.executeQuery()) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("Sales Ü");
                }
            }
        }
    }
}
