package io.drift.cli.internal;

import static java.util.Objects.requireNonNull;

import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Decides which database, user and password a command connects with, most specific source first:
 * <ol>
 *     <li>the URL itself ({@code ?user=}, {@code ?password=}, {@code user:password@}), which belongs to one
 *     database;</li>
 *     <li>the command's options ({@code --user}, the {@code --password} prompt);</li>
 *     <li>Drift's variables ({@code DRIFT_USER}, {@code DRIFT_PASSWORD}), then libpq's ({@code PGUSER},
 *     {@code PGPASSWORD});</li>
 *     <li>the password file ({@code PGPASSFILE} or {@code ~/.pgpass});</li>
 *     <li>for the user, the operating system's user name.</li>
 * </ol>
 * Host, port and database missing from the URL come from {@code PGHOST}, {@code PGPORT} and {@code PGDATABASE}.
 * Every password found is registered with the {@link Redaction}, so nothing printed afterwards can show it.
 */
public final class ConnectionResolver {

    private final Map<String, String> env;
    private final Redaction redaction;
    private final Consumer<String> warn;
    private Optional<PgPass> pgPass;

    /**
     * @param env       the environment, injected so tests can set it
     * @param redaction learns every password found
     * @param warn      receives warnings (an ignored password file)
     */
    public ConnectionResolver(Map<String, String> env, Redaction redaction, Consumer<String> warn) {
        this.env = requireNonNull(env, "env");
        this.redaction = requireNonNull(redaction, "redaction");
        this.warn = requireNonNull(warn, "warn");
    }

    /**
     * The URL to use when a command is given none: {@code DRIFT_URL}, else one built from the libpq variables when
     * {@code PGHOST} or {@code PGDATABASE} is set.
     *
     * @return the URL, or empty when the environment names no database
     */
    public Optional<String> defaultUrl() {
        String driftUrl = value("DRIFT_URL");
        if (driftUrl != null) {
            return Optional.of(driftUrl);
        }
        if (value("PGHOST") != null || value("PGDATABASE") != null) {
            return Optional.of(PostgresUrl.PREFIX + "//");
        }
        return Optional.empty();
    }

    /**
     * @param rawUrl           the URL as given
     * @param userOption       {@code --user}, or {@code null}
     * @param promptedPassword the password typed at the {@code --password} prompt, or {@code null}
     * @return the target
     * @throws IllegalArgumentException for a URL that cannot be read (a usage error)
     */
    public DatabaseTarget resolve(String rawUrl, String userOption, char[] promptedPassword) {
        PostgresUrl url = PostgresUrl.parse(rawUrl);
        url.password().ifPresent(redaction::addSecret);
        String user = url.user()
                .or(() -> Optional.ofNullable(blankToNull(userOption)))
                .or(() -> Optional.ofNullable(value("DRIFT_USER")))
                .or(() -> Optional.ofNullable(value("PGUSER")))
                .or(() -> Optional.ofNullable(value("USER")))
                .orElseGet(() -> System.getProperty("user.name", "postgres"));
        PostgresUrl filled = url.withDefaults(env, user);

        String password;
        String source;
        if (url.password().isPresent()) {
            password = url.password().get();
            source = "the URL";
        } else if (promptedPassword != null) {
            password = new String(promptedPassword);
            source = "the --password prompt";
        } else if (value("DRIFT_PASSWORD") != null) {
            password = env.get("DRIFT_PASSWORD");
            source = "DRIFT_PASSWORD";
        } else if (value("PGPASSWORD") != null) {
            password = env.get("PGPASSWORD");
            source = "PGPASSWORD";
        } else {
            PostgresUrl.HostPort first = filled.hosts().get(0);
            password = pgPass().flatMap(p -> p.find(first.host(), first.port(), filled.database(), user)).orElse(null);
            source = PgPass.location(env).map(Object::toString).orElse("~/.pgpass");
        }
        redaction.addSecret(password);
        return new DatabaseTarget(filled, user, Optional.ofNullable(password), password == null ? "none" : source);
    }

    private Optional<PgPass> pgPass() {
        if (pgPass == null) {
            pgPass = PgPass.load(env, warn);
        }
        return pgPass;
    }

    private String value(String name) {
        return blankToNull(env.get(name));
    }

    private static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
