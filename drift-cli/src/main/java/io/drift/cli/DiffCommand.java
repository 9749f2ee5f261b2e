package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.UnmatchedFilter;
import io.drift.core.internal.Names;
import io.drift.core.model.Snapshot;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.Renderers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "diff",
        sortOptions = false,
        headerHeading = "%n",
        header = "Compare an expected schema with an actual one and report the drift.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "EXPECTED and ACTUAL are each a snapshot file (written by 'drift snapshot'; - for stdin, or a"
                        + " FIFO or <(…)) or a database URL (jdbc:postgresql://…), which is captured first. The report"
                        + " goes to stdout, or to --output, replaced atomically; progress and the summary go to"
                        + " stderr.",
                "The exit code says whether drift was found: 1 when any difference is at or above --fail-on"
                        + " (by default, any difference at all)."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LINE_OK, ExitCodes.LINE_DRIFT, ExitCodes.LINE_USAGE, ExitCodes.LINE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # the committed snapshot against the live database; exit code 1 on drift",
                "  drift diff schema/expected.json jdbc:postgresql://db.example/app -U app",
                "  # two snapshot files, as JSON, into a file",
                "  drift diff expected.json actual.json --format json --output drift.json",
                "  # a pull-request comment with a diagram of the drifted tables; SARIF for code scanning",
                "  drift diff schema/expected.json jdbc:postgresql://db/app --format markdown --output drift.md",
                "  drift diff schema/expected.json jdbc:postgresql://db/app --format sarif --output drift.sarif",
                "  # staging against production, errors only, ignoring comments and grants",
                "  drift diff jdbc:postgresql://staging/app jdbc:postgresql://prod/app \\",
                "      --fail-on error --ignore comment --ignore grants --exclude 'public.tmp_*'",
                "",
                "Environment: DRIFT_USER, DRIFT_PASSWORD; PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,"
                        + " PGPASSFILE (default ~/.pgpass); NO_COLOR.",
                "See docs/cli.md for more."})
final class DiffCommand implements Callable<Integer>, HasCommonOptions {

