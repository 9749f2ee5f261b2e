package io.drift.core.spi;

import io.drift.core.diff.SchemaDiff;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a diff in one report format. Found by {@link #format()} name through
 * {@code META-INF/services/io.drift.core.spi.ReportRenderer}, so a tool can add its own format; Drift's own are
 * {@code text} and {@code json} (see {@code io.drift.reporting.Renderers}).
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
 * The renderer reports; it does not judge. Whether a diff fails a build (the exit code) is the caller's decision.
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
}
