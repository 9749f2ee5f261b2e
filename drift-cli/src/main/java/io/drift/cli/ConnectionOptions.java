package io.drift.cli;

import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;

import picocli.CommandLine.Option;

/** How to log in to a database; there is deliberately no option that takes a password as its value. */
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

    /** @return {@code --connections}, refused as a usage error below one */
    int connections() {
        if (connections < 1) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--connections must be 1 or more, not " + connections
                    + " (1 reads on a single connection).");
        }
        return connections;
    }
}
