package io.drift.examples;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Snapshot;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;
import io.drift.postgres.health.PostgresHealthChecks;
import io.drift.reporting.Renderers;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

/**
 * Drift inside another tool (a deployment pipeline, an internal database portal): it snapshots two databases, diffs
 * them, runs the PostgreSQL health checks on one, and writes the reports its users read: HTML for people, Markdown for
 * a merge-request comment, SARIF for a code-scanning dashboard.
 *
 * <p>Run it with nothing installed but a JDK (it starts its own embedded PostgreSQL, creates a staging and a drifted
 * production database from {@link #STAGING} and {@link #PRODUCTION}, and writes six files):
 *
 * <pre class="language-sh">{@code
 * bin/example embedding                    # into examples/target/embedding-reports
 * bin/example embedding /tmp/drift-reports
 * }</pre>
 *
 * <p>{@code diff.html}, {@code diff.md} and {@code diff.sarif} are the schema differences (SARIF rule ids
 * {@code DRIFT-DIFF-<KIND>-<TYPE>}); {@code checks.html}, {@code checks.md} and {@code checks.sarif} the checks'
 * findings (rule ids: their stable codes, {@code PG-FK-WITHOUT-INDEX}).
 */
public final class EmbeddingExample {

    /** The reference database: what the schema should be. Names a tool must escape, as real schemas have them. */
    public static final String STAGING = """
            CREATE TABLE customers (
                id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email            text NOT NULL UNIQUE,
                "Display <Name>" text
            );
            CREATE TABLE invoices (
                id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                total       numeric(12, 2) NOT NULL
            );
            CREATE INDEX invoices_customer_id_idx ON invoices (customer_id);
            """;

    /**
     * The database that drifted from it: an index dropped, a column's type widened by hand, a column never added, and
     * a table made by hand (with a name that needs quoting and escaping, and no primary key).
     */
    public static final String PRODUCTION = """
            CREATE TABLE customers (
                id    bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                email text NOT NULL UNIQUE
            );
            CREATE TABLE invoices (
                id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                customer_id bigint NOT NULL REFERENCES customers (id),
                total       numeric(14, 2) NOT NULL
            );
            CREATE TABLE "Import <2024> & Co" (line text);
            """;

    private EmbeddingExample() {
    }

    /** What the tool produced. */
    public record Result(SchemaDiff diff, CheckReport checks, List<Path> files) {
        /** Copies the list. */
        public Result {
            files = List.copyOf(files);
        }
    }

    /**
     * Runs the example on an embedded PostgreSQL.
     *
     * @param args optionally, the directory to write the reports to (default {@code target/embedding-reports})
     * @throws Exception when the example itself cannot run
     */
    public static void main(String... args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/embedding-reports");
        try (ExampleServer server = ExampleServer.start()) {
            DataSource staging = server.createDatabase("staging");
            StartupExample.execute(staging, STAGING);
            DataSource production = server.createDatabase("production");
            StartupExample.execute(production, PRODUCTION);
            Result result = run(staging, production, dir, System.out);
            System.exit(result.files().size() == 6 ? 0 : 1);
        }
    }

    static Result run(DataSource staging, DataSource production, Path dir, PrintStream out) {
        Result result = compareAndReport(staging, "staging", production, "production", dir);
        out.println("# " + result.diff().size() + " differences between staging and production, "
                + result.checks().findings().size() + " findings of " + result.checks().results().size()
                + " checks on production (" + result.checks().status() + "). Reports:");
        for (Path file : result.files()) {
            out.println(file.toAbsolutePath());
        }
        out.flush();
        return result;
    }

    /**
     * Compares two databases and writes the reports.
     *
     * @param expectedDb   the reference database
     * @param expectedName how reports name it
     * @param actualDb     the database compared with it, and checked
     * @param actualName   how reports name it
     * @param dir          where to write the reports; created when missing
     * @return the diff, the check report and the files written
     * @throws DriftException when a database cannot be read, or with reason {@code IO} when a report cannot be
     *                        written (no half-written report is left)
     */
    public static Result compareAndReport(DataSource expectedDb, String expectedName, DataSource actualDb,
                                          String actualName, Path dir) {
        // [embedding]
        CaptureOptions capture = CaptureOptions.builder().schemas("public").build();
        Snapshot expected = Drift.capture(expectedDb, capture);    // one read-only transaction each
        Snapshot actual = Drift.capture(actualDb, capture);
        SchemaDiff diff = Differ.standard().diff(expected, actual, DiffOptions.defaults());

        CheckReport checks = CheckRunner.builder()
                .providers(new PostgresHealthChecks())             // the pg.* checks on by default
                .quick(true)                                       // no statistics-based checks in a pipeline
                .build()
                .run(actualDb);

        RenderContext context = RenderContext.of(expectedName, actualName).withSnapshots(expected, actual);
        List<Path> files = new ArrayList<>();
        for (ReportRenderer renderer : List.of(Renderers.html(), Renderers.markdown(), Renderers.sarif())) {
            Path diffFile = dir.resolve("diff." + renderer.fileExtension());
            write(diffFile, out -> renderer.render(diff, context, out));
            Path checksFile = dir.resolve("checks." + renderer.fileExtension());
            write(checksFile, out -> renderer.render(checks, context, out));
            files.add(diffFile);
            files.add(checksFile);
        }
        // [embedding]
        return new Result(diff, checks, files);
    }

    /** Writes a report. */
    @FunctionalInterface
    interface Report {
        void writeTo(Writer out) throws IOException;
    }

    /** Writes to a temporary file next to {@code file}, then moves it over, so a reader never sees half a report. */
    static void write(Path file, Report report) {
        Path parent = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            Files.createDirectories(parent);
            temporary = Files.createTempFile(parent, "." + file.getFileName(), ".tmp");
            try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                report.writeTo(out);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot write the report " + file + " ("
                    + e.getMessage() + "). Check that its folder is writable.", e);
        } finally {
            if (temporary != null) {
                try {
                    Files.deleteIfExists(temporary);
                } catch (IOException ignored) {
                    // Already moved, or the message above says why.
                }
            }
        }
    }
}
