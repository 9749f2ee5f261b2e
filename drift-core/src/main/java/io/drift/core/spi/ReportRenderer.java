package io.drift.core.spi;

import io.drift.core.diff.SchemaDiff;
import io.drift.core.report.RenderContext;

import io.drift.core.check.CheckReport;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Renders a schema diff and a check report in one report format. Found by {@link #format()} name through
 * {@code META-INF/services/io.drift.core.spi.ReportRenderer}, so a tool can add its own format; Drift's own are
 * {@code text} (in drift-core, for exception messages and logs) and the
 * formats of {@code io.drift.reporting.Renderers}, which also gives each built-in format by name without
 * {@code ServiceLoader} (which finds nothing in a shaded jar whose service files were not merged).
 *
 * <p>An implementation must guarantee that it:
 * <ul>
 *     <li>is pure and deterministic: the same diff and context give the same characters, with {@code \n} line
 *     ends on every platform, no clock, no locale, no logging;</li>
 *     <li>streams: it writes difference by difference, holding at most one difference's worth of output (or a
 *     fixed-size buffer), never the whole report, so a diff of any size renders in bounded memory;</li>
 *     <li>escapes every string that comes from a database or a user (names, values, sources) as its format
 *     requires, so that no such string can forge structure or, in a terminal, inject control sequences;</li>
 *     <li>has handed every character to the writer when {@code render} returns; it may flush the writer but never
 *     closes it;</li>
 *     <li>is stateless and safe to share between threads; listed in {@code META-INF/services}, it has a public
 *     no-argument constructor.</li>
 * </ul>
 * The renderer reports; it does not judge. Whether a diff fails a build (the exit code) is the caller's decision; a
 * check report's verdict is already in it.
 *
 * <pre>{@code
 * String text = renderer.renderToString(diff, RenderContext.of("baseline.json", "postgresql://db/app"));
 * }</pre>
 *
 * @since 0.1.0
 */
public interface ReportRenderer {

    /**
     * @return the format's name, lower case and unique among renderers: {@code text}, {@code json}; a person types
     *         it (on a command line, in configuration) and it never changes once published
     */
    String format();

    /**
     * Writes the report of {@code diff} to {@code out}.
     *
     * @param diff    the diff; its differences are rendered in its order
     * @param context what the report is about and how to render it
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException;

    /**
     * Writes the report of a run of checks to {@code out}, under the same guarantees as a diff.
     *
     * @param report  the check report; its results are rendered in its order
     * @param context what the report is about: {@link RenderContext#actualSource()} is the database checked,
     *                {@link RenderContext#expectedSource()} what it was checked against (a configuration file)
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     * @since 0.1.0
     */
    void render(CheckReport report, RenderContext context, Writer out) throws IOException;

    /**
     * @param diff    the diff
     * @param context what the report is about
     * @return the report as a string
     * @since 0.1.0
     */
    default String renderToString(SchemaDiff diff, RenderContext context) {
        StringWriter out = new StringWriter();
        try {
            render(diff, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * @param report  the check report
     * @param context what the report is about
     * @return the report as a string
     * @since 0.1.0
     */
    default String renderToString(CheckReport report, RenderContext context) {
        StringWriter out = new StringWriter();
        try {
            render(report, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException("A StringWriter does not fail", e);
        }
        return out.toString();
    }

    /**
     * @return the file name extension a report in this format usually has, without the dot: {@code txt},
     *         {@code json}, {@code md}, {@code html}, {@code xml}, {@code sarif}
     * @since 0.1.0
     */
    default String fileExtension() {
        return "txt";
    }
}
