package io.drift.cli;

import io.drift.core.check.CheckReport;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;

/** A renderer for in-process tests, so they do not depend on drift-reporting's formats. */
public final class PlainTestRenderer implements ReportRenderer {

    @Override
    public String format() {
        return "test-plain";
    }

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        out.write((context.color() ? "[color] " : "") + context.expectedSource() + " vs " + context.actualSource()
                + ": " + diff.size() + "\n");
    }

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        out.write(context.actualSource() + ": " + report.status() + "\n");
    }
}
