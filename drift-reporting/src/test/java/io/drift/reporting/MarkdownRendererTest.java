package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drift.core.DriftException;
import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The markdown format: what a pull-request comment needs, and that nothing from the database becomes markup. */
class MarkdownRendererTest {

    /** 2,500 tables of 4 differences, each with a long multi-line value: far more than a comment holds. */
    private static SchemaDiff large() {
        List<Difference> list = new ArrayList<>();
        String body = "SELECT id,\n       name\n  FROM t\n WHERE active;".repeat(3);
        for (int t = 0; t < 2500; t++) {
            ObjectPath table = ObjectPath.of("public", String.format("t%05d", t));
            list.add(new Changed(ObjectKind.TABLE, table, "comment", "a", "b", WARNING));
            list.add(new Missing(ObjectKind.COLUMN, table.child("email"), ERROR));
            list.add(new Changed(ObjectKind.COLUMN, table.child("id"), "type", "bigint", "integer", ERROR));
            list.add(new Changed(ObjectKind.VIEW, ObjectPath.of("public", String.format("t%05d_v", t)), "definition",
                    body, body + "\n  AND x", ERROR));
        }
        return new SchemaDiff(list);
    }

    @Test
    void a_long_report_stays_within_a_comment_and_says_what_it_left_out() {
        String md = FormatGoldenTest.render("markdown", large(), SampleDiffs.CONTEXT);
        assertThat(md.length()).isLessThanOrEqualTo(65_536).isGreaterThan(50_000);
        assertThat(md).startsWith("## ❌ Schema drift: 10000 differences (7500 errors, 2500 warnings)");
        Matcher leftOut = Pattern.compile("\\*\\*Left out:\\*\\* (\\d+) differences \\(.*\\) on (\\d+) objects( \\(one of them partly shown\\))?,"
                + " to stay within the 65,536 characters a comment holds\\.").matcher(md);
        assertThat(leftOut.find()).as(md.substring(md.length() - 500)).isTrue();
        long shownRows = md.lines().filter(l -> l.matches("\\| (❌ error|⚠️ warning) \\| [a-z].*")).count();
        long shownGroups = md.lines().filter(l -> l.equals("<details>")).count();
        assertThat(shownRows + Long.parseLong(leftOut.group(1))).isEqualTo(10_000);
        assertThat(shownGroups + Long.parseLong(leftOut.group(2))).isEqualTo(leftOut.group(3) == null ? 5_000 : 5_001);
        assertThat(count(md, "<details>")).isEqualTo(count(md, "</details>"));
    }

    @Test
    void a_tool_can_ask_for_another_limit_but_not_one_too_small_to_hold_the_summary() {
        assertThat(Renderers.markdown(10_000).renderToString(large(), SampleDiffs.CONTEXT).length())
                .isLessThanOrEqualTo(10_000);
        DriftException e = catchThrowableOfType(DriftException.class, () -> Renderers.markdown(100));
        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
        assertThat(e).hasMessageContaining("at least 8192");
    }

    @Test
    void the_diagram_draws_drifted_and_linked_tables_and_tells_drift_apart() {
        String md = FormatGoldenTest.render("markdown", SampleDiffs.sample(), SampleDiffs.withSnapshots());
        List<String> diagram = mermaid(md);
        assertThat(diagram).contains("    MISSING_public_orders {", "    CHANGED_public_users {",
                "    public_sessions {", "    public_countries {",
                "        text email \"MISSING\"",
                "        character_varying(100) name \"CHANGED type: text → character varying(100)\"",
                "    MISSING_public_orders }o--|| CHANGED_public_users : \"orders_user_fk\"",
                "    public_sessions }o--o| CHANGED_public_users : \"sessions_user_fk\"");
        // Without snapshots: the drifted tables and the columns the differences name, and a note that says so.
        String bare = FormatGoldenTest.render("markdown", SampleDiffs.sample(), SampleDiffs.CONTEXT);
        assertThat(mermaid(bare)).contains("    CHANGED_public_users {", "        column email \"MISSING\"")
                .noneMatch(l -> l.contains("public_sessions"));
        assertThat(bare).contains("Only what the differences name is shown");
    }

    /** What Mermaid's erDiagram grammar reads, and nothing else: no directive, style, click, link or quote escape. */
    private static final Pattern SAFE_LINE = Pattern.compile("erDiagram"
            + "|    [A-Za-z][A-Za-z0-9_]*( \\{)?"
            + "|        [A-Za-z_][A-Za-z0-9_()\\[\\]]* [A-Za-z_][A-Za-z0-9_]*( PK| FK)?( \"[A-Za-z0-9 _.,:()\\[\\]>→…-]*\")?"
            + "|    }"
            + "|    [A-Za-z][A-Za-z0-9_]* }o(--|\\.\\.)(o\\||\\|\\|) [A-Za-z][A-Za-z0-9_]* : \"[A-Za-z0-9_ ]*\"");

