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
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The {@code markdown} format: a pull-request or merge-request comment. The verdict and a summary table come first,
 * then a Mermaid {@code erDiagram} of the drifted tables (see {@link ErDiagram}), then the details of each object (a
 * diff) or each check (a check report) in a collapsed {@code <details>} section.
 *
 * <p>A comment holds at most 65,536 characters on GitHub; the report never goes past its limit ({@link #COMMENT_LIMIT}
 * unless a tool asks for another). When the details would, the sections that do not fit are left out and a closing
 * note says how many objects and differences (or checks and findings) that is. Values longer than a comment can show
 * well are cut, saying by how much. Output is written section by section; what is held is at most one section,
 * itself bounded, so memory stays bounded whatever the diff's size.
 *
 * <p>Escaping is by context ({@link Md}): text is backslash-escaped, names and values are code spans, multi-line values
 * fenced blocks, and the {@code <summary>} lines HTML-escaped.
 */
public final class MarkdownRenderer implements ReportRenderer {

    /** The format name. */
    public static final String FORMAT = "markdown";

    /** The most characters a GitHub comment holds. */
    public static final int COMMENT_LIMIT = 65_536;

    /** The smallest limit a report can be made to fit: its header, summary and closing note. */
    public static final int MIN_LIMIT = 8_192;

    /** A single-line value up to this long is shown in its table cell; longer ones in a block below. */
    private static final int INLINE_LIMIT = 60;
    private static final int BLOCK_LINES = 150;
    private static final int BLOCK_CHARS = 4_000;
    /** Room kept for the closing note. */
    private static final int RESERVE = 1_000;
    /** The diagram is drawn only if it takes at most this share of the limit. */
    private static final int DIAGRAM_SHARE = 4;

    private static final String[] SEVERITY_ICON = new String[Severity.values().length];
    private static final String[] STATUS_ICON = new String[Status.values().length];

    static {
        SEVERITY_ICON[Severity.ERROR.ordinal()] = "❌";
        SEVERITY_ICON[Severity.WARNING.ordinal()] = "⚠️";
        SEVERITY_ICON[Severity.INFO.ordinal()] = "ℹ️";
        STATUS_ICON[Status.PASSED.ordinal()] = "✅";
        STATUS_ICON[Status.SKIPPED.ordinal()] = "⏭️";
        STATUS_ICON[Status.WARNED.ordinal()] = "⚠️";
        STATUS_ICON[Status.FAILED.ordinal()] = "❌";
        STATUS_ICON[Status.ERRORED.ordinal()] = "💥";
    }

    private final int limit;

    /** A renderer whose reports fit a GitHub comment. */
    public MarkdownRenderer() {
        this(COMMENT_LIMIT);
    }

    /**
     * @param limit the most characters (UTF-16 code units, which is never fewer than a code host counts) a report may
     *              have; at least {@link #MIN_LIMIT}
     */
    public MarkdownRenderer(int limit) {
        if (limit < MIN_LIMIT) {
            throw new IllegalArgumentException("A Markdown report needs a limit of at least " + MIN_LIMIT
                    + " characters, not " + limit);
        }
        this.limit = limit;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public String fileExtension() {
        return "md";
    }

    /** Counts what is written, against the limit. */
    private final class Budget {
        private final Writer out;
        private long written;

        Budget(Writer out) {
            this.out = out;
        }

        void write(CharSequence text) throws IOException {
            out.append(text);
            written += text.length();
        }

        boolean fits(int length) {
            return written + length + RESERVE <= limit;
        }

        /** @return how many characters may still be written before the closing note */
        long room() {
            return Math.max(0, limit - RESERVE - written);
        }
    }

    // ---------------------------------------------------------------------------------------------------- a diff

    @Override
    public void render(SchemaDiff diff, RenderContext context, Writer out) throws IOException {
        Budget budget = new Budget(out);
        List<Difference> differences = diff.differences();
        int[][] counts = new int[Severity.values().length][DifferenceType.values().length];
        for (Difference d : differences) {
            counts[d.severity().ordinal()][d.type().ordinal()]++;
        }
        int[] bySeverity = bySeverity(counts);
        StringBuilder buf = new StringBuilder(1024);
        buf.append("## ");
        if (differences.isEmpty()) {
            buf.append("✅ No schema drift\n\n");
        } else {
            buf.append(SEVERITY_ICON[diff.worstSeverity().orElseThrow().ordinal()]).append(" Schema drift: ")
                    .append(Labels.plural(differences.size(), "difference")).append(" (")
                    .append(Labels.severities(bySeverity)).append(")\n\n");
        }
        buf.append("**Expected:** ");
        Md.code(buf, context.expectedSource(), false);
        buf.append(" · **Actual:** ");
        Md.code(buf, context.actualSource(), false);
        buf.append("\n\n");
        if (differences.isEmpty()) {
            buf.append("The schemas match.\n");
            budget.write(buf);
            return;
        }
        buf.append("| Severity | Missing | Unexpected | Changed | Total |\n");
        buf.append("| :-- | --: | --: | --: | --: |\n");
        int[] byType = new int[DifferenceType.values().length];
        for (Severity s : Labels.SEVERITIES) {
            buf.append("| ").append(SEVERITY_ICON[s.ordinal()]).append(' ').append(Labels.name(s));
            for (DifferenceType t : DifferenceType.values()) {
                int n = counts[s.ordinal()][t.ordinal()];
                byType[t.ordinal()] += n;
                buf.append(" | ").append(n);
            }
            buf.append(" | ").append(bySeverity[s.ordinal()]).append(" |\n");
        }
        buf.append("| **Total**");
        for (DifferenceType t : DifferenceType.values()) {
            buf.append(" | ").append(byType[t.ordinal()]);
        }
        buf.append(" | **").append(differences.size()).append("** |\n\n");
        budget.write(buf);

        ErDiagram diagram = new ErDiagram(context.expectedSnapshot(), context.actualSnapshot());
        differences.forEach(diagram::add);
        writeDiagram(budget, diagram, context);

        buf.setLength(0);
        buf.append("### Differences by object\n\n");
        budget.write(buf);
        for (int i = 0; i < differences.size(); ) {
            int end = Groups.end(differences, i);
            buf.setLength(0);
            int shown = appendGroup(buf, differences, i, end, budget.room());
            budget.write(buf);
            if (i + shown < end) {
                writeLeftOut(budget, differences, i + shown, shown > 0);
                return;
            }
            i = end;
        }
    }

    private static int[] bySeverity(int[][] counts) {
        int[] bySeverity = new int[Severity.values().length];
        for (int s = 0; s < counts.length; s++) {
            for (int n : counts[s]) {
                bySeverity[s] += n;
            }
        }
        return bySeverity;
    }

    /**
     * Appends the section of one object, with as many of its differences as {@code room} allows.
     *
     * @return how many of its differences it shows; 0 when not even the first fits
     */
    private static int appendGroup(StringBuilder buf, List<Difference> differences, int start, int end, long room) {
        int[] bySeverity = new int[Severity.values().length];
        for (int i = start; i < end; i++) {
            bySeverity[differences.get(i).severity().ordinal()]++;
        }
        ObjectPath key = Groups.keyOf(differences.get(start).path());
        StringBuilder head = new StringBuilder(256);
        head.append("<details>\n<summary><code>");
        Escape.html(head, key.toString());
        head.append("</code> · ").append(Labels.plural(end - start, "difference")).append(": ")
                .append(Labels.severities(bySeverity)).append("</summary>\n\n");
        head.append("| Severity | Difference | Object | Expected | Actual |\n");
        head.append("| --- | --- | --- | --- | --- |\n");
        String close = "\n</details>\n\n";
        int cutNote = 120;
        StringBuilder rows = new StringBuilder(1024);
        StringBuilder blocks = new StringBuilder();
        StringBuilder row = new StringBuilder(256);
        StringBuilder block = new StringBuilder();
        int shown = 0;
        for (int i = start; i < end; i++) {
            row.setLength(0);
            block.setLength(0);
            appendRow(row, block, differences.get(i));
            long size = head.length() + rows.length() + blocks.length() + row.length() + block.length()
                    + close.length() + (i + 1 < end ? cutNote : 0);
            if (size > room) {
                break;
            }
            rows.append(row);
            blocks.append(block);
            shown++;
        }
        if (shown == 0) {
            return 0;
        }
        buf.append(head).append(rows).append(blocks);
        if (shown < end - start) {
            buf.append("\n*").append(Labels.plural(end - start - shown, "more difference"))
                    .append(" of this object left out.*\n");
        }
        buf.append(close);
        return shown;
    }

    private static void appendRow(StringBuilder buf, StringBuilder blocks, Difference d) {
        buf.append("| ").append(SEVERITY_ICON[d.severity().ordinal()]).append(' ').append(Labels.name(d.severity()))
                .append(" | ").append(Labels.difference(d));
        if (d instanceof Changed c) {
            buf.append(" (");
            Md.code(buf, c.property(), true);
            buf.append(')');
        }
        buf.append(" | ");
        Md.code(buf, d.path().toString(), true);
        buf.append(" | ");
        if (d instanceof Changed c) {
            if (fitsInline(c.expected()) && fitsInline(c.actual())) {
                inlineValue(buf, c.expected());
                buf.append(" | ");
                inlineValue(buf, c.actual());
            } else {
                buf.append("*below* | *below*");
                blocks.append('\n');
                Md.code(blocks, c.path().toString(), false);
                blocks.append(" (");
                Md.code(blocks, c.property(), false);
                blocks.append("), expected (`-`) and actual (`+`)");
                if (c.expected() == null || c.actual() == null) {
                    blocks.append(c.expected() == null ? "; expected: *(none)*" : "; actual: *(none)*");
                }
                blocks.append(":\n\n");
                Md.fence(blocks, "diff", LineDiff.of(lines(c.expected()), lines(c.actual()), BLOCK_LINES,
                        BLOCK_CHARS));
            }
        } else {
            buf.append(" | ");
        }
        buf.append(" |\n");
    }

    private static boolean fitsInline(String value) {
        return value == null || (value.length() <= INLINE_LIMIT && value.indexOf('\n') < 0);
    }

    private static void inlineValue(StringBuilder buf, String value) {
        if (value == null) {
            buf.append("*(none)*");
        } else {
            Md.code(buf, value, true);
        }
    }

    private static List<String> lines(String value) {
        return value == null ? List.of() : List.of(value.split("\n", -1));
    }

    /**
     * @param from        the first difference not shown
     * @param partlyShown whether the object of that difference is partly shown (it then counts as one of the objects
     *                    whose differences are left out, not as one more object)
     */
    private void writeLeftOut(Budget budget, List<Difference> differences, int from, boolean partlyShown)
            throws IOException {
        int[] bySeverity = new int[Severity.values().length];
        for (int i = from; i < differences.size(); i++) {
            bySeverity[differences.get(i).severity().ordinal()]++;
        }
        int objects = 0;
        for (int i = from; i < differences.size(); i = Groups.end(differences, i)) {
            objects++;
        }
        budget.write("**Left out:** " + Labels.plural(differences.size() - from, "difference") + " ("
                + Labels.severities(bySeverity) + ") on " + Labels.plural(objects, "object")
                + (partlyShown ? " (one of them partly shown)" : "") + ", to stay within the " + String.format(Locale.ROOT, "%,d", limit)
                + " characters a comment holds. Every difference is in the `text`, `json` and `html` reports.\n");
    }

    // -------------------------------------------------------------------------------------------------- diagram

    private void writeDiagram(Budget budget, ErDiagram diagram, RenderContext context) throws IOException {
        if (diagram.isEmpty()) {
            return;
        }
        StringBuilder buf = new StringBuilder();
        int maxChars = limit / DIAGRAM_SHARE;
        ErDiagram.Drawing drawing = null;
        for (int max = ErDiagram.MAX_DRIFTED; max >= 1; max /= 2) {
            ErDiagram.Drawing d = diagram.draw(max);
            int size = d.lines().stream().mapToInt(l -> l.length() + 1).sum();
            if (size <= maxChars) {
                drawing = d;
                break;
            }
        }
        buf.append("### Tables\n\n");
        if (drawing == null) {
            buf.append("*The diagram of the ").append(Labels.plural(diagram.driftedTables(), "drifted table"))
                    .append(" would be too large for a comment.*\n\n");
            budget.write(buf);
            return;
        }
        buf.append("Names start with `MISSING_` (expected, absent), `UNEXPECTED_` (present, not expected) or"
                + " `CHANGED_`; a table without a prefix is linked to a drifted one by a foreign key. A column's"
                + " comment says how it differs; a dashed line is a missing or unexpected foreign key.");
        if (context.expectedSnapshot() == null && context.actualSnapshot() == null) {
            buf.append(" Only what the differences name is shown: no types, keys or linked tables.");
        }
        if (drawing.omittedDrifted() > 0) {
            buf.append(" ").append(Labels.plural(drawing.omittedDrifted(), "more drifted table"))
                    .append(" left out of the diagram.");
        }
        buf.append("\n\n```mermaid\nerDiagram\n");
        for (String line : drawing.lines()) {
            buf.append(line).append('\n');
        }
        buf.append("```\n\n");
        if (budget.fits(buf.length())) {
            budget.write(buf);
        }
    }

    // -------------------------------------------------------------------------------------------- a check report

    @Override
    public void render(CheckReport report, RenderContext context, Writer out) throws IOException {
        Budget budget = new Budget(out);
        StringBuilder buf = new StringBuilder(2048);
        Status status = report.status();
        buf.append("## ").append(STATUS_ICON[status.ordinal()]).append(" Checks ").append(Labels.name(status))
                .append("\n\n");
        buf.append("**Database:** ");
        Md.code(buf, context.actualSource(), false);
        buf.append(" · **Checks:** ");
        Md.code(buf, context.expectedSource(), false);
        buf.append("\n\n");
        int total = report.results().size();
        buf.append(Labels.plural(total, "check"));
        String separator = ": ";
        for (Status s : Labels.STATUSES) {
            int n = report.countsByStatus().get(s);
            if (n > 0) {
                buf.append(separator).append(n).append(' ').append(Labels.name(s));
                separator = ", ";
            }
        }
        int[] bySeverity = new int[Severity.values().length];
        report.countsBySeverity().forEach((s, n) -> bySeverity[s.ordinal()] = n);
        String findings = Labels.severities(bySeverity);
        buf.append("; ").append(findings.isEmpty() ? "no findings" : findings);
        if (report.suppressedCount() > 0) {
            buf.append(", ").append(report.suppressedCount()).append(" suppressed");
        }
        buf.append("; ").append(Durations.format(report.duration())).append(".\n\n");
        if (total > 0) {
            buf.append("| | Check | Status | Findings | Time | Summary |\n");
            buf.append("| :-- | :-- | :-- | --: | --: | :-- |\n");
        }
        budget.write(buf);
        int shown = 0;
        for (CheckResult r : report.results()) {
            buf.setLength(0);
            buf.append("| ").append(STATUS_ICON[r.status().ordinal()]).append(" | ");
            Md.code(buf, r.checkId(), true);
            buf.append(" | ").append(Labels.name(r.status())).append(" | ").append(r.activeFindings().size());
            if (!r.suppressedFindings().isEmpty()) {
                buf.append(" (+").append(r.suppressedFindings().size()).append(" suppressed)");
            }
            buf.append(" | ").append(Durations.format(r.duration())).append(" | ");
            Md.text(buf, r.summary());
            buf.append(" |\n");
            if (!budget.fits(buf.length())) {
                break;
            }
            budget.write(buf);
            shown++;
        }
        budget.write("\n");

        ErDiagram diagram = new ErDiagram(context.expectedSnapshot(), context.actualSnapshot());
        for (Finding f : report.findings()) {
            if (f.difference() != null) {
                diagram.add(f.difference());
            }
        }
        writeDiagram(budget, diagram, context);

        List<CheckResult> detailed = new ArrayList<>();
        for (CheckResult r : report.results()) {
            if (!r.findings().isEmpty() || r.status() == Status.ERRORED) {
                detailed.add(r);
            }
        }
        if (detailed.isEmpty()) {
            return;
        }
        budget.write("### Findings by check\n\n");
        for (int i = 0; i < detailed.size(); i++) {
            buf.setLength(0);
            appendCheck(buf, detailed.get(i));
            if (!budget.fits(buf.length()) || shown < total) {
                int findingsLeft = 0;
                for (int j = i; j < detailed.size(); j++) {
                    findingsLeft += detailed.get(j).findings().size();
                }
                budget.write("**Left out:** " + Labels.plural(detailed.size() - i, "more check") + " with "
                        + Labels.plural(findingsLeft, "finding") + (shown < total ? " (and " + (total - shown)
                        + " rows of the table above)" : "") + ", to stay within the "
                        + String.format(Locale.ROOT, "%,d", limit) + " characters a comment holds. Every finding is in"
                        + " the `text`, `json` and `html` reports.\n");
                return;
            }
            budget.write(buf);
        }
    }

    private static void appendCheck(StringBuilder buf, CheckResult r) {
        buf.append("<details>\n<summary>").append(STATUS_ICON[r.status().ordinal()]).append(" <code>");
        Escape.html(buf, r.checkId());
        buf.append("</code> ").append(Labels.name(r.status())).append(" · ");
        if (r.findings().isEmpty()) {
            Escape.html(buf, r.summary());
        } else {
            buf.append(Labels.plural(r.findings().size(), "finding"));
        }
        buf.append("</summary>\n\n");
        if (r.status() == Status.ERRORED || !r.findings().isEmpty()) {
            Md.text(buf, r.summary());
            buf.append("\n\n");
        }
        if (!r.findings().isEmpty()) {
            buf.append("| Severity | Code | Object | Message | Fix |\n");
            buf.append("| --- | --- | --- | --- | --- |\n");
        }
        List<Finding> blocks = new ArrayList<>();
        for (Finding f : r.findings()) {
            buf.append("| ");
            if (f.isSuppressed()) {
                buf.append("~~").append(Labels.name(f.severity())).append("~~ suppressed");
            } else {
                buf.append(SEVERITY_ICON[f.severity().ordinal()]).append(' ').append(Labels.name(f.severity()));
            }
            buf.append(" | [");
            Md.code(buf, f.code(), true);
            buf.append("](").append(DocLinks.code(f.code())).append(") | ");
            if (f.object() != null) {
                Md.code(buf, f.object().toString(), true);
                if (f.property() != null) {
                    buf.append(" (");
                    Md.code(buf, f.property(), true);
                    buf.append(')');
                }
            }
            buf.append(" | ");
            Md.text(buf, f.message());
            if (f.isSuppressed()) {
                buf.append(" *(suppressed");
                if (f.suppression().expires() != null) {
                    buf.append(" until ").append(f.suppression().expires());
                }
                buf.append(": ");
                Md.text(buf, f.suppression().reason());
                buf.append(")*");
            }
            buf.append(" | ");
            if (f.fix() != null) {
                if (f.fix().type() == Fix.Type.ACTION && fitsInline(f.fix().text())) {
                    Md.text(buf, f.fix().text());
                } else if (f.fix().type() == Fix.Type.ACTION) {
                    buf.append("*below*");
                    blocks.add(f);
                } else {
                    buf.append("*below* (").append(Labels.name(f.fix().type())).append(')');
                    blocks.add(f);
                }
            }
            buf.append(" |\n");
        }
        for (Finding f : blocks) {
            buf.append("\nFix for ");
            Md.code(buf, f.code(), false);
            if (f.object() != null) {
                buf.append(" on ");
                Md.code(buf, f.object().toString(), false);
            }
            buf.append(":\n\n");
            List<String> lines = LineDiff.cut(lines(f.fix().text()), BLOCK_LINES, BLOCK_CHARS);
            Md.fence(buf, f.fix().type() == Fix.Type.SQL ? "sql" : f.fix().type() == Fix.Type.COMMAND ? "sh" : "",
                    lines);
        }
        buf.append("\n</details>\n\n");
    }
}
