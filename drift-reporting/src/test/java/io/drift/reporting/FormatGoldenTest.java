package io.drift.reporting;

import io.drift.core.check.CheckReport;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every format, byte for byte, on the fixed diff and the fixed check report, and on their hostile twins. The text and
 * JSON renderings of the sample diff have their own tests ({@code sample.txt}, {@code sample.json}).
 */
class FormatGoldenTest {

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html", "junit", "sarif"})
    void sample_diff(String format) {
        Golden.assertMatches("sample." + extension(format), render(format, SampleDiffs.sample(),
                SampleDiffs.withSnapshots()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html", "junit", "sarif"})
    void sample_diff_without_snapshots(String format) {
        Golden.assertMatches("sample-no-snapshots." + extension(format), render(format, SampleDiffs.sample(),
                SampleDiffs.CONTEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html", "junit", "sarif"})
    void empty_diff(String format) {
        Golden.assertMatches("empty-diff." + extension(format), render(format, SchemaDiff.empty(),
                SampleDiffs.CONTEXT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"markdown", "html", "junit", "sarif"})
    void hostile_diff(String format) {
        Golden.assertMatches("hostile." + extension(format), render(format, Hostile.diff(), Hostile.withSnapshots()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown", "html", "junit", "sarif"})
    void sample_check_report(String format) {
        Golden.assertMatches("check-sample." + extension(format), render(format, SampleCheckReports.report(),
                RenderContext.of("drift.yaml", "postgresql://db.example:5432/app")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"text", "json", "markdown", "html", "junit", "sarif"})
    void hostile_check_report(String format) {
        Golden.assertMatches("check-hostile." + extension(format), render(format, Hostile.checkReport(),
                Hostile.withSnapshots()));
    }

    static String extension(String format) {
        return format.equals("junit") ? "junit.xml" : Renderers.require(format).fileExtension();
    }

    static String render(String format, SchemaDiff diff, RenderContext context) {
        return Render.render(format, diff, context);
    }

    static String render(String format, CheckReport report, RenderContext context) {
        ReportRenderer renderer = Renderers.require(format);
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("a renderer must not close the writer");
            }
        };
        try {
            renderer.render(report, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
