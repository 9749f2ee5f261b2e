package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;
import static io.drift.reporting.SampleDiffs.diff;
import static io.drift.reporting.SampleDiffs.missingColumn;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.report.RenderContext;

import java.util.List;

import org.junit.jupiter.api.Test;

class TextRendererTest {

    private static final ObjectPath USERS = SampleDiffs.USERS;

    @Test
    void sample_diff_matches_the_golden_file() {
        Golden.assertMatches("sample.txt", Render.text(SampleDiffs.sample()));
    }

    @Test
    void hostile_names_and_values_match_the_golden_file() {
        Golden.assertMatches("hostile.txt", Render.render("text", SampleDiffs.hostile(),
                new RenderContext("V1__init.sql\u001B[8m", "postgresql://db/\u009B?x", false)));
    }

    @Test
    void empty_diff_says_so_under_the_header() {
        assertThat(Render.text(SchemaDiff.empty())).isEqualTo("""
                Expected: migrations (db/migration, V1..V7)
                Actual:   postgresql://db.example:5432/app
                No differences.
                """);
    }

    @Test
    void one_difference_is_singular_and_lists_only_counts_that_are_not_zero() {
        assertThat(Render.text(diff(missingColumn("users", "email", ERROR)))).isEqualTo("""
                Expected: migrations (db/migration, V1..V7)
                Actual:   postgresql://db.example:5432/app
                1 difference: 1 error (1 missing)

                public.users
                  ERROR    missing column  public.users.email
                """);
    }

