package io.drift.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * A database to connect to, with the credentials resolved.
 *
 * @param url            the URL with hosts, ports and database filled in
 * @param user           the user name
 * @param password       the password, if one was found
 * @param passwordSource where the password came from, for messages ({@code DRIFT_PASSWORD}, {@code ~/.pgpass})
 */
public record DatabaseTarget(PostgresUrl url, String user, Optional<String> password, String passwordSource) {

    public DatabaseTarget {
        requireNonNull(url, "url");
        requireNonNull(user, "user");
        requireNonNull(password, "password");
        requireNonNull(passwordSource, "passwordSource");
    }

    /** @return {@code user@host:port/database}, with no password: for progress and error messages */
    public String display() {
        return user + "@" + url.display();
    }

    @Override
    public String toString() {
        return "DatabaseTarget[" + display() + ", password " + (password.isPresent() ? "from " + passwordSource
                : "none") + "]";
    }
}
