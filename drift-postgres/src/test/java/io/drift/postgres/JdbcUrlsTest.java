package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void redact_hides_every_password_like_value() {
        assertThat(JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=bob&password=hunter2&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/app?user=bob&password=***&ssl=true");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/app?PASSWORD=x&sslpassword=y"))
                .isEqualTo("jdbc:postgresql://db/app?PASSWORD=***&sslpassword=***");
        assertThat(JdbcUrls.redact("jdbc:postgresql://bob:hunter2@db/app")).isEqualTo("jdbc:postgresql://bob:***@db/app");
        assertThat(JdbcUrls.redact("jdbc:postgresql://db/app")).isEqualTo("jdbc:postgresql://db/app");
    }

    @Test
    void describe_names_server_and_database_only() {
        assertThat(JdbcUrls.describe("jdbc:postgresql://db.example:5432/app?password=hunter2"))
                .isEqualTo("db.example:5432/app");
        assertThat(JdbcUrls.describe("jdbc:postgresql://a:1,b:2/app")).isEqualTo("a:1,b:2/app");
        assertThat(JdbcUrls.describe("jdbc:postgresql:///app")).isEqualTo("localhost/app");
        assertThat(JdbcUrls.describe("jdbc:postgresql://bob:pw@db/app")).isEqualTo("db/app");
    }
}
