package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Option lists: sorted, and a credential's value never kept. */
class AttributeBuilderTest {

    @Test
    void an_option_list_is_sorted_and_credentials_are_redacted() {
        String value = new AttributeBuilder()
                .list("foreign_options", new String[] {"table_name=users", "password=hunter2", "api_token=abc",
                        "SSLPassword=x", "sslkey=/etc/key.pem", "schema_name=app", "client_secret=s"})
                .build().values().get("pg.foreign_options");
        assertThat(value).isEqualTo("SSLPassword=(redacted), api_token=(redacted), client_secret=(redacted),"
                + " password=(redacted), schema_name=app, sslkey=(redacted), table_name=users");
    }

    @Test
    void the_catalog_sql_redacts_the_same_option_names() {
        String sql = Sql.load("foreign-data", Sql.OLDEST);
        assertThat(sql).contains("~* '(" + AttributeBuilder.CREDENTIAL.pattern().substring("(?i)".length()) + ")'",
                "'" + AttributeBuilder.REDACTED + "'");
    }
}
