package io.drift.cli;

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
}
