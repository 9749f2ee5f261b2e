package io.drift.cli;

import io.drift.cli.internal.DatabaseConnector;
import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.CaptureOptions;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Status;
import io.drift.core.config.ConnectionSettings;
import io.drift.core.config.DriftConfig;
import io.drift.core.config.RowCountRule;
import io.drift.core.diff.Severity;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.CheckProvider;
import io.drift.core.spi.ReportRenderer;
import io.drift.reporting.Renderers;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "check",
        sortOptions = false,
        headerHeading = "%n",
        header = "Run checks against a database: reachable, required objects present, no schema drift, row counts.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Runs every check that is on (by default, or in drift.yaml), and reports one line per check with its"
                        + " status and time, the findings under it, and a verdict. The configuration is --config, or"
                        + " drift.yaml in the working directory when there is one; the options below add to it."
                        + " The report goes to stdout, or to --output, replaced atomically; progress goes to stderr.",
                "When the database cannot be reached, the checks that need it are skipped at once, and the exit code"
                        + " is 3. When one check fails and another could not run, the exit code is 3: the report is"
                        + " incomplete (the failures are in it all the same)."},
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {ExitCodes.LINE_CHECK_OK, ExitCodes.LINE_CHECK_FAILED, ExitCodes.LINE_CHECK_USAGE,
                ExitCodes.LINE_CHECK_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  # what drift.yaml says, against the database it names",
                "  drift check",
                "  # before a deploy: no drift, the new table there, users not empty",
                "  drift check --url jdbc:postgresql://db.example/app -U app \\",
                "      --baseline schema/baseline.json --require public.security_detections \\",
                "      --min-rows public.users=1",
                "  # the quick checks only, as JSON, failing on warnings too",
                "  drift check --quick --format json --output checks.json --fail-on warning",
                "  # which checks there are",
                "  drift check --list",
                "",
                "Environment: DRIFT_URL, DRIFT_USER, DRIFT_PASSWORD; PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD,"
                        + " PGPASSFILE (default ~/.pgpass); NO_COLOR.",
                "See docs/checks.md for every check, finding code and drift.yaml key, and docs/cli.md for more."})
final class CheckCommand implements Callable<Integer>, HasCommonOptions {

    /** The default configuration file, read from the working directory when it exists. */
    static final String DEFAULT_CONFIG = "drift.yaml";

    /** Which severities make the exit code 1. */
    enum FailOn {
        error(Severity.ERROR), warning(Severity.WARNING), info(Severity.INFO);

        final Severity threshold;

        FailOn(Severity threshold) {
            this.threshold = threshold;
        }
    }


    private final CliContext context;

    @Option(names = {"-c", "--config"}, paramLabel = "FILE", order = 1,
            description = "The drift.yaml to read (default: drift.yaml in the working directory, if there is one).")
    Path config;

    @Option(names = {"-d", "--url"}, paramLabel = "JDBC_URL", order = 2,
            description = "The database: jdbc:postgresql://host[:port]/database (default: database.url in the"
                    + " configuration, then DRIFT_URL, then PGHOST/PGPORT/PGDATABASE).")
    String url;

    @Option(names = {"-b", "--baseline"}, paramLabel = "FILE", order = 3,
            description = "Compare the schema with this snapshot (written by 'drift snapshot'); replaces the"
                    + " configuration's baseline.")
    Path baseline;

    @Option(names = "--require", paramLabel = "OBJECT", order = 4,
            description = "An object that must exist: public.users (table or view), public.users.email (column),"
                    + " public.users/users_pkey (index or constraint); repeatable.")
    List<String> require = new ArrayList<>();

    @Option(names = "--min-rows", paramLabel = "TABLE=N", order = 5,
            description = "A table that must have at least N rows (counted, reading at most N): public.users=1;"
                    + " repeatable.")
    List<String> minRows = new ArrayList<>();