    @Test
    void hostile_names_cannot_break_out_of_the_diagram() {
        for (String md : List.of(FormatGoldenTest.render("markdown", Hostile.diff(), Hostile.withSnapshots()),
                FormatGoldenTest.render("markdown", Hostile.checkReport(), Hostile.withSnapshots()))) {
            List<String> diagram = mermaid(md);
            assertThat(diagram).hasSizeGreaterThan(5).allMatch(l -> SAFE_LINE.matcher(l).matches());
            assertThat(String.join("\n", diagram)).doesNotContain("%%").doesNotContain("direction TB")
                    .doesNotContain("style").doesNotContain("click");
            assertThat(count(md, "```mermaid")).isEqualTo(1);
        }
    }

    @Test
    void hostile_text_is_escaped_for_its_context() {
        String md = FormatGoldenTest.render("markdown", Hostile.checkReport(), Hostile.withSnapshots());
        // Raw HTML: only the tags the report writes itself.
        String withoutOwnTags = md.replaceAll("</?(details|summary|code)>", "");
        assertThat(unescaped(outsideCode(withoutOwnTags), '<')).isZero();
        assertThat(unescaped(outsideCode(withoutOwnTags), '[')).isEqualTo(count(md, "[`DRIFT-TABLE-MISSING`]("));
        // Text: every punctuation character escaped, so no link, emphasis, mention or table cell can form.
        assertThat(md).contains("\\[click me\\]\\(https\\:\\/\\/evil\\.example\\/phish\\) \\<b\\>bold\\<\\/b\\>"
                + " \\*\\*strong\\*\\* \\@everyone \\#12");
        // An errored check's summary with a line feed stays on its table row, the line feed visible.
        assertThat(md).contains("\\<img src\\=x onerror\\=\\\"window\\.\\_\\_pwned\\=1\\\"\\>\\\\nok");
        // Summary lines are HTML: names there are HTML-escaped.
        assertThat(md).contains("<summary>💥 <code>acme.users</code> errored · Could not run: &lt;img src=x"
                + " onerror=&quot;window.__pwned=1&quot;&gt;\\nok&#39;");
        // Code spans hold names as they are, with fences longer than their backticks, and escaped pipes in tables.
        assertThat(md).contains("| ````public.users.``` evil```` |").contains("| `public.users.name\\|x` |");
        // Every table row has as many cells as its header.
        for (String line : md.lines().filter(l -> l.startsWith("| ")).toList()) {
            assertThat(line.replace("\\|", "").chars().filter(c -> c == '|').count()).as(line)
                    .isIn(6L, 7L);
        }
    }

    @Test
    void a_fenced_value_cannot_be_closed_by_its_content() {
        String md = FormatGoldenTest.render("markdown", Hostile.diff(), Hostile.CONTEXT);
        assertThat(md).contains("````diff\n+ %%{init: {\"theme\": \"dark\"}}%%\n+ ```\n+ } style a fill:#f00\n"
                + "+ click a href \"javascript:x\"\n````\n");
    }

    @Test
    void an_empty_diff_says_the_schemas_match() {
        assertThat(FormatGoldenTest.render("markdown", SchemaDiff.empty(), RenderContext.of("a.json", "db")))
                .isEqualTo("## ✅ No schema drift\n\n**Expected:** `a.json` · **Actual:** `db`\n\n"
                        + "The schemas match.\n");
    }

    private static List<String> mermaid(String md) {
        int start = md.indexOf("```mermaid\n");
        assertThat(start).as("a mermaid block").isNotNegative();
        int end = md.indexOf("\n```\n", start);
        return md.substring(start + "```mermaid\n".length(), end).lines().toList();
    }

    private static String outsideCode(String md) {
        // Drops code spans and fenced blocks, where < is shown as it is.
        return md.replaceAll("(?sm)^(`{3,})[^`\n]*\n.*?^\\1$", "").replaceAll("(`+)[^`].*?\\1", "");
    }

    /** @return how often {@code c} occurs not escaped by a backslash (one preceded by an even number of them) */
    private static long unescaped(String text, char c) {
        long n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                int backslashes = 0;
                for (int j = i - 1; j >= 0 && text.charAt(j) == '\\'; j--) {
                    backslashes++;
                }
                n += backslashes % 2 == 0 ? 1 : 0;
            }
        }
        return n;
    }

    private static long count(String text, String part) {
        long n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
