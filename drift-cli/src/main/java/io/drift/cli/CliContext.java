package io.drift.cli;

import static java.util.Objects.requireNonNull;

import io.drift.cli.internal.Redaction;

import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may touch of the outside world, injected so that tests can run the command line in-process with
 * their own environment and streams.
 *
 * @param env              the environment variables
 * @param out              where reports go (stdout)
 * @param err              where progress, warnings and errors go (stderr)
 * @param consoleAvailable whether an interactive terminal exists (for the {@code --password} prompt)
 * @param stdoutTerminal   whether stdout is a terminal (for {@code --color auto})
 * @param redaction        masks every password before anything is printed
 */
record CliContext(Map<String, String> env, PrintStream out, PrintStream err, boolean consoleAvailable,
                  boolean stdoutTerminal, Redaction redaction) {

    CliContext {
        env = Map.copyOf(requireNonNull(env, "env"));
        requireNonNull(out, "out");
        requireNonNull(err, "err");
        requireNonNull(redaction, "redaction");
    }

    /** Prints one line to stderr, redacted. */
    void errLine(String line) {
        err.println(redaction.redact(line));
        err.flush();
    }

    /** Prints a warning to stderr; warnings show even with {@code --quiet}. */
    void warn(String message) {
        errLine("drift: warning: " + message);
    }
}