    @Test
    void summary_counts_by_severity_worst_first_and_by_type() {
        String text = Render.text(diff(
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "a"), ERROR),
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "b"), ERROR),
                new Changed(ObjectKind.TABLE, ObjectPath.of("public", "c"), "comment", "x", "y", INFO),
                new Changed(ObjectKind.TABLE, ObjectPath.of("public", "d"), "comment", "x", "y", INFO),
                new Unexpected(ObjectKind.INDEX, ObjectPath.of("public", "e").member("i"), WARNING)));
        assertThat(text.lines().skip(2).findFirst())
                .hasValue("5 differences: 2 errors, 1 warning, 2 info (2 missing, 1 unexpected, 2 changed)");
    }

    @Test
    void differences_are_grouped_under_their_top_level_object() {
        String text = Render.text(diff(
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "orders"), ERROR),
                new Missing(ObjectKind.COLUMN, USERS.child("email"), ERROR),
                new Unexpected(ObjectKind.INDEX, USERS.member("idx_users_tmp"), WARNING),
                new Missing(ObjectKind.EXTENSION, ObjectPath.of("pgcrypto"), ERROR)));
        assertThat(text).endsWith("""

                public.orders
                  ERROR    missing table      public.orders

                public.users
                  ERROR    missing column     public.users.email
                  WARNING  unexpected index   public.users/idx_users_tmp

                pgcrypto
                  ERROR    missing extension  pgcrypto
                """);
    }

    @Test
    void names_that_need_quotes_are_quoted_as_object_paths_print_them() {
        ObjectPath table = ObjectPath.of(" padded", "odd.table");
        String text = Render.text(diff(new Missing(ObjectKind.COLUMN, table.child("say \"hi\""), ERROR)));
        assertThat(text).endsWith("""

                " padded"."odd.table"
                  ERROR    missing column  " padded"."odd.table"."say ""hi\"\""
                """);
    }

    @Test
    void short_values_follow_their_labels_and_null_empty_and_padded_ones_are_marked() {
        String text = Render.text(diff(
                new Changed(ObjectKind.COLUMN, USERS.child("a"), "default", null, "''::text", ERROR),
                new Changed(ObjectKind.COLUMN, USERS.child("b"), "comment", "", " padded ", INFO)));
        assertThat(text).endsWith("""
                  ERROR    changed column  public.users.a (default)
                             expected: (none)
                             actual:   ''::text
                  INFO     changed column  public.users.b (comment)
                             expected: ""
                             actual:   " padded "
                """);
    }

    @Test
    void long_or_multi_line_values_get_indented_lines_of_their_own() {
        String longValue = "CHECK ((status = ANY (ARRAY['new'::text, 'paid'::text, 'shipped'::text, 'void'::text])))";
        String text = Render.text(diff(
                new Changed(ObjectKind.CHECK_CONSTRAINT, USERS.member("users_status_check"), "definition",
                        longValue, null, ERROR),
                new Changed(ObjectKind.FUNCTION, ObjectPath.of("public", "f()"), "body",
                        "BEGIN\n\tRETURN 1;\nEND\n", "BEGIN\r\n\tRETURN 2;\r\nEND", ERROR)));
        assertThat(text).endsWith("""

                public.users
                  ERROR    changed check constraint  public.users/users_status_check (definition)
                             expected:
                               %s
                             actual:   (none)

                public.f()
                  ERROR    changed function          public.f() (body)
                             expected:
                               BEGIN
                               \\tRETURN 1;
                               END

                             actual:
                               BEGIN\\r
                               \\tRETURN 2;\\r
                               END
                """.formatted(longValue));
    }

    @Test
    void control_characters_from_the_database_cannot_reach_the_terminal() {
        String attack = "\u001B[2J\u001B]0;owned\u0007\u009B31m\u202Eevil\u0000\u007F";
        SchemaDiff diff = diff(
                new Changed(ObjectKind.TABLE, ObjectPath.of("public", "t\u001B[5m"), "comment", "ok", attack, INFO),
                new Changed(ObjectKind.VIEW, ObjectPath.of("public", "v"), "definition", "SELECT 1",
                        "SELECT 1\n" + attack + "\n", ERROR));
        RenderContext context = new RenderContext("file\u001B[1m.json", "db\u009B", true);

        String colored = Render.render("text", diff, context);
        String plain = Render.render("text", diff, context.withColor(false));

        assertThat(plain).doesNotContainPattern("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u202E]");
        assertThat(plain).contains("actual:   \\u001B[2J\\u001B]0;owned\\u0007\\u009B31m\\u202Eevil\\u0000\\u007F")
                .contains("public.\"t\\u001B[5m\"".replace("\"", ""))
                .contains("Expected: file\\u001B[1m.json").contains("Actual:   db\\u009B");
        // With colour on, the only escape sequences are Drift's own, and removing them gives the plain report.
        String withoutOwnCodes = colored.replaceAll("\u001B\\[(?:0|1|1;31|33|36)m", "");
        assertThat(withoutOwnCodes).isEqualTo(plain);
    }

    @Test
    void colour_marks_severities_and_group_headers_only_when_asked() {
        SchemaDiff diff = diff(new Missing(ObjectKind.COLUMN, USERS.child("email"), ERROR),
                new Unexpected(ObjectKind.INDEX, USERS.member("i"), WARNING),
                new Changed(ObjectKind.COLUMN, USERS.child("x"), "comment", "a", "b", INFO));
        String colored = Render.render("text", diff, SampleDiffs.CONTEXT.withColor(true));

        assertThat(Render.text(diff)).doesNotContain("\u001B");
        assertThat(colored).contains("\n\u001B[1mpublic.users\u001B[0m\n")
                .contains("  \u001B[1;31mERROR\u001B[0m    missing column    public.users.email\n")
                .contains("  \u001B[33mWARNING\u001B[0m  unexpected index  public.users/i\n")
                .contains("  \u001B[36mINFO\u001B[0m     changed column    public.users.x (comment)\n");
    }

    @Test
    void unicode_passes_through_unchanged() {
        String text = Render.text(diff(new Changed(ObjectKind.COLUMN, USERS.child("prénom"), "comment",
                "名前", "Имя 👤", INFO)));
        assertThat(text).contains("public.users.prénom (comment)")
                .contains("expected: 名前").contains("actual:   Имя 👤");
    }

    @Test
    void list_values_quote_elements_that_would_read_as_another_list_issue9() {
        ObjectPath mood = ObjectPath.of("public", "mood");
        String text = Render.text(diff(
                Changed.ofLists(ObjectKind.ENUM, mood, "labels", List.of("a, b"),
                        List.of("a", "b"), ERROR),
                Changed.ofLists(ObjectKind.ENUM, mood, "labels", List.of("line\nbreak", "x"),
                        List.of(), ERROR)));

        assertThat(text).endsWith("""

                public.mood
                  ERROR    changed enum  public.mood (labels)
                             expected: 'a, b'
                             actual:   a, b
                  ERROR    changed enum  public.mood (labels)
                             expected: 'line\\nbreak', x
                             actual:   (empty)
                """);
    }

    @Test
    void zero_width_characters_in_a_name_are_escaped_so_it_does_not_read_as_another_issue9() {
        String text = Render.text(diff(
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "user\u200Bs"), ERROR),
                new Changed(ObjectKind.TABLE, USERS, "comment", "\uFEFFnote\u200D", "\u00ADx\u2060", INFO)));

        assertThat(text).contains("missing table  public.user\\u200Bs\n")
                .contains("expected: \\uFEFFnote\\u200D\n")
                .contains("actual:   \\u00ADx\\u2060\n")
                .doesNotContain("\u200B", "\uFEFF", "\u200D", "\u00AD", "\u2060");
    }

    @Test
    void values_that_differ_but_would_print_alike_are_shown_exactly() {
        String text = Render.text(diff(
                new Changed(ObjectKind.COLUMN, USERS.child("a"), "comment", "no\u00A0break", "no break", INFO),
                new Changed(ObjectKind.COLUMN, USERS.child("b"), "comment", "zero\u200Bwidth", "zerowidth", INFO),
                new Changed(ObjectKind.COLUMN, USERS.child("c"), "comment", "caf\u00E9", "cafe\u0301", INFO),
                new Changed(ObjectKind.COLUMN, USERS.child("d"), "comment", "a\\tb", "a\tb", INFO),
                new Changed(ObjectKind.COLUMN, USERS.child("e"), "comment", "(none)", null, INFO),
                new Changed(ObjectKind.VIEW, ObjectPath.of("public", "v"), "definition", "SELECT 1 \nFROM t",
                        "SELECT 1\nFROM t", ERROR)));
        assertThat(text)
                .contains("expected: \"no\\u00A0break\"\n             actual:   \"no break\"\n")
                // a zero-width character is escaped wherever it is, so the two read differently already
                .contains("expected: zero\\u200Bwidth\n             actual:   zerowidth\n")
                .contains("expected: \"caf\\u00E9\"\n             actual:   \"cafe\\u0301\"\n")
                .contains("expected: \"a\\\\tb\"\n             actual:   \"a\\u0009b\"\n")
                .contains("expected: \"(none)\"\n             actual:   (none)\n")
                .contains("expected: \"SELECT 1 \\u000AFROM t\"\n             actual:   \"SELECT 1\\u000AFROM t\"\n");
    }

    @Test
    void values_that_look_different_keep_their_usual_form() {
        String text = Render.text(diff(
                new Changed(ObjectKind.COLUMN, USERS.child("a"), "default", "'new'", "'new'::bpchar", ERROR)));
        assertThat(text).contains("expected: 'new'\n             actual:   'new'::bpchar\n");
    }
}
