package io.drift.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes PostgreSQL JDBC URLs safe to show: in messages, logs and reports.
 *
 * <pre>{@code
 * String safe = JdbcUrls.redact("jdbc:postgresql://db:5432/app?user=bob&password=hunter2");
 *         // "jdbc:postgresql://db:5432/app?user=bob&password=***"
 * String server = JdbcUrls.describe("jdbc:postgresql://db:5432/app?password=hunter2");
 *         // "db:5432/app"
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JdbcUrls {

    /**
     * Parameters whose values are secrets, in any letter case: any name containing {@code password}
     * ({@code password}, {@code sslpassword}, {@code sslkeypassword}…) and {@code sslkey}, up to the next separator or
     * blank, so that a URL quoted inside a longer message is masked too.
     */
    private static final Pattern SECRET_PARAMETER =
            Pattern.compile("(?i)([?&;]\\s*(?:[a-z0-9_.-]*password|sslkey)\\s*=)[^&;\\s]*");
    /** {@code //user:secret@host}, which pgjdbc does not use but people write. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?#@:\\s]*:)[^/?#@\\s]*@");
    private static final Pattern POSTGRES_URL = Pattern.compile("^jdbc:postgresql://(?:[^@/?]*@)?([^/?]*)(/[^?;]*)?.*$",
            Pattern.CASE_INSENSITIVE);

    private JdbcUrls() {
    }

    /**
     * @param url a JDBC URL, or {@code null}
     * @return the URL with every password-like value replaced by {@code ***}
     */
    public static String redact(String url) {
        if (url == null) {
            return null;
        }
        String out = SECRET_PARAMETER.matcher(url).replaceAll("$1***");
        return USER_INFO.matcher(out).replaceAll("$1***@");
    }

    /**
     * @param url a PostgreSQL JDBC URL
     * @return the server and database it names, {@code db.example:5432/app}, with no parameters (so no secrets); the
     *         {@linkplain #redact(String) redacted} URL when it is not a PostgreSQL URL
     */
    public static String describe(String url) {
        if (url == null) {
            return "(no URL)";
        }
        Matcher m = POSTGRES_URL.matcher(url);
        if (!m.matches()) {
            return redact(url);
        }
        String hosts = m.group(1).isEmpty() ? "localhost" : m.group(1);
        String database = m.group(2) == null || m.group(2).length() <= 1 ? "" : m.group(2);
        return hosts + database;
    }

    /**
     * @param url a PostgreSQL JDBC URL
     * @return the database it names, or {@code null} when it names none
     */
    static String database(String url) {
        Matcher m = POSTGRES_URL.matcher(url == null ? "" : url);
        return m.matches() && m.group(2) != null && m.group(2).length() > 1 ? m.group(2).substring(1) : null;
    }
}
