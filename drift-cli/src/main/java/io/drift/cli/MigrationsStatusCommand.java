package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationStatus;
import io.drift.reporting.Renderers;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "status",
        sortOptions = false,
        headerHeading = "%n",
        header = "List what is pending, failed, missing, edited or ahead in the database's Flyway history.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Reads the database's status with Flyway's info and validate, on a read-only session (nothing is"
                        + " written: no history table, no schema), and reports one finding per migration that"
                        + " matters: pending (with how to apply it), failed, applied but missing from the code, newer"
                        + " than the code, edited after it ran (both checksums), out of order, skipped, baselined; a"
                        + " database without a history table is one finding.",
                "The exit code is 1 when something is pending, or any finding is at or above --fail-on."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:up to date: nothing at or above --fail-on",
                "1:a migration is pending, failed, missing, edited or skipped (a finding at or above --fail-on)",
                ExitCodes.LINE_USAGE, ExitCodes.LINE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift migrations status --url jdbc:postgresql://db.example/app -U app \\",
                "      --locations filesystem:src/main/resources/db/migration",
                "  # Flyway's configuration from flyway.toml in the working directory; JSON for a pipeline",
                "  drift migrations status --url jdbc:postgresql://db.example/app --format json -o status.json",
                "",
                "Environment: DRIFT_URL, DRIFT_USER, DRIFT_PASSWORD, PG*; FLYWAY_* (as Flyway reads them).",
                "See docs/cli.md for more."})
final class MigrationsStatusCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 1,
            description = "The database (default: DRIFT_URL, then PGHOST/PGPORT/PGDATABASE).")
    String url;

    @Mixin
    FlywayOptions flyway = new FlywayOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 14,
            completionCandidates = ReportFormats.class, description = ReportFormats.FORMAT_HELP)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 15,
            description = ReportFormats.OUTPUT_HELP)
    String output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "error", order = 16,
            description = "Lowest severity that makes the exit code 1: error (pending, failed, missing, edited,"
                    + " skipped), warning (also a database ahead of the code) or info (default: ${DEFAULT-VALUE}).")
    DiffCommand.FailOn failOn;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    MigrationsStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() {
        Progress progress = new Progress(context, common.quiet);
        Migrations migrations = new Migrations(context, progress);
        Configuration configuration = migrations.configuration(flyway);
        ReportRenderer renderer = Renderers.require(format);
        DatabaseTarget target = migrations.target(url, connection, true).orElseThrow();
        Output out = Output.of(context, output, "report");

        DataSource dataSource = migrations.connect(target);
        progress.say("Reading the migration status of " + target.url().display() + " ...");
        MigrationStatus status = FlywayMigrations.of(configuration).status(dataSource);
        migrations.warnWhenNoMigrations(status, configuration);
        CheckReport report = CheckRunner.builder()
                .checks(FlywayChecks.status(configuration, FlywayChecks.FixStyle.COMMAND_LINE))
                .build().run(dataSource);
        RenderContext renderContext = RenderContext.of("Flyway migrations in " + String.join(", ",
                java.util.Arrays.stream(configuration.getLocations()).map(Object::toString).toList()),
                SchemaLoader.describe(null, target));
        out.writeText(w -> renderer.render(report, renderContext, w));
        int pending = status.pending().size();
        progress.say(pending == 0 ? "Nothing pending." : pending + (pending == 1 ? " migration" : " migrations")
                + " pending.");
        return report.exitCode(failOn.threshold);
    }
}
