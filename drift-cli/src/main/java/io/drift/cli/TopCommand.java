package io.drift.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "drift",
        headerHeading = "%n",
        header = "Tells you that a database is not what your code expects.",
        synopsisHeading = "%nUsage: ",
        synopsisSubcommandLabel = "COMMAND",
        descriptionHeading = "%n",
        description = {
                "Captures a database's schema into a snapshot file, compares snapshots and live databases, and"
                        + " checks a database against what drift.yaml says it must be. Reports go to stdout (or"
                        + " --output); progress and errors go to stderr."},
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions:%n",
        versionProvider = TopCommand.Version.class,
        subcommands = {SnapshotCommand.class, DiffCommand.class, CheckCommand.class, MigrationsCommand.class,
                VersionCommand.class,
                HelpCommand.class},
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LINE_OK, ExitCodes.LINE_DRIFT, ExitCodes.LINE_USAGE, ExitCodes.LINE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift snapshot --url jdbc:postgresql://localhost/app -U app -o expected.json",
                "  drift diff expected.json jdbc:postgresql://db.example/app -U app",
                "  drift check --config drift.yaml --url jdbc:postgresql://db.example/app -U app",
                "  drift migrations status --url jdbc:postgresql://db.example/app --locations filesystem:db/migration",
                "  drift diff --help",
                "",
                "Passwords are never option values: use DRIFT_PASSWORD, PGPASSWORD, ~/.pgpass or --password"
                        + " (a prompt).",
                "See docs/cli.md for every option, variable and exit code."})
final class TopCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    private final CliContext context;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-V", "--version"}, versionHelp = true, description = "Print the version and exit.")
    boolean version;

    TopCommand(CliContext context) {
        this.context = context;
    }

    /** {@code drift} alone: the help, on stderr since nothing was asked for, and a usage error. */
    @Override
    public Integer call() {
        // Without colour: stderr escapes control characters, so that nothing echoed there can drive the terminal.
        spec.commandLine().usage(spec.commandLine().getErr(), CommandLine.Help.Ansi.OFF);
        return ExitCodes.USAGE;
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return VersionCommand.Versions.lines();
        }
    }
}
