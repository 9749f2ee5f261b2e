package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.Test;

class PostgresUrlTest {

    @Test
    void reads_host_port_database_and_parameters() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://db.example:6543/app?user=app&ssl=true");
        assertThat(url.hosts()).containsExactly(new PostgresUrl.HostPort("db.example", 6543));
        assertThat(url.database()).isEqualTo("app");
        assertThat(url.user()).contains("app");
        assertThat(url.parameters()).containsEntry("ssl", "true");
    }

    @Test
    void reads_several_hosts_and_ipv6() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://a:1,b,[::1]:3/app");
        assertThat(url.hosts()).containsExactly(new PostgresUrl.HostPort("a", 1), new PostgresUrl.HostPort("b", 0),
                new PostgresUrl.HostPort("::1", 3));
    }

    @Test
    void user_info_gives_user_and_password() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://app:p%40ss@h/db");
        assertThat(url.user()).contains("app");
        assertThat(url.password()).contains("p@ss");
        assertThat(url.toJdbcUrl()).doesNotContain("p@ss").doesNotContain("p%40ss").doesNotContain("app:");
    }

    @Test
    void driver_url_leaves_out_user_and_password_and_keeps_other_parameters() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://h:5432/db?user=u&password=secret&sslmode=require")
                .withDefaults(Map.of(), "u");
        assertThat(url.toJdbcUrl()).isEqualTo("jdbc:postgresql://h:5432/db?sslmode=require");
        assertThat(url.toString()).doesNotContain("secret");
    }

    @Test
    void missing_parts_come_from_libpq_variables() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql:")
                .withDefaults(Map.of("PGHOST", "pg.internal", "PGPORT", "6000", "PGDATABASE", "shop"), "me");
        assertThat(url.display()).isEqualTo("pg.internal:6000/shop");
    }

    @Test
    void without_variables_defaults_are_localhost_5432_and_the_user_name() {
        assertThat(PostgresUrl.parse("jdbc:postgresql://").withDefaults(Map.of(), "me").display())
                .isEqualTo("localhost:5432/me");
        assertThat(PostgresUrl.parse("jdbc:postgresql:app").withDefaults(Map.of(), "me").display())
                .isEqualTo("localhost:5432/app");
        assertThat(PostgresUrl.parse("jdbc:postgresql://h/app").withDefaults(Map.of("PGPORT", "7"), "me").display())
                .isEqualTo("h:7/app");
    }

    @Test
    void a_bad_port_is_an_error_that_does_not_show_the_password() {
        assertThatThrownBy(() -> PostgresUrl.parse("jdbc:postgresql://h:xx/db?password=secret"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("port 'xx'")
                .hasMessageNotContaining("secret");
    }

    @Test
    void other_databases_are_refused() {
        assertThat(PostgresUrl.isPostgresUrl("jdbc:mysql://h/db")).isFalse();
        assertThatThrownBy(() -> PostgresUrl.parse("jdbc:mysql://h/db")).isInstanceOf(IllegalArgumentException.class);
    }
}