    @Option(names = "--quick", order = 6, description = "Leave out the checks tagged expensive.")
    boolean quick;

    @Option(names = "--only", paramLabel = "ID", order = 7,
            description = "Run only this check (with connectivity); repeatable. Runs checks that are off by default.")
    List<String> only = new ArrayList<>();

    @Option(names = "--skip", paramLabel = "ID", order = 8, description = "Do not run this check; repeatable.")
    List<String> skip = new ArrayList<>();

    @Option(names = "--list", order = 9,
            description = "List the checks (id, on or off by default, tags, what each checks) and exit.")
    boolean list;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 10,
            completionCandidates = ReportFormats.class, description = ReportFormats.FORMAT_HELP)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 11, description = ReportFormats.OUTPUT_HELP)
    String output;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", order = 12,
            description = "Lowest severity that makes the exit code 1: error or warning (info: any finding;"
                    + " default: fail-on in the configuration, else error: warnings pass). Every finding is reported"
                    + " either way.")
    FailOn failOn;

    @Mixin
    ColorOption color = new ColorOption();

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    CheckCommand(CliContext context) {
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
        ClassLoader classLoader = CheckCommand.class.getClassLoader();

        // Everything that can be wrong with the command line or the configuration is found before connecting.
        DriftConfig settings = configuration(progress, classLoader);
        CheckRunner.Builder runnerBuilder = CheckRunner.builder().discover(classLoader);
        if (list) {
            printList(settings, classLoader);
            return ExitCodes.OK;
        }
        ReportRenderer renderer = Renderers.require(format);
        Output out = Output.of(context, output, "report");
        if (config != null) {
            out.refuseToOverwrite("the --config file", config.toString());
        }
        if (baseline != null) {
            out.refuseToOverwrite("the --baseline file", baseline.toString());
        }
        String extension = ReportFormats.extensionWarning(renderer, output == null || output.equals("-") ? null
                : Path.of(output));
        if (extension != null) {
            context.warn(extension);
        }
        DatabaseTarget target = target(loader, settings);
        DatabaseTarget referenceTarget = settings.reference().map(r -> loader.target(r.url(),
                r.user() != null ? r.user() : connection.user, connection.password)).orElse(null);
        settings.applyTo(runnerBuilder, r -> new TargetDataSource(referenceTarget));
        runnerBuilder.captureOptions(captureOptions(settings));
        runnerBuilder.quick(quick).only(only.toArray(String[]::new)).skip(skip.toArray(String[]::new));
        CheckRunner runner = runnerBuilder.build();

        Severity threshold = settings.failOn().orElse(Severity.ERROR);
        progress.say("Checking " + target.display() + ": " + runner.checks().size()
                + (runner.checks().size() == 1 ? " check" : " checks") + " ...");
        CheckReport report = runner.run(new TargetDataSource(target));
        RenderContext renderContext = new RenderContext(describe(settings), "postgresql://" + target.url().display(),
                color.use(context, out));
        out.writeText(w -> renderer.render(report, renderContext, w));
        int code = report.exitCode(threshold);
        progress.say(summary(report, code, threshold, out));
        return code;
    }

    private DriftConfig configuration(Progress progress, ClassLoader classLoader) {
        Path file = config;
        if (file == null && Files.isRegularFile(Path.of(DEFAULT_CONFIG))) {
            file = Path.of(DEFAULT_CONFIG);
            progress.say("Reading " + DEFAULT_CONFIG + " from the working directory ...");
        }
        DriftConfig loaded = file == null ? DriftConfig.empty()
                : DriftConfig.loader().classLoader(classLoader).load(file);
        DriftConfig.Builder b = loaded.toBuilder();
        if (baseline != null) {
            if (!Files.isRegularFile(baseline)) {
                throw new DriftException(Reason.INVALID_ARGUMENT, "--baseline " + baseline
                        + (Files.isDirectory(baseline) ? " is a directory" : " does not exist")
                        + ". Give a snapshot file written by 'drift snapshot --output FILE'");
            }
            b.baseline(baseline);
        }
        for (String path : require) {
            try {
                b.require(path);
            } catch (DriftException e) {
                throw new DriftException(Reason.INVALID_ARGUMENT, "--require " + e.getMessage(), e);
            }
        }
        for (String rule : minRows) {
            b.rowCount(minRows(rule));
        }
        if (failOn != null) {
            b.failOn(failOn.threshold);
        }
        return b.build();
    }

    /** The configuration's schemas, and the connections --connections allows. */
    private CaptureOptions captureOptions(DriftConfig settings) {
        try {
            return connection.captureOptions().schemas(settings.schemas()).build();
        } catch (DriftException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "schemas: " + e.getMessage(), e);
        }
    }

    private static RowCountRule minRows(String rule) {
        int eq = rule.lastIndexOf('=');
        long n = -1;
        if (eq > 0) {
            try {
                n = Long.parseLong(rule.substring(eq + 1).strip());
            } catch (NumberFormatException e) {
                n = -1;
            }
        }
        if (n < 1) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--min-rows takes TABLE=N with N at least 1"
                    + " (public.users=1), not '" + rule + "'");
        }
        try {
            return RowCountRule.atLeast(rule.substring(0, eq).strip(), n);
        } catch (DriftException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--min-rows " + e.getMessage(), e);
        }
    }

    private DatabaseTarget target(SchemaLoader loader, DriftConfig settings) {
        String given = url != null ? url : settings.database().map(ConnectionSettings::url)
                .or(() -> loader.resolver().defaultUrl())
                .orElseThrow(() -> new DriftException(Reason.INVALID_ARGUMENT, "No database given. Pass --url"
                        + " jdbc:postgresql://host:port/database, set database.url in drift.yaml, or set DRIFT_URL"));
        String user = connection.user != null ? connection.user
                : settings.database().map(ConnectionSettings::user).orElse(null);
        return loader.target(given, user, connection.password);
    }

    private String describe(DriftConfig settings) {
        if (!settings.source().equals("(code)")) {
            return settings.source();
        }
        return settings.baseline().map(b -> "baseline " + baseline).orElse("the command line");
    }

    private String summary(CheckReport report, int code, Severity threshold, Output out) {
        String where = out.isFile() ? "; report in " + out.describe() : "";
        Map<Status, Integer> counts = report.countsByStatus();
        String tally = report.results().size() + (report.results().size() == 1 ? " check" : " checks") + ": "
                + counts.get(Status.PASSED) + " passed, " + counts.get(Status.WARNED) + " warned, "
                + counts.get(Status.FAILED) + " failed, " + counts.get(Status.ERRORED) + " could not run, "
                + counts.get(Status.SKIPPED) + " skipped";
        if (code == ExitCodes.ERROR) {
            return "Could not run " + ids(report, Status.ERRORED) + ": the report is incomplete (" + tally + where
                    + ").";
        }
        String failOnText = threshold.name().toLowerCase(java.util.Locale.ROOT);
        if (code == ExitCodes.DRIFT) {
            return "Checks failed at --fail-on " + failOnText + ": " + ids(report, null) + " (" + tally + where
                    + ").";
        }
        return "Checks passed at --fail-on " + failOnText + " (" + tally + where + ").";
    }

    private static String ids(CheckReport report, Status status) {
        return report.results().stream()
                .filter(r -> status != null ? r.status() == status
                        : r.status() == Status.FAILED || r.status() == Status.WARNED)
                .map(CheckResult::checkId).collect(Collectors.joining(", "));
    }

    private void printList(DriftConfig settings, ClassLoader classLoader) {
        Map<String, Check> all = new LinkedHashMap<>();
        for (Check check : CheckRunner.builtInChecks()) {
            all.put(check.id(), check);
        }
        Iterator<CheckProvider> it = ServiceLoader.load(CheckProvider.class, classLoader).iterator();
        while (true) {
            try {
                if (!it.hasNext()) {
                    break;
                }
                it.next().checks().forEach(c -> all.putIfAbsent(c.id(), c));
            } catch (ServiceConfigurationError e) {
                context.warn("A check provider failed to load: " + e.getMessage());
            }
        }
        int width = all.keySet().stream().mapToInt(String::length).max().orElse(10);
        int tagWidth = all.values().stream().mapToInt(c -> tags(c).length()).max().orElse(4);
        StringBuilder text = new StringBuilder();
        text.append(pad("ID", width)).append("  DEFAULT  ").append(pad("TAGS", tagWidth)).append("  WHAT IT CHECKS\n");
        for (Check check : all.values()) {
            String onOff = check.id().equals("suppressions") ? "auto" : check.enabledByDefault() ? "on" : "off";
            text.append(pad(check.id(), width)).append("  ").append(pad(onOff, 7)).append("  ")
                    .append(pad(tags(check), tagWidth)).append("  ").append(check.description()).append('\n');
        }
        text.append('\n').append(all.size()).append(" checks. connectivity runs first whenever a check needs the")
                .append(" database; suppressions reports expired or unused suppressions. Options, codes and what")
                .append(" each means: docs/checks.md.\n");
        if (!settings.source().equals("(code)")) {
            text.append("In ").append(settings.source()).append(": on ").append(settings.enabledChecks().isEmpty()
                    ? "(none added)" : String.join(", ", settings.enabledChecks())).append("; off ")
                    .append(settings.disabledChecks().isEmpty() ? "(none)"
                            : String.join(", ", settings.disabledChecks())).append(".\n");
        }
        context.out().print(text);
        context.out().flush();
    }

    private static String tags(Check check) {
        return check.tags().isEmpty() ? "-" : new TreeSet<>(check.tags()).stream().map(CheckTag::name)
                .collect(Collectors.joining(","));
    }

    private static String pad(String text, int width) {
        return text.length() >= width ? text : text + " ".repeat(width - text.length());
    }

    /**
     * The database as the checks see it: every connection opened as {@code drift snapshot} opens one, so that a
     * refused password or an unreachable host reads the same (and names where the password came from).
     */
    static final class TargetDataSource implements DataSource {
        private final DatabaseTarget target;
        private PrintWriter logWriter;
        private int loginTimeout;

        TargetDataSource(DatabaseTarget target) {
            this.target = target;
        }

        @Override
        public Connection getConnection() {
            return DatabaseConnector.open(target);
        }

        @Override
        public Connection getConnection(String username, String password) {
            throw new UnsupportedOperationException("drift connects as the user it was given");
        }

        @Override
        public PrintWriter getLogWriter() {
            return logWriter;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            this.logWriter = out;
        }

        @Override
        public void setLoginTimeout(int seconds) {
            this.loginTimeout = seconds;
        }

        @Override
        public int getLoginTimeout() {
            return loginTimeout;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger("io.drift");
        }

        /**
         * A pgJDBC data source of the same database and credentials: the {@code flyway.drift} check's temporary
         * shadow database copies it with another database name, so that it can be made on the target's server (the
         * default shadow of the jar, which has no embedded PostgreSQL).
         */
        @Override
        public <T> T unwrap(Class<T> iface) throws java.sql.SQLException {
            if (isWrapperFor(iface)) {
                return iface.cast(DatabaseConnector.pgDataSource(target));
            }
            throw new java.sql.SQLException("Not a wrapper of " + iface.getName());
        }

        @Override
        public boolean isWrapperFor(Class<?> iface) {
            return BaseDataSource.class.isAssignableFrom(iface) && iface.isAssignableFrom(PGSimpleDataSource.class);
        }

        @Override
        public String toString() {
            return target.toString();
        }
    }
}
