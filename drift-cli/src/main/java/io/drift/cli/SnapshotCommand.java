package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "snapshot",
        sortOptions = false,
        headerHeading = "%n",
        header = "Capture a database's schema into a snapshot file.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Connects to a PostgreSQL database, reads its catalog in one read-only transaction and writes the"
                        + " schema as a snapshot (canonical JSON, stable order: commit it, diff it). The snapshot"
                        + " goes to stdout unless --output names a file, which is then replaced atomically. A"
                        + " --schema that the database does not have is a usage error.",
                "Progress goes to stderr. The database comes from --url, else DRIFT_URL, else PGHOST/PGPORT/"
                        + "PGDATABASE."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the snapshot was written", ExitCodes.LINE_USAGE, ExitCodes.LINE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift snapshot --url jdbc:postgresql://localhost/app -U app > expected.json",
                "  # password from ~/.pgpass; two schemas; the file replaced atomically",
                "  drift snapshot --url jdbc:postgresql://db.example/app --schema public \\",
                "      --schema billing --output schema/expected.json",
                "  PGHOST=db.example PGDATABASE=app drift snapshot --password -o prod.json",
                "  # without the scratch tables loaded by hand",
                "  drift snapshot --url jdbc:postgresql://localhost/app --exclude-table 'public.tmp_*' -o base.json",
                "",
                "Environment: DRIFT_URL, DRIFT_USER, DRIFT_PASSWORD; PGHOST, PGPORT, PGDATABASE, PGUSER,"
                        + " PGPASSWORD, PGPASSFILE (default ~/.pgpass).",
                "See docs/cli.md for more."})
final class SnapshotCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 1,
            description = "The database: jdbc:postgresql://host[:port]/database[?param=value…]"
                    + " (default: DRIFT_URL, then PGHOST/PGPORT/PGDATABASE).")
    String url;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA", order = 4,
            description = "A schema to capture; repeat for several (default: every schema that is not a system"
                    + " schema).")
    List<String> schemas = new ArrayList<>();

    @Option(names = "--exclude-table", paramLabel = "GLOB", order = 5,
            description = "Leave out the tables whose path (schema.table) matches GLOB, with their columns, indexes,"
                    + " constraints, triggers, policies, rules, grants and the sequences they own; repeatable."
                    + " Quote it: 'public.tmp_*', '**.audit_log'. The migration tools' tables"
                    + " (flyway_schema_history, databasechangelog, databasechangeloglock) are always left out.")
    List<String> excludeTables = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 6,
            description = "Write the snapshot to FILE, atomically, instead of stdout (- for stdout). A link is"
                    + " written through; a device or FIFO is written to.")
    String output;

    @Mixin
    CommonOptions common = new CommonOptions();

    SnapshotCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() {
        Progress progress = new Progress(context, common.quiet);
        SchemaLoader loader = new SchemaLoader(context, progress);
        CaptureOptions options;
        try {
            options = connection.captureOptions().schemas(schemas).excludeTables(excludeTables).build();
        } catch (DriftException e) {
            String option = e.getMessage().startsWith("The table glob") ? "--exclude-table: " : "--schema: ";
            throw new DriftException(Reason.INVALID_ARGUMENT, option + e.getMessage(), e);
        }
        String givenUrl = url != null ? url : loader.resolver().defaultUrl().orElseThrow(() ->
                new DriftException(Reason.INVALID_ARGUMENT, "No database given. Pass --url"
                        + " jdbc:postgresql://host:port/database, or set DRIFT_URL"));
        DatabaseTarget target = loader.target(givenUrl, connection.user, connection.password);
        Output out = Output.of(context, output, "snapshot file");

        Snapshot snapshot = loader.capture(target, options, true);
        // Bytes straight from SnapshotFiles (atomic for a file, as before): a 10,000-table snapshot is 38 MB of JSON,
        // which as a String encoded back to UTF-8 through a Writer cost 5% of the run and a third more memory.
        if (out.isFile()) {
            SnapshotFiles.write(snapshot, out.file());
            progress.say("Snapshot of " + snapshot.size() + " objects written to " + out.describe());
        } else {
            out.write(stream -> SnapshotFiles.write(snapshot, stream));
        }
        return ExitCodes.OK;
    }
}
