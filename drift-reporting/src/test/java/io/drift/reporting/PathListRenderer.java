package io.drift.reporting;

import io.drift.core.check.CheckReport;
import io.drift.core.check.Finding;
import io.drift.core.diff.Difference;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;

/** A format a tool adds of its own, registered in this module's test {@code META-INF/services}. */
public final class PathListRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "paths";
    }

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        for (Difference d : diff.differences()) {
            out.write(d.path() + "\n");
        }
    }

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        for (Finding f : report.findings()) {
            out.write(f.code() + " " + f.object() + "\n");
        }
    }
}
