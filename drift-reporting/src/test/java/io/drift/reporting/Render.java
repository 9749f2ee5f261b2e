package io.drift.reporting;

import io.drift.core.diff.SchemaDiff;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Renders small diffs to a string, through a writer that fails the test if the renderer closes it. */
final class Render {

    private Render() {
    }

    static String render(String format, SchemaDiff diff, RenderContext context) {
        ReportRenderer renderer = Renderers.require(format);
        StringWriter out = new StringWriter() {
            @Override
            public void close() {
                throw new AssertionError("a renderer must not close the writer");
            }
        };
        try {
            renderer.render(diff, context, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String text(SchemaDiff diff) {
        return render("text", diff, SampleDiffs.CONTEXT);
    }

    static String json(SchemaDiff diff) {
        return render("json", diff, SampleDiffs.CONTEXT);
    }
}
