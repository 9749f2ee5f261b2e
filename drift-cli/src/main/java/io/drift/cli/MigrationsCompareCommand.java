package io.drift.cli;

import io.drift.cli.internal.DatabaseTarget;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.flyway.AppliedMigration;
import io.drift.flyway.FlywayMigrations;
import io.drift.flyway.HistoryDifference;
import io.drift.flyway.MigrationHistory;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.flywaydb.core.api.configuration.Configuration;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "compare",
        sortOptions = false,
        headerHeading = "%n",
        header = "Compare two databases' Flyway histories: what one has applied and the other has not.",
        synopsisHeading = "%nUsage: ",
        descriptionHeading = "%n",
        description = {
                "Reads both history tables (read-only, two queries each) and lists each migration one database has"
                        + " applied and the other has not, and each both applied differently: other checksums (the"
                        + " script was edited between the two runs), failed in one, a baseline in one. Local against"
                        + " production, staging against production, in one command.",
                "The history table is where Flyway's configuration says (flyway.toml, FLYWAY_TABLE, …)."},
        parameterListHeading = "%nArguments:%n",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:the histories are the same", "1:they differ", ExitCodes.LINE_USAGE, ExitCodes.LINE_ERROR},
        footerHeading = "%nExamples:%n",
        footer = {
                "  drift migrations compare jdbc:postgresql://staging/app jdbc:postgresql://prod/app -U app",
                "",
                "Passwords: from each URL's ~/.pgpass line, else DRIFT_PASSWORD or PGPASSWORD for both.",
                "See docs/cli.md for more."})
final class MigrationsCompareCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Parameters(index = "0", paramLabel = "DB_A", description = "The first database: a JDBC URL.")
    String first;

    @Parameters(index = "1", paramLabel = "DB_B", description = "The second database: a JDBC URL.")
    String second;

    @Mixin
    FlywayOptions flyway = new FlywayOptions();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text", order = 14,
            description = "text or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", order = 15,
            description = ReportFormats.OUTPUT_HELP)
    String output;

    @Mixin
    ConnectionOptions connection = new ConnectionOptions();

    @Mixin
    CommonOptions common = new CommonOptions();

    MigrationsCompareCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "Unknown format '" + format + "' for compare: text or"
                    + " json");
        }
        Progress progress = new Progress(context, common.quiet);
        Migrations migrations = new Migrations(context, progress);
        Configuration configuration = migrations.configuration(flyway);
        DatabaseTarget a = migrations.loader().target(first, connection.user, connection.password);
        DatabaseTarget b = migrations.loader().target(second, connection.user, connection.password);
        Output out = Output.of(context, output, "report");

        FlywayMigrations reader = FlywayMigrations.of(configuration);
        MigrationHistory historyA = reader.history(migrations.connect(a));
        MigrationHistory historyB = reader.history(migrations.connect(b));
        String nameA = a.url().display();
        String nameB = b.url().display();
        List<HistoryDifference> differences = historyA.compareWith(historyB);
        out.writeText(w -> {
            if (format.equals("json")) {
                json(w, nameA, nameB, historyA, historyB, differences);
            } else {
                text(w, nameA, nameB, historyA, historyB, differences);
            }
        });
        progress.say(differences.isEmpty() ? "The histories are the same."
                : differences.size() + (differences.size() == 1 ? " difference" : " differences")
                + " between the histories.");
        return differences.isEmpty() ? ExitCodes.OK : ExitCodes.DRIFT;
    }

    private static void text(Writer w, String nameA, String nameB, MigrationHistory a, MigrationHistory b,
                             List<HistoryDifference> differences) throws IOException {
        w.write("Flyway histories: A = " + nameA + " (" + describe(a) + "), B = " + nameB + " (" + describe(b)
                + ")\n");
        if (differences.isEmpty()) {
            w.write("\nThe same migrations, with the same checksums.\n");
            return;
        }
        w.write("\n");
        for (HistoryDifference d : differences) {
            String mark = switch (d.kind()) {
                case ONLY_IN_FIRST -> "only in A ";
                case ONLY_IN_SECOND -> "only in B ";
                case CHECKSUM -> "checksum  ";
                case SUCCESS -> "success   ";
                case TYPE -> "type      ";
                case DESCRIPTION -> "described ";
            };
            StringBuilder line = new StringBuilder("  ").append(mark).append(' ');
            io.drift.core.report.ControlCharacters.appendEscaped(line, d.describe("A", "B"));
            w.write(line.append('\n').toString());
        }
        w.write("\n" + differences.size() + (differences.size() == 1 ? " difference" : " differences") + ".\n");
    }

    private static String describe(MigrationHistory history) {
        if (!history.table().exists()) {
            return "no history table " + history.table();
        }
        String latest = history.byMigration().values().stream().filter(m -> m.version() != null && m.success())
                .reduce((x, y) -> y).map(AppliedMigration::shortName).orElse("no version");
        return history.table() + " at " + latest;
    }

    private static void json(Writer w, String nameA, String nameB, MigrationHistory a, MigrationHistory b,
                             List<HistoryDifference> differences) throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(w).useDefaultPrettyPrinter()) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            g.writeStartObject();
            g.writeNumberField("formatVersion", 1);
            g.writeStringField("a", nameA);
            g.writeStringField("b", nameB);
            g.writeStringField("historyTableA", a.table().exists() ? a.table().toString() : null);
            g.writeStringField("historyTableB", b.table().exists() ? b.table().toString() : null);
            g.writeArrayFieldStart("differences");
            for (HistoryDifference d : differences) {
                g.writeStartObject();
                g.writeStringField("kind", d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
                g.writeStringField("migration", d.migration());
                g.writeStringField("message", d.describe("A", "B"));
                migration(g, "inA", d.first());
                migration(g, "inB", d.second());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        w.write('\n');
    }

    private static void migration(JsonGenerator g, String field, AppliedMigration m) throws IOException {
        if (m == null) {
            g.writeNullField(field);
            return;
        }
        g.writeObjectFieldStart(field);
        g.writeStringField("version", m.version());
        g.writeStringField("description", m.description());
        g.writeStringField("type", m.type());
        g.writeStringField("script", m.script());
        if (m.checksum() == null) {
            g.writeNullField("checksum");
        } else {
            g.writeNumberField("checksum", m.checksum());
        }
        g.writeBooleanField("success", m.success());
        g.writeStringField("installedOn", m.installedOn() == null ? null : m.installedOn().toString());
        g.writeEndObject();
    }
}
