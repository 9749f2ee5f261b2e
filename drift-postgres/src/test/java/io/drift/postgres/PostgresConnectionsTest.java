package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;

class PostgresConnectionsTest {

    @Test
    void a_url_of_another_database_is_an_invalid_argument_that_names_the_form_and_hides_the_password() {
        for (Runnable call : new Runnable[] {
                () -> PostgresConnections.dataSource("jdbc:mysql://db:3306/app?password=hunter22", "app", null),
                () -> PostgresConnections.open("jdbc:mysql://db:3306/app?password=hunter22", "app", null)}) {
            assertThatThrownBy(call::run)
                    .isInstanceOfSatisfying(DriftException.class,
                            e -> assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT))
                    .hasMessageStartingWith("Not a PostgreSQL JDBC URL: jdbc:mysql://db:3306/app")
                    .hasMessageContaining("jdbc:postgresql://host:port/database")
                    .hasMessageNotContaining("hunter22");
        }
    }

    @Test
    void a_null_url_is_a_null_pointer_naming_the_argument() {
        assertThatThrownBy(() -> PostgresConnections.dataSource(null, "app", null))
                .isInstanceOf(NullPointerException.class).hasMessage("url");
    }
}
