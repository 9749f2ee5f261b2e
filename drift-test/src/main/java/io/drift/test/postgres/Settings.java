package io.drift.test.postgres;

import java.util.Optional;

/** Environment variables of the harness, each also accepted as a system property of the same name. */
final class Settings {

    static final String JDBC_URL = "DRIFT_TEST_JDBC_URL";
    static final String USER = "DRIFT_TEST_USER";
    static final String PASSWORD = "DRIFT_TEST_PASSWORD";
    static final String MODE = "DRIFT_TEST_POSTGRES";
    static final String VERSION = "DRIFT_TEST_PG_VERSION";
    static final String BINARIES = "DRIFT_TEST_PG_BINARIES";
    static final String BINARIES_PROPERTY = "drift.test.pgBinaries";
    /** {@code true}: a test that asks for a major whose binaries are absent is skipped instead of failing. */
    static final String SKIP_MISSING_VERSIONS = "DRIFT_TEST_SKIP_MISSING_VERSIONS";

    private Settings() {
    }

    /** @return whether the user opted in to skipping tests of majors whose binaries are absent */
    static boolean skipMissingVersions() {
        return find(SKIP_MISSING_VERSIONS).map(Boolean::parseBoolean).orElse(false);
    }

    static Optional<String> find(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
