package io.drift.cli;

/** Progress lines on stderr, silenced by {@code --quiet}; redacted like everything else. */
final class Progress {

    private final CliContext context;
    private final boolean quiet;

    Progress(CliContext context, boolean quiet) {
        this.context = context;
        this.quiet = quiet;
    }

    void say(String line) {
        if (!quiet) {
            context.errLine(line);
        }
    }
}
