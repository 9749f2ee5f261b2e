package io.drift.test.postgres;

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
            throw new IllegalArgumentException(
                    "Not a PostgreSQL JDBC URL (expected jdbc:postgresql://host:port/database): " + url);
        }
        return m.group(1) + "/" + database + (m.group(3) == null ? "" : m.group(3));
    }
}
