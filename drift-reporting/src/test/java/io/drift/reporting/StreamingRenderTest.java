package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.WARNING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Large diffs stream: the renderers write difference by difference, so the writer receives many small writes, and a
 * report larger than the whole heap renders (the module's tests run with {@code -Xmx128m}, see the pom), which no
 * renderer that held the report could do. No timing is asserted.
 */
class StreamingRenderTest {

    private static final RenderContext CONTEXT = new RenderContext("expected.json", "actual", false);

    /** 10,000 differences: per table a changed table comment, a missing column, an unexpected index, a changed type. */
    private static SchemaDiff tenThousand() {
        List<Difference> list = new ArrayList<>();
        for (int t = 0; t < 2500; t++) {
            ObjectPath table = ObjectPath.of("public", String.format("t%05d", t));
            list.add(new Changed(ObjectKind.TABLE, table, "comment", "Orders of a customer.\nOne row per order.",
                    null, WARNING));
            list.add(new Missing(ObjectKind.COLUMN, table.child("email"), ERROR));
            list.add(new Changed(ObjectKind.COLUMN, table.child("id"), "type", "bigint", "integer", ERROR));
            list.add(new Unexpected(ObjectKind.INDEX, table.member("idx_tmp"), ERROR));
        }
        return new SchemaDiff(list);
    }

    @Test
    void text_renders_ten_thousand_differences_one_write_each() throws IOException {
        CountingWriter out = new CountingWriter("\n  ERROR    ", "\n  WARNING  ", "\n\npublic.t");
        Renderers.require("text").render(tenThousand(), CONTEXT, out);

        assertThat(out.head()).startsWith("""
                Expected: expected.json
                Actual:   actual
                10000 differences: 7500 errors, 2500 warnings (2500 missing, 2500 unexpected, 5000 changed)

                public.t00000
                  WARNING  changed table     public.t00000 (comment)
                             expected:
                               Orders of a customer.
                               One row per order.
                             actual:   (none)
                """);
        assertThat(out.tail()).endsWith("""
                  ERROR    changed column    public.t02499.id (type)
                             expected: bigint
                             actual:   integer
                  ERROR    unexpected index  public.t02499/idx_tmp
                """);
        assertThat(out.counts()).containsExactly(7500L, 2500L, 2500L);
        // The header and summary, then exactly one write per difference, each no bigger than that difference.
        assertThat(out.writes()).isEqualTo(1 + 10_000);
        assertThat(out.largestWrite()).isLessThan(300);
        assertThat(out.chars()).isGreaterThan(1_000_000);
    }

    @Test
    void json_renders_ten_thousand_differences_through_a_fixed_buffer() throws IOException {
        CountingWriter out = new CountingWriter("\"type\": \"missing\"", "\"type\": \"unexpected\"",
                "\"type\": \"changed\"", "\"severity\": \"error\"", "\"actual\": null");
        Renderers.require("json").render(tenThousand(), CONTEXT, out);

        assertThat(out.head()).contains("""
                  "summary": {
                    "total": 10000,
                    "bySeverity": {
                      "error": 7500,
                      "warning": 2500,
                      "info": 0
                    },
                """).contains("""
                  "differences": [ {
                    "type": "changed",
                    "severity": "warning",
                    "kind": "table",
                    "path": "public.t00000",
                """);
        assertThat(out.tail()).endsWith("""
                    "path": "public.t02499/idx_tmp",
                    "pathParts": [ "public", "t02499", "idx_tmp" ],
                    "pathMember": true
                  } ]
                }
                """);
        assertThat(out.counts()).containsExactly(2500L, 2500L, 5000L, 7500L, 2500L);
        // Jackson's generator hands its fixed-size buffer over whenever it fills up.
        assertThat(out.largestWrite()).isLessThanOrEqualTo(8 * 1024);
        assertThat(out.writes()).isGreaterThan(out.chars() / (8 * 1024));
        assertThat(out.chars()).isGreaterThan(2_000_000);
    }

    @Test
    void text_report_larger_than_the_heap_renders() throws IOException {
        CountingWriter out = new CountingWriter("\n  ERROR    changed column");
        Renderers.require("text").render(twoHundredThousand(), CONTEXT, out);

        assertThat(out.head()).contains("200000 differences: 200000 errors (200000 changed)\n\npublic.t0000\n"
                + "  ERROR    changed column  public.t0000.c000 (check)\n             expected:\n               CHECK");
        assertThat(out.tail()).endsWith("  ERROR    changed column  public.t0999.c199 (check)\n"
                + "             expected:\n               " + LONG_VALUE + "\n"
                + "             actual:\n               " + LONG_VALUE.replace("42", "43") + "\n");
        assertThat(out.count("\n  ERROR    changed column")).isEqualTo(200_000);
        assertThat(out.largestWrite()).isLessThan(1200);
        assertLargerThanTheHeap(out);
    }

    @Test
    void json_report_larger_than_the_heap_renders() throws IOException {
        CountingWriter out = new CountingWriter("\"type\": \"changed\"");
        Renderers.require("json").render(twoHundredThousand(), CONTEXT, out);

        assertThat(out.head()).contains("\"total\": 200000,").contains("\"path\": \"public.t0000.c000\",");
        assertThat(out.tail()).endsWith("\"path\": \"public.t0999.c199\",\n"
                + "    \"pathParts\": [ \"public\", \"t0999\", \"c199\" ],\n"
                + "    \"pathMember\": false,\n"
                + "    \"property\": \"check\",\n"
                + "    \"expected\": \"" + LONG_VALUE + "\",\n"
                + "    \"actual\": \"" + LONG_VALUE.replace("42", "43") + "\"\n"
                + "  } ]\n}\n");
        assertThat(out.count("\"type\": \"changed\"")).isEqualTo(200_000);
        assertThat(out.largestWrite()).isLessThanOrEqualTo(8 * 1024);
        assertLargerThanTheHeap(out);
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "junit", "sarif"})
    void every_other_format_renders_ten_thousand_differences_in_small_writes(String format) throws IOException {
        CountingWriter out = new CountingWriter("public.t02499", "public.t00000");
        Renderers.require(format).render(tenThousand(), CONTEXT, out);
        // Written as it goes: many writes, none larger than one object's part (or the JSON generator's buffer).
        assertThat(out.writes()).as("writes").isGreaterThan(2_000);
        assertThat(out.largestWrite()).as("largest write").isLessThanOrEqualTo(16 * 1024);
        assertThat(out.count("public.t02499")).isPositive();
        assertThat(out.count("public.t00000")).isPositive();
    }

    @Test
    void markdown_of_ten_thousand_differences_is_one_comment_however_large_the_diff() throws IOException {
        CountingWriter out = new CountingWriter("<details>", "**Left out:**");
        Renderers.markdown().render(twoHundredThousand(), CONTEXT, out);
        assertThat(out.chars()).isLessThanOrEqualTo(65_536);
        assertThat(out.count("**Left out:**")).isEqualTo(1);
        assertThat(out.count("<details>")).isEqualTo(1);
        assertThat(out.tail()).contains("more differences of this object left out.*\n\n</details>\n\n**Left out:**")
                .contains("differences (199").contains("on 1000 objects (one of them partly shown)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "junit", "sarif"})
    void a_report_larger_than_the_heap_renders(String format) throws IOException {
        CountingWriter out = new CountingWriter("public.t0999");
        Renderers.require(format).render(twoHundredThousand(), CONTEXT, out);
        assertThat(out.count("public.t0999")).isPositive();
        assertThat(out.tail()).contains(format.equals("html") ? "</html>" : format.equals("junit") ? "</testsuites>"
                : "} ]\n}");
        assertLargerThanTheHeap(out);
    }

    private static final String LONG_VALUE = "CHECK (" + "(amount > 42) AND ".repeat(22) + "true)";

    /** 1,000 tables of 200 columns, each with a changed 400-character check; the two values are shared strings. */
    private static SchemaDiff twoHundredThousand() {
        String actual = LONG_VALUE.replace("42", "43");
        List<Difference> list = new ArrayList<>(200_000);
        for (int t = 0; t < 1000; t++) {
            ObjectPath table = ObjectPath.of("public", String.format("t%04d", t));
            for (int c = 0; c < 200; c++) {
                list.add(new Changed(ObjectKind.COLUMN, table.child(String.format("c%03d", c)), "check",
                        LONG_VALUE, actual, ERROR));
            }
        }
        return new SchemaDiff(list);
    }

    private static void assertLargerThanTheHeap(CountingWriter out) {
        long heap = Runtime.getRuntime().maxMemory();
        assumeTrue(heap <= 256L * 1024 * 1024, "run through Maven, whose -Xmx128m makes the report outgrow the heap");
        // Even at one byte per character (a Latin-1 String), holding this report would take more than the heap.
        assertThat(out.chars()).as("characters written, against a heap of %d bytes", heap).isGreaterThan(heap);
    }
}
