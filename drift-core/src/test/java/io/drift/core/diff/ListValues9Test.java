package io.drift.core.diff;

import static io.drift.core.Fixtures.enumType;
import static io.drift.core.Fixtures.snapshot;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Issue 9 #6: a list value must not read as another list. The labels {@code ('a, b')} and {@code ('a', 'b')} joined
 * with ", " were the same text, in the report and in the JSON.
 */
class ListValues9Test {

    private static Changed onlyChange(SchemaDiff diff) {
        assertThat(diff.differences()).hasSize(1);
        return (Changed) diff.differences().get(0);
    }

    @Test
    void one_label_with_a_comma_and_two_labels_read_differently_and_keep_their_elements() {
        Changed c = onlyChange(Differ.standard().diff(snapshot(enumType("public.mood", "a, b")),
                snapshot(enumType("public.mood", "a", "b"))));

        assertThat(c.property()).isEqualTo("labels");
        assertThat(c.expected()).isEqualTo("'a, b'");
        assertThat(c.actual()).isEqualTo("a, b");
        assertThat(c.isList()).isTrue();
        assertThat(c.expectedElements()).containsExactly("a, b");
        assertThat(c.actualElements()).containsExactly("a", "b");
    }

    @Test
    void elements_that_could_be_misread_are_quoted_as_sql_literals_and_the_rest_left_alone() {
        Changed c = onlyChange(Differ.standard().diff(
                snapshot(enumType("public.e", "plain", "it's", "", " padded", "two\nlines", "x")),
                snapshot(enumType("public.e", "plain"))));

        assertThat(c.expected()).isEqualTo("plain, 'it''s', '', ' padded', 'two\nlines', x");
        assertThat(c.expectedElements()).containsExactly("plain", "it's", "", " padded", "two\nlines", "x");
        assertThat(c.actual()).isEqualTo("plain");
    }

    @Test
    void a_property_that_is_not_a_list_has_no_elements() {
        Changed c = new Changed(ObjectKind.COLUMN, ObjectPath.of("public", "t", "c"), "type", "text", "int",
                Severity.ERROR);

        assertThat(c.isList()).isFalse();
        assertThat(c.expectedElements()).isNull();
        assertThat(c.actualElements()).isNull();
    }

    @Test
    void of_lists_writes_the_text_from_the_elements() {
        Changed c = Changed.ofLists(ObjectKind.ENUM, ObjectPath.of("public", "mood"), "labels", List.of("a, b"),
                List.of(), Severity.ERROR);

        assertThat(c.expected()).isEqualTo("'a, b'");
        assertThat(c.actual()).isEmpty();
        assertThat(c.actualElements()).isEmpty();
        assertThat(c).isEqualTo(new Changed(ObjectKind.ENUM, ObjectPath.of("public", "mood"), "labels", "'a, b'", "",
                Severity.ERROR, List.of("a, b"), List.of()));
    }
}
