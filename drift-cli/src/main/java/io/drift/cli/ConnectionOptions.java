package io.drift.cli;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;

import java.time.Duration;

import picocli.CommandLine.Option;

/**
 * How to log in to a database and how long to wait for it: the options of every command that connects
 * ({@code snapshot}, {@code diff}, and those to come), mixed in with {@code @Mixin}. There is deliberately no option
 * that takes a password as its value.
 */
final class ConnectionOptions {

    @Option(names = {"-U", "--user"}, paramLabel = "USER", order = 20,
            description = "User name, unless the URL has one (default: DRIFT_USER, then PGUSER, then the OS user).")
    String user;

    @Option(names = {"-W", "--password"}, interactive = true, order = 21, arity = "0", prompt = "Password: ",
            preprocessor = ConsoleRequired.class,
            description = "Prompt for the password on the terminal (it is never an option value). Without it: "
                    + "DRIFT_PASSWORD, then PGPASSWORD, then ~/.pgpass (or PGPASSFILE).")
    char[] password;

    @Option(names = "--connections", paramLabel = "N", order = 22, defaultValue = "2",
            description = "Connections a capture may use at once, reading in parallel in one snapshot (default: "
                    + "${DEFAULT-VALUE}; 1 for a single connection, e.g. where a role has CONNECTION LIMIT 1).")
    int connections = 2;

    @Option(names = "--statement-timeout", paramLabel = "DURATION", order = 23, defaultValue = "60s",
            converter = DurationConverter.class,
            description = "How long one catalog query may run before the server cancels it (default: "
                    + "${DEFAULT-VALUE}); drift gives up on a server that sends nothing for 5 s longer. 30s, 500ms,"
                    + " 2m.")
    Duration statementTimeout = CaptureOptions.DEFAULT_STATEMENT_TIMEOUT;

    @Option(names = "--lock-timeout", paramLabel = "DURATION", order = 24, defaultValue = "5s",
            converter = DurationConverter.class,
            description = "How long a catalog query may wait for a lock held by DDL in another session (default: "
                    + "${DEFAULT-VALUE}).")
    Duration lockTimeout = CaptureOptions.DEFAULT_LOCK_TIMEOUT;

    /** @return {@code --connections}, refused as a usage error below one */
    int connections() {
        if (connections < 1) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--connections must be 1 or more, not " + connections
                    + " (1 reads on a single connection).");
        }
        return connections;
    }

    /**
     * @return capture options with the connection count and the timeouts of these options; add the schemas and
     *         build
     */
    CaptureOptions.Builder captureOptions() {
        return CaptureOptions.builder()
                .maxConnections(connections())
                .statementTimeout(statementTimeout)
                .lockTimeout(lockTimeout);
    }
}
