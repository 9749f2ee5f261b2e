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

    private Settings() {
    }

    static Optional<String> find(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            value = System.getProperty(name);
        }
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
