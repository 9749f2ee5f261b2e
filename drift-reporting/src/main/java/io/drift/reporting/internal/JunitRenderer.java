package io.drift.reporting.internal;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The {@code junit} format: the JUnit XML that Ant and Maven Surefire write and every CI server reads as test results
 * (Jenkins, GitLab, Azure DevOps, TeamCity, GitHub through a test-report action).
 *
 * <p><b>A check report</b> is one suite with a test case per check: a failed check is a {@code <failure>} whose text
 * lists its findings, an errored one an {@code <error>}, a skipped one {@code <skipped>}; a check that passed or warned
 * passes, with its findings (warnings, information, suppressed ones) in {@code <system-out>}.
 *
 * <p><b>A diff</b> is one suite with a test case per object that differs (a table with its columns, indexes and
 * constraints is one object), each a {@code <failure>} listing the differences; a diff without differences is one
 * passing test case, so that a CI server does not report "no tests".
 *
 * <p>Written as XML 1.0 declared UTF-8 (the writer must encode UTF-8), test case by test case. Text goes through
 * {@link Escape#xml}: markup characters are references, and characters XML cannot hold or a reader could be fooled by
 * are written visibly ({@code \u001B}).
 */
public final class JunitRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "junit";

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "xml";
    }

    // ---------------------------------------------------------------------------------------------------- a diff

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        List<Difference> differences = diff.differences();
        int objects = Groups.count(differences);
        int tests = Math.max(1, objects);
        StringBuilder buf = new StringBuilder(1024);
        buf.append(HEADER);
        buf.append("<testsuites name=\"drift diff\" tests=\"").append(tests).append("\" failures=\"").append(objects)
                .append("\" errors=\"0\" time=\"0\">\n");
        buf.append("  <testsuite name=\"drift diff: ");
        Escape.xml(buf, context.expectedSource(), false).append(" against ");
        Escape.xml(buf, context.actualSource(), false);
        buf.append("\" tests=\"").append(tests).append("\" failures=\"").append(objects)
                .append("\" errors=\"0\" skipped=\"0\" time=\"0\">\n");
        properties(buf, context);
        out.append(buf);
        if (differences.isEmpty()) {
            out.append("    <testcase classname=\"drift.diff\" name=\"no differences\" time=\"0\"/>\n");
        }
        for (int i = 0; i < differences.size(); ) {
            int end = Groups.end(differences, i);
            buf.setLength(0);
            appendObject(buf, differences, i, end);
            out.append(buf);
            i = end;
        }
        out.append("  </testsuite>\n</testsuites>\n");
    }

    private static void properties(StringBuilder buf, RenderContext context) {
        buf.append("    <properties>\n      <property name=\"expected\" value=\"");
        Escape.xml(buf, context.expectedSource(), false);
        buf.append("\"/>\n      <property name=\"actual\" value=\"");
        Escape.xml(buf, context.actualSource(), false);
        buf.append("\"/>\n    </properties>\n");
    }

    private static void appendObject(StringBuilder buf, List<Difference> differences, int start, int end) {
        ObjectPath key = Groups.keyOf(differences.get(start).path());
        ObjectKind kind = ObjectKind.TABLE;   // a group of a table's parts alone
        int[] bySeverity = new int[Severity.values().length];
        Severity worst = Severity.INFO;
        for (int i = start; i < end; i++) {
            Difference d = differences.get(i);
            if (d.path().equals(key)) {
                kind = d.kind();
            }
            bySeverity[d.severity().ordinal()]++;
            worst = d.severity().compareTo(worst) > 0 ? d.severity() : worst;
        }
        buf.append("    <testcase classname=\"drift.diff.").append(kind.id()).append("\" name=\"");
        Escape.xml(buf, key.toString(), false);
        buf.append("\" time=\"0\">\n      <failure type=\"").append(Labels.name(worst)).append("\" message=\"")
                .append(Labels.plural(end - start, "difference")).append(": ").append(Labels.severities(bySeverity))
                .append("\">");
        for (int i = start; i < end; i++) {
            Difference d = differences.get(i);
            StringBuilder line = new StringBuilder(128);
            line.append(d.severity().name()).append(' ').append(Labels.difference(d)).append(' ').append(d.path());
            if (d instanceof Changed c) {
                line.append(" (").append(c.property()).append(")\n");
                value(line, "expected", c.expected());
                value(line, "actual", c.actual());
            } else {
                line.append('\n');
            }
            Escape.xml(buf, line, true);
        }
        buf.append("</failure>\n    </testcase>\n");
    }

    private static void value(StringBuilder line, String label, String value) {
        line.append("  ").append(label).append(':');
        if (value == null) {
            line.append(" (none)\n");
        } else if (value.indexOf('\n') < 0) {
            line.append(' ').append(value).append('\n');
        } else {
            line.append('\n');
            for (String l : value.split("\n", -1)) {
                line.append("    ").append(l).append('\n');
            }
        }
    }

    // -------------------------------------------------------------------------------------------- a check report

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        int tests = report.results().size();
        int failures = report.countsByStatus().get(Status.FAILED);
        int errors = report.countsByStatus().get(Status.ERRORED);
        int skipped = report.countsByStatus().get(Status.SKIPPED);
        String time = seconds(report.duration());
        StringBuilder buf = new StringBuilder(1024);
        buf.append(HEADER);
        buf.append("<testsuites name=\"drift check\" tests=\"").append(tests).append("\" failures=\"").append(failures)
                .append("\" errors=\"").append(errors).append("\" time=\"").append(time).append("\">\n");
        buf.append("  <testsuite name=\"drift check: ");
        Escape.xml(buf, context.actualSource(), false);
        buf.append("\" tests=\"").append(tests).append("\" failures=\"").append(failures).append("\" errors=\"")
                .append(errors).append("\" skipped=\"").append(skipped).append("\" time=\"").append(time)
                .append("\">\n");
        buf.append("    <properties>\n      <property name=\"database\" value=\"");
        Escape.xml(buf, context.actualSource(), false);
        buf.append("\"/>\n      <property name=\"checkedAgainst\" value=\"");
        Escape.xml(buf, context.expectedSource(), false);
        buf.append("\"/>\n      <property name=\"status\" value=\"").append(Labels.name(report.status()))
                .append("\"/>\n    </properties>\n");
        out.append(buf);
        for (CheckResult r : report.results()) {
            buf.setLength(0);
            appendCheck(buf, r);
            out.append(buf);
        }
        out.append("  </testsuite>\n</testsuites>\n");
    }

    private static void appendCheck(StringBuilder buf, CheckResult r) {
        buf.append("    <testcase classname=\"drift.check\" name=\"");
        Escape.xml(buf, r.checkId(), false);
        buf.append("\" time=\"").append(seconds(r.duration())).append("\">\n");
        StringBuilder text = new StringBuilder(256);
        for (Finding f : r.findings()) {
            finding(text, f);
        }
        switch (r.status()) {
            case FAILED:
                element(buf, "failure", "failed", r.summary(), text);
                break;
            case ERRORED:
                StringBuilder error = new StringBuilder(r.summary()).append('\n');
                r.findError().ifPresent(e -> error.append(e.getClass().getName())
                        .append(e.getMessage() == null ? "" : ": " + e.getMessage()).append('\n'));
                element(buf, "error", "errored", r.summary(), error);
                break;
            case SKIPPED:
                buf.append("      <skipped message=\"");
                Escape.xml(buf, r.summary(), false);
                buf.append("\"/>\n");
                break;
            default:
                buf.append("      <system-out>");
                Escape.xml(buf, r.summary() + "\n" + text, true);
                buf.append("</system-out>\n");
        }
        buf.append("    </testcase>\n");
    }

    private static void element(StringBuilder buf, String name, String type, String message, CharSequence text) {
        buf.append("      <").append(name).append(" type=\"").append(type).append("\" message=\"");
        Escape.xml(buf, message, false);
        buf.append("\">");
        Escape.xml(buf, text, true);
        buf.append("</").append(name).append(">\n");
    }

    private static void finding(StringBuilder text, Finding f) {
        text.append(f.isSuppressed() ? "suppressed " : "").append(f.severity().name()).append(' ').append(f.code());
        if (f.object() != null) {
            text.append(' ').append(f.object());
            if (f.property() != null) {
                text.append(" (").append(f.property()).append(')');
            }
        }
        text.append('\n');
        indented(text, f.message());
        if (f.fix() != null) {
            text.append("  fix").append(f.fix().type() == Fix.Type.ACTION ? "" : " (" + Labels.name(f.fix().type())
                    + ")").append(":\n");
            indented(text, f.fix().text());
        }
        if (f.isSuppressed()) {
            text.append("  suppressed").append(f.suppression().expires() == null ? ""
                    : " until " + f.suppression().expires()).append(":\n");
            indented(text, f.suppression().reason());
        }
    }

    private static void indented(StringBuilder text, String value) {
        for (String line : value.split("\n", -1)) {
            text.append("    ").append(line).append('\n');
        }
    }

    private static String seconds(Duration d) {
        return String.format(Locale.ROOT, "%.3f", d.toMillis() / 1000.0);
    }
}
