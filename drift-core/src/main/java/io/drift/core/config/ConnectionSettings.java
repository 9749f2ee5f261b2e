package io.drift.core.config;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a database is, as {@code drift.yaml} may say it ({@code database:} and {@code reference:}): a JDBC URL and a
 * user, never a password. The command line takes the password from the environment ({@code DRIFT_PASSWORD},
 * {@code PGPASSWORD}, {@code ~/.pgpass}) or a prompt.
 *
 * @param url  a JDBC URL without credentials: {@code jdbc:postgresql://db.example:5432/app}
 * @param user the user name, or {@code null} to take it from the environment
 * @since 0.1.0
 */
public record ConnectionSettings(String url, String user) {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} when the URL is not a JDBC URL or holds
     *                        a password
     */
    public ConnectionSettings {
        requireNonNull(url, "url");
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:")) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "'" + url + "' is not a JDBC URL. Write"
                    + " it as jdbc:postgresql://host:port/database.");
        }
        if (holdsPassword(url)) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "The database URL holds a password, and"
                    + " a password never goes in drift.yaml. Remove it from the URL, and give it in DRIFT_PASSWORD or"
                    + " PGPASSWORD, in ~/.pgpass, or at the --password prompt.");
        }
        if (user != null && user.isBlank()) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "The database user must not be empty:"
                    + " name one, or leave the key out to take it from the environment.");
        }
    }

    /**
     * @param url a JDBC URL
     * @return whether it carries a password ({@code ?password=…} or {@code user:password@host})
     */
    static boolean holdsPassword(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        int query = lower.indexOf('?');
        if (query >= 0) {
            for (String pair : lower.substring(query + 1).split("&")) {
                if (pair.startsWith("password=")) {
                    return true;
                }
            }
        }
        int start = lower.indexOf("//");
        if (start >= 0) {
            int end = lower.indexOf('/', start + 2);
            String authority = lower.substring(start + 2, end < 0 ? (query < 0 ? lower.length() : query) : end);
            int at = authority.lastIndexOf('@');
            return at >= 0 && authority.substring(0, at).contains(":");
        }
        return false;
    }

    /** @return the user, if one is named */
    public Optional<String> findUser() {
        return Optional.ofNullable(user);
    }
}
