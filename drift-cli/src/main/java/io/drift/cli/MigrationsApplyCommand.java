package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.core.check.Check;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.flyway.ApplyResult;
import io.drift.flyway.FlywayChecks;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationStatus;
import io.drift.flyway.ShadowDatabase;
import io.drift.reporting.Renderers;

import java.io.Console;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "apply",
        sortOptions = false,
        headerHeading = "%n",
        header = "Apply the pending Flyway migrations, once confirmed, then check the status and the drift.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Lists the pending migrations, asks for confirmation on the terminal (or takes --yes), runs Flyway's"
                        + " migrate with Flyway's configuration, then runs the flyway.status and flyway.drift checks"
                        + " and reports. Nothing is applied without a 'yes' at the prompt or --yes; without a"
                        + " terminal, --yes is required.",
                "The exit code is that of the checks afterwards: 0 when the database is up to date and what the"
                        + " migrations build, 1 when a finding remains (also when the prompt was answered no)."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:applied (or nothing pending), and the checks afterwards pass",
                "1:a finding remains afterwards, or the migrations were not applied",
                "2:usage error, or no terminal to confirm on and no --yes (nothing applied)",
                "3:could not run: no connection, a migration failed, a check could not run"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift migrations apply --url jdbc:postgresql://localhost/app --locations filesystem:db/migration",
                "  # in a pipeline: no prompt; the drift check built on a CI server",
                "  drift migrations apply --url jdbc:postgresql://db/app --yes \\",
                "      --shadow-server jdbc:postgresql://ci-db/postgres",
                "",
                "See docs/cli.md for more."})
final class MigrationsApplyCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 1,
            description = "The database to migrate (default: DRIFT_URL, then PGHOST/PGPORT/PGDATABASE).")
    String url;

    @Mixin
    FlywayOptions flyway = new FlywayOptions();

    @Mixin
    ShadowOptions shadow = new ShadowOptions();

    @Option(names = {"-y", "--yes"}, order = 14,
            description = "Apply without asking (required without a terminal).")
    boolean yes;

    @Option(names = "--skip-drift", order = 15,
            description = "Afterwards, check the status only, not the drift from what the migrations build.")
    boolean skipDrift;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 16,
            completionCandidates = ReportFormats.class, description = ReportFormats.FORMAT_HELP)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 17,
            description = ReportFormats.OUTPUT_HELP)
    String output;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    MigrationsApplyCommand(CliContext context) {
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
        if (!yes && !context.consoleAvailable()) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "drift migrations apply asks before it migrates, and"
                    + " there is no terminal to ask on: pass --yes to apply without asking. Nothing was applied");
        }
        Configuration configuration = migrations.configuration(flyway);
        ReportRenderer renderer = Renderers.require(format);
        ShadowDatabase shadowDatabase = skipDrift ? null : migrations.shadow(shadow, connection);
        DatabaseTarget target = migrations.target(url, connection, true).orElseThrow();
        Output out = Output.of(context, output, "report");

        DataSource dataSource = migrations.connect(target);
        FlywayMigrations flywayMigrations = FlywayMigrations.of(configuration);
        boolean[] declined = new boolean[1];
        long start = System.nanoTime();
        ApplyResult result = flywayMigrations.apply(dataSource, pending -> {
            List<String> names = pending.stream().map(MigrationEntry::label).toList();
            context.errLine("Pending on " + target.url().display() + ":");
            names.forEach(n -> context.errLine("  " + n));
            if (yes) {
                return true;
            }
            declined[0] = !confirm(pending.size(), target);
            return !declined[0];
        });
        MigrationStatus before = result.before();
        migrations.warnWhenNoMigrations(before, configuration);
        if (result.migrated()) {
            progress.say("Applied " + String.join(", ", result.applied().stream().map(MigrationEntry::shortName)
                    .toList()) + " in " + (System.nanoTime() - start) / 1_000_000 + " ms; the database is at "
                    + result.after().currentVersion().map(v -> "V" + v).orElse("no version") + ".");
        } else if (declined[0]) {
            context.errLine("Nothing applied.");
        } else {
            progress.say("Nothing pending: the database is at "
                    + before.currentVersion().map(v -> "V" + v).orElse("no version") + ".");
        }

        List<Check> checks = new ArrayList<>();
        checks.add(FlywayChecks.status(configuration, FlywayChecks.FixStyle.COMMAND_LINE));
        if (!skipDrift) {
            progress.say("Checking the drift from what the migrations build ...");
            checks.add(FlywayChecks.drift(configuration).shadow(new TargetServerShadow(shadowDatabase, target))
                    .build());
        }
        CheckReport report = CheckRunner.builder().checks(checks).checkTimeout(java.time.Duration.ofMinutes(10))
                .build().run(dataSource);
        RenderContext renderContext = RenderContext.of("Flyway migrations", SchemaLoader.describe(null, target));
        out.writeText(w -> renderer.render(report, renderContext, w));
        return report.exitCode(io.drift.core.diff.Severity.ERROR);
    }

    private boolean confirm(int count, DatabaseTarget target) {
        Console console = System.console();
        if (console == null) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "There is no terminal to confirm on: pass --yes to"
                    + " apply without asking. Nothing was applied");
        }
        String answer = console.readLine("Apply %d %s to %s? [y/N] ", count, count == 1 ? "migration" : "migrations",
                target.url().display());
        return answer != null && List.of("y", "yes").contains(answer.strip().toLowerCase(Locale.ROOT));
    }
}
