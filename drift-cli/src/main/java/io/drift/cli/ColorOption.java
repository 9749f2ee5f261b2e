package io.drift.cli;

import picocli.CommandLine.Option;

/** {@code --color}, for the commands that print a text report: when the report may use colour. */
final class ColorOption {

    /** When a terminal format may use colour. */
    enum When { auto, always, never }

    @Option(names = "--color", paramLabel = "WHEN", defaultValue = "auto", order = 40,
            description = "Colour the text report: auto (when stdout is a terminal and NO_COLOR is unset),"
                    + " always or never (default: ${DEFAULT-VALUE}).")
    When when = When.auto;

    /**
     * @param context the terminal and the environment
     * @param out     where the report goes
     * @return whether to colour it: always, never, or (auto) on a terminal that is not dumb, with NO_COLOR unset
     */
    boolean use(CliContext context, Output out) {
        switch (when) {
            case always:
                return true;
            case never:
                return false;
            default:
                String noColor = context.env().get("NO_COLOR");
                return !out.isFile() && context.stdoutTerminal() && (noColor == null || noColor.isEmpty())
                        && !"dumb".equals(context.env().get("TERM"));
        }
    }
}
