package io.drift.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.report.RenderContext;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The html format without a browser: one file that names nothing outside itself, whose policy allows exactly its own
 * style and script, and in which no string from the database is markup. {@code HtmlReportBrowserIT} opens it.
 */
class HtmlRendererTest {

    private static final List<String> PAGES = List.of(
            FormatGoldenTest.render("html", SampleDiffs.sample(), SampleDiffs.CONTEXT),
            FormatGoldenTest.render("html", Hostile.diff(), Hostile.CONTEXT),
            FormatGoldenTest.render("html", SampleCheckReports.report(), RenderContext.of("drift.yaml", "db")),
            FormatGoldenTest.render("html", Hostile.checkReport(), Hostile.CONTEXT));

    @Test
    void the_policy_allows_only_the_pages_own_style_and_script_and_no_request() throws Exception {
        for (String page : PAGES) {
            Matcher policy = Pattern.compile("<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]*)\">")
                    .matcher(page);
            assertThat(policy.find()).isTrue();
            String style = between(page, "<style>", "</style>");
            String script = between(page, "<script>", "</script>");
            assertThat(policy.group(1)).isEqualTo("default-src 'none'; style-src '" + sha256(style)
                    + "'; script-src '" + sha256(script) + "'; img-src data:; base-uri 'none'; form-action 'none'");
        }
    }

    @Test
    void nothing_outside_the_file_is_loaded() {
        for (String page : PAGES) {
            assertThat(page).doesNotContainPattern("(?i)<(link|img|iframe|object|embed|base)\\b")
                    .doesNotContainPattern("(?i)<[a-z][^>]*\\s(src|srcset|poster|data)=").doesNotContainPattern("(?i)url\\(")
                    .doesNotContain("@import");
            assertThat(page.split("<script", -1)).hasSize(2);
        }
    }

    @Test
    void database_strings_are_escaped_text() {
        String page = PAGES.get(3);
        assertThat(page).doesNotContain(Hostile.IMG).doesNotContain("<script>window")
                .doesNotContain("<b>bold").contains("&lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;")
                .contains("&lt;/script&gt;&lt;script&gt;window.__pwned=2&lt;/script&gt;")
                .contains("[click me](https://evil.example/phish) &lt;b&gt;bold&lt;/b&gt;");
        // Values that span lines keep them in a block; elsewhere a line feed is shown as \n.
        assertThat(PAGES.get(1)).contains("<pre>&#39;ok&#39;, &#39;line one\nline two&#39;</pre>");
        assertThat(page).contains("Could not run: &lt;img src=x onerror=&quot;window.__pwned=1&quot;&gt;\\nok&#39;");
    }

    private static String between(String text, String start, String end) {
        int i = text.indexOf(start) + start.length();
        return text.substring(i, text.indexOf(end, i));
    }

    private static String sha256(String text) throws Exception {
        return "sha256-" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
    }
}
