package io.drift.core.spi;

import io.drift.core.diff.SchemaDiff;

import java.io.IOException;
import java.io.Writer;

/**
 * Renders a diff in one report format. Found by {@link #format()} name through
 * {@code META-INF/services/io.drift.core.spi.ReportRenderer}, so a tool can add its own format.
 *
 * <p>An implementation must be pure (the same diff gives the same bytes), write incrementally to the writer (memory
 * bounded by one difference, not by the report), escape every string that comes from a database as its format
 * requires, and never close the writer.
 *
 * @since 0.1.0
 */
public interface ReportRenderer {

    /** @return the format's name, lower case: {@code text}, {@code json} */
    String format();

    /**
     * @param diff    the diff
     * @param context what the report is about and how to render it
     * @param out     where to write; not closed
     * @throws IOException when writing fails
     */
    void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException;
}
