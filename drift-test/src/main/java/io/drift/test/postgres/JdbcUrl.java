package io.drift.test.postgres;

import io.drift.core.DriftException;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Swaps the database of a {@code jdbc:postgresql://host:port/database?params} URL. */
final class JdbcUrl {

    private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)(/[^?]*)?(\\?.*)?$");

    private JdbcUrl() {
    }

    static String withDatabase(String url, String database) {
        Matcher m = URL.matcher(url);
        if (!m.matches()) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, Settings.JDBC_URL + " is not a PostgreSQL"
                    + " JDBC URL: " + ExternalServer.redact(url) + ". Give jdbc:postgresql://host:port/database.");
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }
}
