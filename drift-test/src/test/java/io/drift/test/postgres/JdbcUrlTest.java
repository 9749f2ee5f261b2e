package io.drift.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;

class JdbcUrlTest {

    @Test
    void swaps_the_database_and_keeps_the_parameters() {
        assertThat(JdbcUrl.withDatabase("jdbc:postgresql://db:5432/app?ssl=true", "drift_x"))
                .isEqualTo("jdbc:postgresql://db:5432/drift_x?ssl=true");
        assertThat(JdbcUrl.withDatabase("jdbc:postgresql://db/", "d")).isEqualTo("jdbc:postgresql://db/d");
        assertThat(JdbcUrl.withDatabase("jdbc:postgresql://a:1,b:2", "d")).isEqualTo("jdbc:postgresql://a:1,b:2/d");
    }

    @Test
    void refuses_what_is_not_a_postgresql_url() {
        assertThatThrownBy(() -> JdbcUrl.withDatabase("jdbc:mysql://db/app?password=hunter22", "d"))
                .isInstanceOfSatisfying(DriftException.class,
                        e -> assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG))
                .hasMessageContaining("DRIFT_TEST_JDBC_URL").hasMessageNotContaining("hunter22");
    }

    @Test
    void compares_versions_numerically() {
        assertThat(EmbeddedBinaries.compareVersions("17.10.0", "17.9.1")).isPositive();
        assertThat(EmbeddedBinaries.compareVersions("12.22.0", "12.22")).isZero();
    }
}
