package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationsDrift;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.reporting.Renderers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "diff",
        sortOptions = false,
        headerHeading = "%n",
        header = "Compare a database with the schema its Flyway migrations build, and report the drift.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Builds the schema the migrations make from empty in a shadow database (removed afterwards; see"
                        + " --shadow-url and --shadow-server), or reads it from --expected (written by 'drift"
                        + " migrations snapshot'), and compares the database with it, Flyway's history table left"
                        + " out. Missing: what the migrations create that the database lacks. Unexpected: what the"
                        + " database has that no migration creates. The database is only read.",
                "The exit code is 1 when a difference is at or above --fail-on (by default, any difference). When a"
                        + " migration fails from empty, or --expected was built from other migrations, the command"
                        + " cannot compare: exit code 3, with the migration and the error, or what changed."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:no drift from what the migrations build", ExitCodes.LINE_DRIFT, ExitCodes.LINE_USAGE,
                "3:could not run: no connection, no shadow database, a migration that fails from empty, a stale"
                        + " --expected"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # built on the database's own server, in a temporary database (needs CREATEDB)",
                "  drift migrations diff --url jdbc:postgresql://db.example/app --locations filesystem:db/migration",
                "  # against a snapshot built at build time: no shadow database needed",
                "  drift migrations diff --url jdbc:postgresql://prod/app --expected expected-schema.json",
                "  # in an empty database of a CI service, as JSON",
                "  drift migrations diff --url jdbc:postgresql://db/app --shadow-url jdbc:postgresql://ci/shadow \\",
                "      --format json --output drift.json",
                "",
                "See docs/cli.md for more."})
final class MigrationsDiffCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 1,
            description = "The database (default: DRIFT_URL, then PGHOST/PGPORT/PGDATABASE).")
    String url;

    @Mixin
    FlywayOptions flyway = new FlywayOptions();

    @Mixin
    ShadowOptions shadow = new ShadowOptions();

    @Option(names = {"-e", "--expected"}, paramLabel = "FILE", order = 14,
            description = "The schema the migrations build, written by 'drift migrations snapshot'; refused when the"
                    + " migrations now differ from those it was built from.")
    Path expected;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 15,
            completionCandidates = ReportFormats.class, description = ReportFormats.FORMAT_HELP)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 16,
            description = ReportFormats.OUTPUT_HELP)
    String output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "info", order = 17,
            description = "Lowest severity that makes the exit code 1: error, warning or info (default:"
                    + " ${DEFAULT-VALUE}, i.e. any difference).")
    DiffCommand.FailOn failOn;

    @Option(names = "--include", paramLabel = "GLOB", order = 18,
            description = "Compare only objects whose path matches; repeatable.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", order = 19,
            description = "Leave out objects whose path matches, and their children; repeatable.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "KIND_OR_PROPERTY", order = 20,
            description = "Ignore a kind of object or a property (comment, grants, …); repeatable.")
    List<String> ignores = new ArrayList<>();

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA", order = 21,
            description = "Capture and compare only this schema; repeatable (default: every non-system schema).")
    List<String> schemas = new ArrayList<>();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    MigrationsDiffCommand(CliContext context) {
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
        if (expected != null && (shadow.shadowUrl != null || shadow.shadowServer != null)) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--expected is the schema built ahead of time:"
                    + " --shadow-url and --shadow-server, which build it now, cannot go with it");
        }
        DiffOptions options = diffOptions();
        CaptureOptions capture;
        try {
            capture = CaptureOptions.builder().schemas(schemas).maxConnections(connection.connections()).build();
        } catch (IllegalArgumentException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--schema: " + e.getMessage(), e);
        }
        Configuration configuration = migrations.configuration(flyway);
        ReportRenderer renderer = Renderers.require(format);
        ShadowDatabase shadowDatabase = expected == null ? migrations.shadow(shadow, connection) : null;
        MigrationsSnapshot prebuilt = expected == null ? null : readExpected(progress);
        DatabaseTarget target = migrations.target(url, connection, true).orElseThrow();
        Output out = Output.of(context, output, "report");

        DataSource dataSource = migrations.connect(target);
        FlywayMigrations flywayMigrations = FlywayMigrations.of(configuration);
        MigrationsDrift drift;
        if (prebuilt != null) {
            progress.say("Comparing " + target.url().display() + " with " + prebuilt.description() + " ...");
            drift = flywayMigrations.drift(dataSource, prebuilt, capture, options);
        } else {
            progress.say("Building the schema the migrations make in a shadow database ...");
            long start = System.nanoTime();
            MigrationsSnapshot built = flywayMigrations.expected(shadowDatabase,
                    Migrations.shadowTarget(target, dataSource), capture);
            progress.say("Built " + built.description() + " in " + built.builtIn() + " ("
                    + (System.nanoTime() - start) / 1_000_000 + " ms); it is gone again");
            SchemaDiff diff = built.diff(migrations.loader().capture(target, capture), options);
            drift = new MigrationsDrift(diff, built);
        }
        SchemaDiff diff = drift.diff();
        RenderContext renderContext = RenderContext.of(drift.expected().description() + " (built in "
                + drift.expected().builtIn() + ")", SchemaLoader.describe(null, target));
        out.writeText(w -> renderer.render(diff, renderContext, w));
        boolean failing = !diff.atLeast(failOn.threshold).isEmpty();
        progress.say(summary(diff, failing));
        return failing ? ExitCodes.DRIFT : ExitCodes.OK;
    }

    private MigrationsSnapshot readExpected(Progress progress) {
        progress.say("Reading " + expected + " ...");
        return MigrationsSnapshot.read(expected);
    }

    private DiffOptions diffOptions() {
        DiffOptions.Builder builder = DiffOptions.builder()
                .includeSchemas(schemas.toArray(String[]::new))
                .includeObjects(includes.toArray(String[]::new))
                .excludeObjects(excludes.toArray(String[]::new));
        try {
            ignores.forEach(builder::ignore);
            return builder.build();
        } catch (IllegalArgumentException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, e.getMessage() + " (in --schema, --include, --exclude"
                    + " or --ignore). Give a non-empty value.", e);
        }
    }

    private static String summary(SchemaDiff diff, boolean failing) {
        if (diff.isEmpty()) {
            return "No drift: the database is what the migrations build.";
        }
        Map<Severity, Integer> counts = diff.countsBySeverity();
        String tally = diff.size() + (diff.size() == 1 ? " difference" : " differences") + " ("
                + counts.get(Severity.ERROR) + " error, " + counts.get(Severity.WARNING) + " warning, "
                + counts.get(Severity.INFO) + " info)";
        return failing ? "Drift from the migrations: " + tally + "." : "No drift at or above --fail-on: " + tally + ".";
    }
}