    /** Which severities make the exit code 1. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }
    }


    private final CliContext context;

    @Parameters(index = "0", paramLabel = "EXPECTED",
            description = "What the schema should be: a snapshot file or a JDBC URL.")
    String expected;

    @Parameters(index = "1", paramLabel = "ACTUAL",
            description = "What the schema is: a snapshot file or a JDBC URL.")
    String actual;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 1,
            completionCandidates = ReportFormats.class, description = ReportFormats.FORMAT_HELP)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 2, description = ReportFormats.OUTPUT_HELP)
    String output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "info", order = 3,
            description = "Lowest severity that makes the exit code 1: error, warning or info"
                    + " (default: ${DEFAULT-VALUE}, i.e. any difference). Every difference is reported either way.")
    FailOn failOn;

    @Option(names = "--include", paramLabel = "GLOB", order = 4,
            description = "Compare only objects whose path matches (public.*, public.users, **.audit_*);"
                    + " repeatable. One that matches nothing on either side is a usage error.")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", order = 5,
            description = "Leave out objects whose path matches, and their children; repeatable. One that"
                    + " matches nothing on either side is a warning.")
    List<String> excludes = new ArrayList<>();

    @Option(names = "--ignore", paramLabel = "KIND_OR_PROPERTY", order = 6,
            description = "Ignore a kind of object (index, trigger, policy, …) or a property (comment, grants,"
                    + " column.collation, …); repeatable.")
    List<String> ignores = new ArrayList<>();

    @Option(names = {"-s", "--schema"}, paramLabel = "SCHEMA", order = 7,
            description = "Compare only this schema (and capture only it from a database); repeatable. One that"
                    + " neither side has is a usage error.")
    List<String> schemas = new ArrayList<>();

    @Mixin
    ColorOption color = new ColorOption();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    DiffCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() throws Exception {
        Progress progress = new Progress(context, common.quiet);
        SchemaLoader loader = new SchemaLoader(context, progress);

        // Everything that can be wrong with the command line is checked before any connection is opened.
        DiffOptions options = diffOptions();
        CaptureOptions capture;
        try {
            capture = connection.captureOptions().schemas(schemas).build();
        } catch (DriftException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--schema: " + e.getMessage(), e);
        }
        if (expected.equals("-") && actual.equals("-")) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "EXPECTED and ACTUAL are both - (stdin), which holds"
                    + " one snapshot. Give a file or a URL for one of them");
        }
        ReportRenderer renderer = Renderers.require(format);
        Output out = Output.of(context, output, "report");
        out.refuseToOverwrite("EXPECTED", expected);
        out.refuseToOverwrite("ACTUAL", actual);
        String extension = ReportFormats.extensionWarning(renderer, output == null || output.equals("-") ? null
                : java.nio.file.Path.of(output));
        if (extension != null) {
            context.warn(extension);
        }
        DatabaseTarget expectedDb = SchemaLoader.isDatabase(expected)
                ? loader.target(expected, connection.user, connection.password) : null;
        DatabaseTarget actualDb = SchemaLoader.isDatabase(actual)
                ? loader.target(actual, connection.user, connection.password) : null;

        // Files first: a missing or corrupt file is found before a slow connection is made.
        Snapshot expectedSnapshot = expectedDb == null ? loader.read(expected) : null;
        Snapshot actualSnapshot = actualDb == null ? loader.read(actual) : null;
        if (expectedDb != null) {
            expectedSnapshot = loader.capture(expectedDb, capture);
        }
        if (actualDb != null) {
            actualSnapshot = loader.capture(actualDb, capture);
        }

        progress.say("Diffing ...");
        SchemaDiff diff = Differ.standard().diff(expectedSnapshot, actualSnapshot, options);
        refuseOrWarnAboutUnmatchedFilters(diff, expectedSnapshot, actualSnapshot);
        // The snapshots let a format show the tables around the drift (the markdown diagram).
        RenderContext renderContext = new RenderContext(SchemaLoader.describe(expected, expectedDb),
                SchemaLoader.describe(actual, actualDb), color.use(context, out))
                .withSnapshots(expectedSnapshot, actualSnapshot);
        out.writeText(w -> renderer.render(diff, renderContext, w));

        boolean drift = !diff.atLeast(failOn.threshold).isEmpty();
        progress.say(summary(diff, drift, out));
        return drift ? ExitCodes.DRIFT : ExitCodes.OK;
    }

    private DiffOptions diffOptions() {
        DiffOptions.Builder builder = DiffOptions.builder()
                .includeSchemas(schemas.toArray(String[]::new))
                .includeObjects(includes.toArray(String[]::new))
                .excludeObjects(excludes.toArray(String[]::new));
        ignores.forEach(builder::ignore);
        try {
            return builder.build();
        } catch (DriftException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "In --schema, --include, --exclude or --ignore: "
                    + e.getMessage(), e);
        }
    }

    /**
     * A filter that matches nothing on either side (the diff lists them) changes nothing in the result. An include
     * ({@code --schema}, {@code --include}) that matches nothing compares nothing, so the diff would pass whatever the
     * databases hold: a usage error, before any report is written. An exclude or an ignored vendor kind that matches
     * nothing cannot hide drift (a typo there shows the drift it meant to leave out), and a shared exclude list may
     * name objects only some environments have: a warning.
     */
    private void refuseOrWarnAboutUnmatchedFilters(SchemaDiff diff, Snapshot expected, Snapshot actual) {
        for (UnmatchedFilter unmatched : diff.unmatchedFilters()) {
            String value = unmatched.value();
            switch (unmatched.filter()) {
                case INCLUDE_SCHEMAS: {
                    Set<String> names = new TreeSet<>();
                    Stream.of(expected, actual).flatMap(s -> s.schemas().stream())
                            .forEach(d -> names.add(d.path().first()));
                    throw new DriftException(Reason.INVALID_ARGUMENT, "--schema " + value + " matches no schema on"
                            + " either side" + (names.isEmpty() ? "" : " (they have: " + SchemaLoader.shortList(names)
                            + ")") + ", so nothing would be compared." + Names.didYouMean(value, names)
                            + " Schema names are case-sensitive");
                }
                case INCLUDE_OBJECTS:
                    throw new DriftException(Reason.INVALID_ARGUMENT, "--include '" + value + "' matches no object"
                            + " on either side, so nothing would be compared. Check it for a typo: globs match paths"
                            + " such as public.users, public.users.email or public.users/idx_users_email, with * for"
                            + " any name and ** for any path");
                case EXCLUDE_OBJECTS:
                    context.warn("--exclude '" + value + "' matches no object on either side; it leaves nothing"
                            + " out.");
                    break;
                case IGNORED_VENDOR_KINDS:
                    context.warn("--ignore " + value + " matches no object: neither side holds a vendor object of"
                            + " that kind (a vendor attribute is ignored as attributes." + value + ").");
                    break;
                default:
                    context.warn(unmatched + " on either side.");
            }
        }
    }

    private String summary(SchemaDiff diff, boolean drift, Output out) {
        if (diff.isEmpty()) {
            return "No drift: the schemas match.";
        }
        Map<Severity, Integer> counts = diff.countsBySeverity();
        String tally = count(diff.size(), "difference") + " (" + count(counts.get(Severity.ERROR), "error") + ", "
                + count(counts.get(Severity.WARNING), "warning") + ", " + counts.get(Severity.INFO) + " info)";
        String where = out.isFile() ? "; report in " + out.describe() : "";
        return drift ? "Drift found: " + tally + where + "."
                : "No drift at or above --fail-on " + failOn + ": " + tally + where + ".";
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
