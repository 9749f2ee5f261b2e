package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.core.internal.AtomicFiles;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.MigrationsSnapshot;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.flywaydb.core.api.configuration.Configuration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshot",
        sortOptions = false,
        headerHeading = "%n",
        header = "Build the schema the Flyway migrations make, and write it with their checksums.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Build once, check anywhere: runs the migrations from empty in a shadow database (removed"
                        + " afterwards), captures the schema they build, and writes it to FILE with the checksums of"
                        + " the migrations it came from. Ship the file with the application; 'drift migrations diff"
                        + " --expected FILE' and the flyway.drift check compare a database with it without a shadow"
                        + " database, and say it is stale when the migrations have changed since.",
                "Where to build: --shadow-url, --shadow-server, or the server of --url (which is only read: its major"
                        + " version and roles make the shadow alike)."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the file was written", ExitCodes.LINE_USAGE,
                "3:could not run: no shadow database, a migration that fails from empty, output not writable"},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift migrations snapshot --output src/main/resources/db/expected-schema.json \\",
                "      --locations filesystem:src/main/resources/db/migration \\",
                "      --shadow-server jdbc:postgresql://localhost/postgres -U postgres",
                "",
                "See docs/cli.md for more."})
final class MigrationsSnapshotCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, order = 1,
            description = "Where to write it (replaced atomically).")
    Path output;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 2,
            description = "The database it is for (only read): a shadow of its major version, on its server unless"
                    + " --shadow-url or --shadow-server say otherwise.")
    String url;

    @Mixin
    FlywayOptions flyway = new FlywayOptions();

    @Mixin
    ShadowOptions shadow = new ShadowOptions();

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA", order = 14,
            description = "Capture only this schema; repeatable (default: every non-system schema).")
    List<String> schemas = new ArrayList<>();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    MigrationsSnapshotCommand(CliContext context) {
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
        CaptureOptions capture;
        try {
            capture = CaptureOptions.builder().schemas(schemas).build();
        } catch (IllegalArgumentException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--schema: " + e.getMessage(), e);
        }
        Configuration configuration = migrations.configuration(flyway);
        ShadowDatabase shadowDatabase = migrations.shadow(shadow, connection);
        Optional<DatabaseTarget> target = url == null ? Optional.empty() : migrations.target(url, connection, true);
        AtomicFiles.check(output, "expected schema");

        ShadowTarget shadowTarget = target.map(t -> Migrations.shadowTarget(t, migrations.connect(t)))
                .orElse(ShadowTarget.none());
        progress.say("Building the schema the migrations make in a shadow database ...");
        long start = System.nanoTime();
        MigrationsSnapshot built = FlywayMigrations.of(configuration).expected(shadowDatabase, shadowTarget, capture);
        built.write(output);
        progress.say("Wrote " + built.description() + " (" + built.snapshot().size() + " objects, "
                + built.migrations().size() + " migrations) to " + output + "; built in " + built.builtIn() + " in "
                + (System.nanoTime() - start) / 1_000_000 + " ms, and the shadow is gone again");
        return ExitCodes.OK;
    }
}
