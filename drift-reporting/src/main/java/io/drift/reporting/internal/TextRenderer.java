package io.drift.reporting.internal;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.spi.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code text} format, for a terminal and a log: a header naming both sides, a summary line, then the
 * differences grouped by top-level object, one aligned line each, with the expected and actual values of a changed
 * property below it. Described in {@code docs/report-formats.md}.
 *
 * <p>Each difference is assembled in one reused buffer and written at once, so memory is bounded by the largest
 * difference. Everything that comes from the database or the caller goes through {@link ControlCharacters}.
 */
public final class TextRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "text";

    /** A single-line value up to this long is shown after its label; longer ones get lines of their own. */
    private static final int INLINE_LIMIT = 60;

    private static final String DETAIL_INDENT = "             ";
    private static final String BLOCK_INDENT = DETAIL_INDENT + "  ";
    /** "WARNING", the longest severity, and two spaces. */
    private static final int SEVERITY_WIDTH = 9;

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final Map<Severity, String> SEVERITY_COLOR = new EnumMap<>(Map.of(
            Severity.ERROR, "\u001B[1;31m",
            Severity.WARNING, "\u001B[33m",
            Severity.INFO, "\u001B[36m"));
    private static final Map<ObjectKind, String> KIND_NAME = new EnumMap<>(ObjectKind.class);
    private static final Map<DifferenceType, String> TYPE_NAME = new EnumMap<>(DifferenceType.class);

    static {
        for (ObjectKind kind : ObjectKind.values()) {
            KIND_NAME.put(kind, kind.displayName());
        }
        for (DifferenceType type : DifferenceType.values()) {
            TYPE_NAME.put(type, type.name().toLowerCase(Locale.ROOT));
        }
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        boolean color = context.color();
        StringBuilder buf = new StringBuilder(256);
        buf.append("Expected: ");
        ControlCharacters.appendEscaped(buf, context.expectedSource());
        buf.append("\nActual:   ");
        ControlCharacters.appendEscaped(buf, context.actualSource());
        buf.append('\n');
        appendSummary(buf, diff);
        out.append(buf);

        int labelWidth = 0;
        for (Difference d : diff.differences()) {
            labelWidth = Math.max(labelWidth, labelLength(d));
        }
        List<String> group = null;
        for (Difference d : diff.differences()) {
            buf.setLength(0);
            List<String> key = groupOf(d.path());
            if (!key.equals(group)) {
                group = key;
                buf.append('\n');
                style(buf, color, BOLD);
                ControlCharacters.appendEscaped(buf, new ObjectPath(key, false).toString());
                style(buf, color, RESET);
                buf.append('\n');
            }
            appendDifference(buf, d, labelWidth, color);
            out.append(buf);
        }
    }

    /** The object a difference is listed under: its table for a column or member, else the object itself. */
    static List<String> groupOf(ObjectPath path) {
        int n = Math.min(path.member() ? path.depth() - 1 : path.depth(), 2);
        return path.parts().subList(0, n);
    }

    private static void appendSummary(StringBuilder buf, SchemaDiff diff) {
        int total = diff.size();
        if (total == 0) {
            buf.append("No differences.\n");
            return;
        }
        buf.append(total).append(total == 1 ? " difference: " : " differences: ");
        Map<Severity, Integer> bySeverity = diff.countsBySeverity();
        String separator = "";
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            int n = bySeverity.get(s);
            if (n > 0) {
                buf.append(separator).append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT))
                        .append(n > 1 && s != Severity.INFO ? "s" : "");
                separator = ", ";
            }
        }
        buf.append(" (");
        separator = "";
        for (Map.Entry<DifferenceType, Integer> e : diff.countsByType().entrySet()) {
            if (e.getValue() > 0) {
                buf.append(separator).append(e.getValue()).append(' ').append(TYPE_NAME.get(e.getKey()));
                separator = ", ";
            }
        }
        buf.append(")\n");
    }

    private static int labelLength(Difference d) {
        return TYPE_NAME.get(d.type()).length() + 1 + KIND_NAME.get(d.kind()).length();
    }

    private static void appendDifference(StringBuilder buf, Difference d, int labelWidth, boolean color) {
        String severity = d.severity().name();
        buf.append("  ");
        style(buf, color, SEVERITY_COLOR.get(d.severity()));
        buf.append(severity);
        style(buf, color, RESET);
        pad(buf, SEVERITY_WIDTH - severity.length());
        buf.append(TYPE_NAME.get(d.type())).append(' ').append(KIND_NAME.get(d.kind()));
        pad(buf, labelWidth + 2 - labelLength(d));
        ControlCharacters.appendEscaped(buf, d.path().toString());
        if (d instanceof Changed c) {
            buf.append(" (");
            ControlCharacters.appendEscaped(buf, c.property());
            buf.append(")\n");
            boolean inline = fitsInline(c.expected()) && fitsInline(c.actual());
            appendValue(buf, "expected:", c.expected(), inline);
            appendValue(buf, "actual:  ", c.actual(), inline);
        } else {
            buf.append('\n');
        }
    }

    private static boolean fitsInline(String value) {
        return value == null || (value.length() <= INLINE_LIMIT && value.indexOf('\n') < 0);
    }

    private static void appendValue(StringBuilder buf, String label, String value, boolean inline) {
        buf.append(DETAIL_INDENT).append(label);
        if (value == null) {
            buf.append(" (none)\n");
        } else if (inline || value.isEmpty()) {
            buf.append(' ');
            boolean quote = value.isEmpty() || Character.isWhitespace(value.charAt(0))
                    || Character.isWhitespace(value.charAt(value.length() - 1));
            buf.append(quote ? "\"" : "");
            ControlCharacters.appendEscaped(buf, value);
            buf.append(quote ? "\"\n" : "\n");
        } else {
            // Trim the padding of "actual:  ", then one indented line per line of the value.
            int end = buf.length();
            while (buf.charAt(end - 1) == ' ') {
                end--;
            }
            buf.setLength(end);
            buf.append('\n');
            int start = 0;
            while (start <= value.length()) {
                int newline = value.indexOf('\n', start);
                int stop = newline < 0 ? value.length() : newline;
                if (stop > start) {
                    buf.append(BLOCK_INDENT);
                    ControlCharacters.appendEscaped(buf, value, start, stop);
                }
                buf.append('\n');
                start = stop + 1;
            }
        }
    }

    private static void pad(StringBuilder buf, int n) {
        for (int i = 0; i < n; i++) {
            buf.append(' ');
        }
    }

    private static void style(StringBuilder buf, boolean color, String code) {
        if (color) {
            buf.append(code);
        }
    }
}
