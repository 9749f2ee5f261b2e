package io.drift.reporting.internal;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;
import io.drift.core.spi.ReportRenderer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code html} format: one self-contained page for working through a report in a browser. Counts by severity, the
 * differences (or findings) of each object (or check), filters by severity, type, kind, check and code, and a search
 * box; everything is in the file (style and script inline, no font, image or request), and it stays quick with
 * thousands of rows (the rows are plain table rows, which the script shows and hides).
 *
 * <p><b>Safety.</b> Every string from the database or the caller is HTML-escaped ({@link Escape#html}); none is ever
 * put into the script or a style, and the data the filters use are attribute values, escaped the same way. A
 * Content-Security-Policy allows only this page's own style and script, by their SHA-256 hashes: were a string ever
 * to slip through as markup, no script of its own could run, and the page can load nothing from anywhere.
 *
 * <p>Written object by object (check by check); what is held is one object's rows.
 */
public final class HtmlRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "html";

    private static final String STYLE = resource("report.css");
    private static final String SCRIPT = resource("report.js");
    private static final String POLICY = "default-src 'none'; style-src '" + hash(STYLE) + "'; script-src '"
            + hash(SCRIPT) + "'; img-src data:; base-uri 'none'; form-action 'none'";

    /** Values up to this long, on one line, are shown as code; longer ones in a block. */
    private static final int INLINE_LIMIT = 80;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "html";
    }

    private static String resource(String name) {
        try (InputStream in = HtmlRenderer.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("drift-reporting is missing its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static void head(StringBuilder buf, String title) {
        buf.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"").append(POLICY).append("\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        Escape.html(buf, title);
        buf.append("</title>\n<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
    }

    private static void foot(Writer out) throws IOException {
        out.append("</main>\n<p id=\"empty\" hidden>Nothing matches the filters.</p>\n")
                .append("<footer>Written by Drift. This page is self-contained: it loads nothing, and its filters run"
                        + " in the browser.</footer>\n<script>").append(SCRIPT).append("</script>\n</body>\n</html>\n");
    }

    private static void count(StringBuilder buf, String css, int n, String label) {
        buf.append("<div class=\"count ").append(css).append("\" data-count=\"").append(css).append("\"><b>").append(n)
                .append("</b>").append(label).append("</div>\n");
    }

    private static void severityFilter(StringBuilder buf) {
        buf.append("<fieldset><legend>Severity</legend>\n");
        for (Severity s : Labels.SEVERITIES) {
            String name = Labels.name(s);
            buf.append("<label><input type=\"checkbox\" name=\"severity\" value=\"").append(name)
                    .append("\" checked> ").append(name).append("</label>\n");
        }
        buf.append("</fieldset>\n");
    }

    private static void select(StringBuilder buf, String filter, String label, Iterable<String> values) {
        buf.append("<label>").append(label).append(" <select id=\"f-").append(filter).append("\" data-filter=\"")
                .append(filter).append("\"><option value=\"\">all</option>");
        for (String v : values) {
            buf.append("<option value=\"");
            Escape.html(buf, v);
            buf.append("\">");
            Escape.html(buf, v);
            buf.append("</option>");
        }
        buf.append("</select></label>\n");
    }

    private static void searchBox(StringBuilder buf, int total, String placeholder) {
        buf.append("<input type=\"search\" id=\"q\" placeholder=\"").append(placeholder)
                .append("\" aria-label=\"Search\">\n<span id=\"shown\">").append(total).append(" of ").append(total)
                .append(" shown</span>\n</nav>\n<main>\n");
    }

    private static void value(StringBuilder buf, String value) {
        if (value == null) {
            buf.append("<span class=\"none\">(none)</span>");
        } else if (value.isEmpty()) {
            buf.append("<span class=\"none\">(empty)</span>");
        } else if (value.length() <= INLINE_LIMIT && value.indexOf('\n') < 0) {
            buf.append("<code>");
            Escape.html(buf, value);
            buf.append("</code>");
        } else {
            buf.append("<pre>");
            Escape.htmlBlock(buf, value);
            buf.append("</pre>");
        }
    }

    // ---------------------------------------------------------------------------------------------------- a diff

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        List<Difference> differences = diff.differences();
        Set<String> kinds = new TreeSet<>();
        boolean[] types = new boolean[DifferenceType.values().length];
        for (Difference d : differences) {
            kinds.add(d.kind().id());
            types[d.type().ordinal()] = true;
        }
        StringBuilder buf = new StringBuilder(8192);
        String title = differences.isEmpty() ? "No schema drift"
                : "Schema drift: " + Labels.plural(differences.size(), "difference");
        head(buf, "Drift: " + title);
        buf.append("<header>\n<h1>");
        Escape.html(buf, title);
        buf.append("</h1>\n<p class=\"sources\">Expected <code>");
        Escape.html(buf, context.expectedSource());
        buf.append("</code> · Actual <code>");
        Escape.html(buf, context.actualSource());
        buf.append("</code></p>\n<div class=\"counts\">\n");
        for (Severity s : Labels.SEVERITIES) {
            int n = diff.countsBySeverity().get(s);
            count(buf, Labels.name(s), n, s == Severity.INFO ? " info" : n == 1 ? " " + Labels.name(s)
                    : " " + Labels.name(s) + "s");
        }
        for (DifferenceType t : DifferenceType.values()) {
            count(buf, Labels.name(t), diff.countsByType().get(t), " " + Labels.name(t));
        }
        buf.append("</div>\n</header>\n<nav>\n");
        severityFilter(buf);
        Set<String> typeNames = new TreeSet<>();
        for (DifferenceType t : DifferenceType.values()) {
            if (types[t.ordinal()]) {
                typeNames.add(Labels.name(t));
            }
        }
        select(buf, "type", "Type", typeNames);
        select(buf, "kind", "Kind", kinds);
        searchBox(buf, differences.size(), "Search names and values");
        out.append(buf);
        for (int i = 0; i < differences.size(); ) {
            int end = Groups.end(differences, i);
            buf.setLength(0);
            appendGroup(buf, differences, i, end);
            out.append(buf);
            i = end;
        }
        if (differences.isEmpty()) {
            out.append("<p>The schemas match.</p>\n");
        }
        foot(out);
    }

    private static void appendGroup(StringBuilder buf, List<Difference> differences, int start, int end) {
        ObjectPath key = Groups.keyOf(differences.get(start).path());
        buf.append("<section class=\"group\" data-rows=\"").append(end - start).append("\">\n<h2><code>");
        Escape.html(buf, key.toString());
        buf.append("</code><span class=\"n\">").append(Labels.plural(end - start, "difference")).append("</span></h2>\n")
                .append("<table>\n<thead><tr><th class=\"sev\">Severity</th><th class=\"what\">Difference</th>"
                        + "<th>Object</th><th>Expected</th><th>Actual</th></tr></thead>\n<tbody>\n");
        for (int i = start; i < end; i++) {
            Difference d = differences.get(i);
            String severity = Labels.name(d.severity());
            buf.append("<tr class=\"row\" data-severity=\"").append(severity).append("\" data-type=\"")
                    .append(Labels.name(d.type())).append("\" data-kind=\"").append(d.kind().id()).append("\">")
                    .append("<td><span class=\"badge ").append(severity).append("\">").append(severity)
                    .append("</span></td><td>").append(Labels.difference(d));
            if (d instanceof Changed c) {
                buf.append(" <code>");
                Escape.html(buf, c.property());
                buf.append("</code>");
            }
            buf.append("</td><td><code>");
            Escape.html(buf, d.path().toString());
            buf.append("</code></td><td>");
            if (d instanceof Changed c) {
                value(buf, c.expected());
                buf.append("</td><td>");
                value(buf, c.actual());
            } else {
                buf.append("</td><td>");
            }
            buf.append("</td></tr>\n");
        }
        buf.append("</tbody>\n</table>\n</section>\n");
    }

    // -------------------------------------------------------------------------------------------- a check report

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        Set<String> checks = new TreeSet<>();
        Set<String> codes = new TreeSet<>();
        int total = 0;
        for (CheckResult r : report.results()) {
            checks.add(r.checkId());
            for (Finding f : r.findings()) {
                codes.add(f.code());
                total++;
            }
        }
        StringBuilder buf = new StringBuilder(8192);
        Status status = report.status();
        String title = "Checks " + Labels.name(status) + ": " + Labels.plural(report.results().size(), "check");
        head(buf, "Drift: " + title);
        buf.append("<header>\n<h1><span class=\"badge ").append(Labels.name(status)).append("\">")
                .append(Labels.name(status)).append("</span> ");
        Escape.html(buf, title);
        buf.append("</h1>\n<p class=\"sources\">Database <code>");
        Escape.html(buf, context.actualSource());
        buf.append("</code> · Checks <code>");
        Escape.html(buf, context.expectedSource());
        buf.append("</code> · ").append(Durations.format(report.duration())).append("</p>\n<div class=\"counts\">\n");
        for (Severity s : Labels.SEVERITIES) {
            int n = report.countsBySeverity().get(s);
            count(buf, Labels.name(s), n, s == Severity.INFO ? " info" : n == 1 ? " " + Labels.name(s)
                    : " " + Labels.name(s) + "s");
        }
        count(buf, "suppressed", report.suppressedCount(), " suppressed");
        for (Status s : Labels.STATUSES) {
            count(buf, Labels.name(s), report.countsByStatus().get(s), " " + Labels.name(s));
        }
        buf.append("</div>\n</header>\n<nav>\n");
        severityFilter(buf);
        select(buf, "check", "Check", checks);
        select(buf, "code", "Code", codes);
        buf.append("<label><input type=\"checkbox\" id=\"f-suppressed\" checked> suppressed</label>\n");
        searchBox(buf, total, "Search objects and messages");
        out.append(buf);
        for (CheckResult r : report.results()) {
            buf.setLength(0);
            appendCheck(buf, r);
            out.append(buf);
        }
        foot(out);
    }

    private static void appendCheck(StringBuilder buf, CheckResult r) {
        String status = Labels.name(r.status());
        buf.append("<section class=\"group\" data-rows=\"").append(r.findings().size()).append("\" data-check=\"");
        Escape.html(buf, r.checkId());
        buf.append("\">\n<h2><span class=\"badge ").append(status).append("\">").append(status)
                .append("</span><code>");
        Escape.html(buf, r.checkId());
        buf.append("</code><span class=\"meta\">").append(Durations.format(r.duration())).append(" · ");
        Escape.html(buf, r.description());
        buf.append("</span></h2>\n<p>");
        Escape.html(buf, r.summary());
        buf.append("</p>\n");
        if (!r.findings().isEmpty()) {
            buf.append("<table>\n<thead><tr><th class=\"sev\">Severity</th><th class=\"what\">Code</th><th>Object</th>"
                    + "<th>Message</th><th>Fix</th></tr></thead>\n<tbody>\n");
            for (Finding f : r.findings()) {
                appendFinding(buf, r, f);
            }
            buf.append("</tbody>\n</table>\n");
        }
        buf.append("</section>\n");
    }

    private static void appendFinding(StringBuilder buf, CheckResult r, Finding f) {
        String severity = Labels.name(f.severity());
        buf.append("<tr class=\"row").append(f.isSuppressed() ? " suppressed" : "").append("\" data-severity=\"")
                .append(severity).append("\" data-check=\"");
        Escape.html(buf, r.checkId());
        buf.append("\" data-code=\"");
        Escape.html(buf, f.code());
        buf.append("\" data-suppressed=\"").append(f.isSuppressed()).append("\"><td><span class=\"badge ")
                .append(severity).append("\">").append(severity).append("</span>")
                .append(f.isSuppressed() ? " suppressed" : "").append("</td><td><a href=\"")
                .append(DocLinks.code(f.code())).append("\" rel=\"noreferrer noopener\" target=\"_blank\"><code>");
        Escape.html(buf, f.code());
        buf.append("</code></a></td><td>");
        if (f.object() != null) {
            buf.append("<code>");
            Escape.html(buf, f.object().toString());
            buf.append("</code>");
            if (f.property() != null) {
                buf.append(" <code>");
                Escape.html(buf, f.property());
                buf.append("</code>");
            }
        }
        buf.append("</td><td>");
        Escape.html(buf, f.message());
        if (f.isSuppressed()) {
            buf.append("<div class=\"none\">suppressed");
            if (f.suppression().expires() != null) {
                buf.append(" until ").append(f.suppression().expires());
            }
            buf.append(": ");
            Escape.html(buf, f.suppression().reason());
            buf.append("</div>");
        }
        buf.append("</td><td>");
        if (f.fix() != null) {
            if (f.fix().type() == Fix.Type.ACTION) {
                Escape.html(buf, f.fix().text());
            } else {
                buf.append("<pre class=\"fix\">");
                Escape.htmlBlock(buf, f.fix().text());
                buf.append("</pre>");
            }
        }
        buf.append("</td></tr>\n");
    }
}
