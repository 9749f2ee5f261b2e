package io.drift.core.report;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Status;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code text} format, for a terminal, a log and an exception's message. Described in
 * {@code docs/report-formats.md}.
 *
 * <p><b>A diff:</b> a header naming both sides, a summary line, then the differences grouped by top-level object, one
 * aligned line each, with the expected and actual values of a changed property below it.
 *
 * <p><b>A check report:</b> a header naming the database, one line per check with its status, time and summary, its
 * findings below it (code, severity, message, fix; suppressed ones marked), and a verdict line at the end.
 *
 * <p>Each difference or check is assembled in one reused buffer and written at once, so memory is bounded by the
 * largest one. Everything that comes from the database or the caller goes through {@link ControlCharacters}.
 *
 * <pre>{@code
 * String text = new TextRenderer().renderToString(report, RenderContext.of("drift.yaml", "postgresql://db/app"));
 * }</pre>
 *
 * @since 0.1.0
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

    private static final Map<Status, String> STATUS_COLOR = new EnumMap<>(Map.of(
            Status.PASSED, "\u001B[32m",
            Status.SKIPPED, "\u001B[2m",
            Status.WARNED, "\u001B[33m",
            Status.FAILED, "\u001B[1;31m",
            Status.ERRORED, "\u001B[1;35m"));
    /** "ERRORED", the longest status, and two spaces. */
    private static final int STATUS_WIDTH = 9;
    private static final String FINDING_INDENT = "  ";
    private static final String FINDING_DETAIL = "           ";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        boolean color = context.color();
        StringBuilder buf = new StringBuilder(256);
        buf.append("Database: ");
        ControlCharacters.appendEscaped(buf, context.actualSource());
        buf.append("\nChecks:   ");
        ControlCharacters.appendEscaped(buf, context.expectedSource());
        buf.append("\n\n");
        out.append(buf);
        int idWidth = 0;
        int timeWidth = 0;
        for (CheckResult r : report.results()) {
            idWidth = Math.max(idWidth, r.checkId().length());
            timeWidth = Math.max(timeWidth, time(r).length());
        }
        for (CheckResult r : report.results()) {
            buf.setLength(0);
            String status = r.status().name();
            style(buf, color, STATUS_COLOR.get(r.status()));
            buf.append(status);
            style(buf, color, RESET);
            pad(buf, STATUS_WIDTH - status.length());
            ControlCharacters.appendEscaped(buf, r.checkId());
            pad(buf, idWidth - r.checkId().length() + 2);
            String time = time(r);
            pad(buf, timeWidth - time.length());
            buf.append(time).append("  ");
            appendLines(buf, r.summary(), FINDING_DETAIL + " ".repeat(Math.max(0, idWidth + timeWidth - 7)));
            for (Finding f : r.findings()) {
                appendFinding(buf, f, color);
            }
            out.append(buf);
        }
        buf.setLength(0);
        buf.append('\n');
        appendVerdict(buf, report, color);
        out.append(buf);
    }

    private static String time(CheckResult r) {
        return r.status() == Status.SKIPPED && r.duration().isZero() ? "" : Durations.format(r.duration());
    }

    private static void appendFinding(StringBuilder buf, Finding f, boolean color) {
        buf.append(FINDING_INDENT);
        String severity = f.severity().name();
        if (f.isSuppressed()) {
            buf.append("suppressed ");
        }
        style(buf, color, f.isSuppressed() ? "" : SEVERITY_COLOR.get(f.severity()));
        buf.append(severity);
        style(buf, color, f.isSuppressed() ? "" : RESET);
        pad(buf, SEVERITY_WIDTH - severity.length());
        ControlCharacters.appendEscaped(buf, f.code());
        buf.append("  ");
        appendLines(buf, f.message(), FINDING_DETAIL);
        if (f.fix() != null) {
            buf.append(FINDING_DETAIL).append("fix");
            buf.append(f.fix().type() == io.drift.core.check.Fix.Type.ACTION ? ": "
                    : " (" + f.fix().type().name().toLowerCase(Locale.ROOT) + "): ");
            appendLines(buf, f.fix().text(), FINDING_DETAIL + "  ");
        }
        if (f.isSuppressed()) {
            buf.append(FINDING_DETAIL).append("suppressed");
            if (f.suppression().expires() != null) {
                buf.append(" until ").append(f.suppression().expires());
            }
            buf.append(": ");
            appendLines(buf, f.suppression().reason(), FINDING_DETAIL + "  ");
        }
    }

    /** Appends text that may span lines: the first after what is there, the rest indented; ends with a newline. */
    private static void appendLines(StringBuilder buf, String text, String indent) {
        int start = 0;
        boolean first = true;
        while (start <= text.length()) {
            int newline = text.indexOf('\n', start);
            int stop = newline < 0 ? text.length() : newline;
            if (!first) {
                buf.append(indent);
            }
            ControlCharacters.appendEscaped(buf, text, start, stop);
            buf.append('\n');
            first = false;
            if (newline < 0) {
                break;
            }
            start = stop + 1;
        }
    }

    private static void appendVerdict(StringBuilder buf, CheckReport report, boolean color) {
        Status status = report.status();
        style(buf, color, STATUS_COLOR.get(status));
        buf.append(status.name());
        style(buf, color, RESET);
        buf.append(": ");
        Map<Status, Integer> byStatus = report.countsByStatus();
        String separator = "";
        int total = report.results().size();
        buf.append(total).append(total == 1 ? " check" : " checks");
        separator = " (";
        for (Status s : new Status[] {Status.FAILED, Status.ERRORED, Status.WARNED, Status.PASSED, Status.SKIPPED}) {
            int n = byStatus.get(s);
            if (n > 0) {
                buf.append(separator).append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT));
                separator = ", ";
            }
        }
        buf.append(total > 0 ? ")" : "");
        Map<Severity, Integer> bySeverity = report.countsBySeverity();
        separator = "; ";
        for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
            int n = bySeverity.get(s);
            if (n > 0) {
                buf.append(separator).append(n).append(' ').append(s.name().toLowerCase(Locale.ROOT))
                        .append(n > 1 && s != Severity.INFO ? "s" : "");
                separator = ", ";
            }
        }
        int suppressed = report.suppressedCount();
        if (suppressed > 0) {
            buf.append(separator).append(suppressed).append(" suppressed");
        }
        buf.append(" in ").append(Durations.format(report.duration())).append(".\n");
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
            if (c.isList()) {
                appendList(buf, "expected:", c.expected(), c.expectedElements());
                appendList(buf, "actual:  ", c.actual(), c.actualElements());
            } else if (looksAlike(c.expected(), c.actual(), fitsInline(c.expected()) && fitsInline(c.actual()))) {
                appendExact(buf, "expected:", c.expected());
                appendExact(buf, "actual:  ", c.actual());
            } else {
                boolean inline = fitsInline(c.expected()) && fitsInline(c.actual());
                appendValue(buf, "expected:", c.expected(), inline);
                appendValue(buf, "actual:  ", c.actual(), inline);
            }
        } else {
            buf.append('\n');
        }
    }

    /**
     * A list on one line, as {@link Changed} writes it (elements that could be misread in quotes), with a line feed
     * in an element escaped like any control character: a list never spreads over lines as a body does.
     */
    private static void appendList(StringBuilder buf, String label, String text, List<String> elements) {
        buf.append(DETAIL_INDENT).append(label);
        if (text == null) {
            buf.append(" (none)\n");
        } else if (elements != null && elements.isEmpty()) {
            buf.append(" (empty)\n");
        } else {
            buf.append(' ');
            ControlCharacters.appendEscaped(buf, text);
            buf.append('\n');
        }
    }

    /**
     * Whether two values that differ would print the same (a blank at the end of a line, a no-break space, a
     * zero-width character, a composed and a decomposed accent, a backslash and a tab, the text {@code (none)} and no
     * value): then both are shown exactly, so that the reader sees what differs.
     */
    private static boolean looksAlike(String expected, String actual, boolean inline) {
        StringBuilder e = new StringBuilder();
        StringBuilder a = new StringBuilder();
        appendValue(e, "=", expected, inline);
        appendValue(a, "=", actual, inline);
        return printable(e).equals(printable(a));
    }

    /**
     * What a terminal shows: accents composed, no-break and other spaces as blanks, invisible (format) characters
     * not at all, and no blank at the end of a line.
     */
    private static String printable(CharSequence text) {
        String composed = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(composed.length());
        for (int i = 0; i < composed.length(); i++) {
            char c = composed.charAt(i);
            if (c == '\n') {
                trimBlanks(out);
                out.append(c);
            } else if (Character.isSpaceChar(c)) {
                out.append(' ');
            } else if (Character.getType(c) != Character.FORMAT) {
                out.append(c);
            }
        }
        trimBlanks(out);
        return out.toString();
    }

    private static void trimBlanks(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
    }

    /**
     * A value as a double-quoted string in which everything but printable ASCII is escaped ({@code \}, {@code "},
     * {@code \}{@code uXXXX}), and no value as {@code (none)}: two values that differ never read alike.
     */
    private static void appendExact(StringBuilder buf, String label, String value) {
        buf.append(DETAIL_INDENT).append(label).append(' ');
        if (value == null) {
            buf.append("(none)\n");
            return;
        }
        buf.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                buf.append('\\').append(c);
            } else if (c >= 0x20 && c < 0x7F) {
                buf.append(c);
            } else {
                buf.append("\\u").append(String.format(Locale.ROOT, "%04X", (int) c));
            }
        }
        buf.append("\"\n");
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
