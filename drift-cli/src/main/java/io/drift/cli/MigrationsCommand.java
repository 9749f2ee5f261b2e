package io.drift.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "migrations",
        headerHeading = "%n",
        header = "Flyway migrations: their status, the drift from what they build, two histories, applying them.",
        synopsisHeading = "%nUsage: ",
        synopsisSubcommandLabel = "COMMAND",
        descriptionHeading = "%n",
        description = {
                "Reads Flyway's own configuration (flyway.toml, flyway.conf, FLYWAY_* variables) as Flyway does, with"
                        + " --locations over it. Only 'apply' writes to the database, and only when confirmed;"
                        + " the schema the migrations build is built in a shadow database that is removed afterwards."},
        commandListHeading = "%nCommands:%n",
        optionListHeading = "%nOptions:%n",
        subcommands = {MigrationsStatusCommand.class, MigrationsDiffCommand.class, MigrationsSnapshotCommand.class,
                MigrationsCompareCommand.class, MigrationsApplyCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift migrations status --url jdbc:postgresql://db.example/app --locations filesystem:db/migration",
                "  drift migrations diff --url jdbc:postgresql://db.example/app --locations filesystem:db/migration",
                "  drift migrations snapshot --output src/main/resources/db/expected-schema.json \\",
                "      --locations filesystem:db/migration --shadow-server jdbc:postgresql://localhost/postgres",
                "  drift migrations compare jdbc:postgresql://staging/app jdbc:postgresql://prod/app",
                "  drift migrations apply --url jdbc:postgresql://localhost/app --locations filesystem:db/migration",
                "",
                "See docs/cli.md for more."})
final class MigrationsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean help;

    /** {@code drift migrations} alone: the help, on stderr, and a usage error. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
