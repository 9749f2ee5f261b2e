package io.drift.cli;

import static java.util.Objects.requireNonNull;

import io.drift.cli.internal.Redaction;
import io.drift.cli.internal.TerminalStream;

import java.io.InputStream;
import java.io.PrintStream;
import java.util.Map;

/**
 * What a command may touch of the outside world, injected so that tests can run the command line in-process with
 * their own environment and streams. Shared by every command.
 *
 * @param env              the environment variables
 * @param in               stdin, for a snapshot given as {@code -}
 * @param out              where reports go (stdout); its write errors are checked ({@link Output})
 * @param err              where progress, warnings and errors go (stderr): every line written there is redacted
 *                         and has its control characters escaped ({@link TerminalStream}), whoever writes it
 * @param consoleAvailable whether an interactive terminal exists (for the {@code --password} prompt)
 * @param stdoutTerminal   whether stdout is a terminal (for {@code --color auto})
 * @param redaction        masks every password before anything is printed
 */
record CliContext(Map<String, String> env, InputStream in, PrintStream out, PrintStream err,
                  boolean consoleAvailable, boolean stdoutTerminal, Redaction redaction) {

    CliContext {
        env = Map.copyOf(requireNonNull(env, "env"));
        requireNonNull(in, "in");
        requireNonNull(out, "out");
        requireNonNull(redaction, "redaction");
        err = TerminalStream.wrap(requireNonNull(err, "err"), redaction);
    }

    /** A context with nothing on stdin. */
    CliContext(Map<String, String> env, PrintStream out, PrintStream err, boolean consoleAvailable,
               boolean stdoutTerminal, Redaction redaction) {
        this(env, InputStream.nullInputStream(), out, err, consoleAvailable, stdoutTerminal, redaction);
    }

    /** Prints one line to stderr, redacted and escaped. */
    void errLine(String line) {
        err.println(line);
        err.flush();
    }

    /** Prints a warning to stderr; warnings show even with {@code --quiet}. */
    void warn(String message) {
        errLine("drift: warning: " + message);
    }
}
