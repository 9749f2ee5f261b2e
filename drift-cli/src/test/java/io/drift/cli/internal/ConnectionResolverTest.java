package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectionResolverTest {

    @TempDir
    Path home;

    private final Redaction redaction = new Redaction();

    private ConnectionResolver resolver(Map<String, String> env) {
        Map<String, String> withHome = new HashMap<>(env);
        withHome.putIfAbsent("HOME", home.toString());
        return new ConnectionResolver(withHome, redaction, w -> { });
    }

    @Test
    void url_user_beats_option_beats_drift_user_beats_pguser() {
        Map<String, String> env = Map.of("DRIFT_USER", "drift-user", "PGUSER", "pg-user");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db?user=url-user", "opt", null).user())
                .isEqualTo("url-user");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db", "opt", null).user()).isEqualTo("opt");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db", null, null).user()).isEqualTo("drift-user");
        assertThat(resolver(Map.of("PGUSER", "pg-user")).resolve("jdbc:postgresql://h/db", null, null).user())
                .isEqualTo("pg-user");
        assertThat(resolver(Map.of("USER", "os-user")).resolve("jdbc:postgresql://h/db", null, null).user())
                .isEqualTo("os-user");
    }

    @Test
    void password_precedence_is_url_prompt_drift_password_pgpassword_pgpass() throws IOException {
        PgPassTest.write(home.resolve(".pgpass"), "*:*:*:*:from-pgpass\n");
        Map<String, String> env = Map.of("DRIFT_PASSWORD", "from-drift", "PGPASSWORD", "from-pg");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db?password=from-url", null, "typed".toCharArray())
                .password()).contains("from-url");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db", null, "typed".toCharArray()).password())
                .contains("typed");
        assertThat(resolver(env).resolve("jdbc:postgresql://h/db", null, null).password()).contains("from-drift");
        assertThat(resolver(Map.of("PGPASSWORD", "from-pg")).resolve("jdbc:postgresql://h/db", null, null)
                .password()).contains("from-pg");
        DatabaseTarget fromFile = resolver(Map.of()).resolve("jdbc:postgresql://h/db", null, null);
        assertThat(fromFile.password()).contains("from-pgpass");
        assertThat(fromFile.passwordSource()).endsWith(".pgpass");
    }

    @Test
    void pgpass_is_matched_on_the_resolved_host_port_database_and_user() throws IOException {
        PgPassTest.write(home.resolve(".pgpass"), "pg.internal:6000:shop:clerk:right\n*:*:*:*:wrong\n");
        Map<String, String> env = Map.of("PGHOST", "pg.internal", "PGPORT", "6000", "PGDATABASE", "shop",
                "PGUSER", "clerk");
        DatabaseTarget target = resolver(env).resolve(resolver(env).defaultUrl().orElseThrow(), null, null);
        assertThat(target.display()).isEqualTo("clerk@pg.internal:6000/shop");
        assertThat(target.password()).contains("right");
    }

    @Test
    void no_password_anywhere_is_none() {
        DatabaseTarget target = resolver(Map.of()).resolve("jdbc:postgresql://h/db", "u", null);
        assertThat(target.password()).isEmpty();
        assertThat(target.passwordSource()).isEqualTo("none");
    }

    @Test
    void every_password_found_is_masked_from_then_on() {
        resolver(Map.of("DRIFT_PASSWORD", "hunter22")).resolve("jdbc:postgresql://h/db", null, null);
        assertThat(redaction.redact("oops hunter22")).isEqualTo("oops ***");
        assertThat(resolver(Map.of()).resolve("jdbc:postgresql://h/db?password=urlpass1", null, null).toString())
                .doesNotContain("urlpass1");
        assertThat(redaction.redact("x urlpass1")).isEqualTo("x ***");
    }

    @Test
    void default_url_is_drift_url_then_libpq_variables_then_none() {
        assertThat(resolver(Map.of("DRIFT_URL", "jdbc:postgresql://a/b", "PGHOST", "x")).defaultUrl())
                .contains("jdbc:postgresql://a/b");
        assertThat(resolver(Map.of("PGDATABASE", "x")).defaultUrl()).contains("jdbc:postgresql://");
        assertThat(resolver(Map.of()).defaultUrl()).isEmpty();
    }

    @Test
    void empty_variables_count_as_unset() {
        DatabaseTarget target = resolver(Map.of("DRIFT_PASSWORD", "", "PGPASSWORD", "pg-pass", "DRIFT_USER", ""))
                .resolve("jdbc:postgresql://h/db", "u", null);
        assertThat(target.password()).contains("pg-pass");
    }
}
