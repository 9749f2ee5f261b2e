package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class DatabaseConnectorTest {

    @Test
    void driver_url_gets_timeouts_and_no_credentials() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://u:pw@h:5432/db?ssl=true").withDefaults(Map.of(), "u");
        assertThat(DatabaseConnector.driverUrl(url))
                .isEqualTo("jdbc:postgresql://h:5432/db?ssl=true&connectTimeout=10&loginTimeout=20");
    }

    @Test
    void timeouts_in_the_url_are_kept() {
        PostgresUrl url = PostgresUrl.parse("jdbc:postgresql://h:5432/db?connectTimeout=3&loginTimeout=4")
                .withDefaults(Map.of(), "u");
        assertThat(DatabaseConnector.driverUrl(url))
                .isEqualTo("jdbc:postgresql://h:5432/db?connectTimeout=3&loginTimeout=4");
    }
}
