package io.drift.core.model;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Snapshot files store paths as {@link ObjectPath#toString()} and read them with {@link ObjectPath#parse}. */
class ObjectPathRoundTripTest {

    private static final List<String> ODD = List.of("plain", "a.b", "a/b", "a.b/c", "\"", "\"q\"", "say \"hi\"",
            "\"\"",
            " lead", "trail ", " both ", "in side", "ünïcødé ✓ 名前", "\uD83D\uDE00", "(", ")", "((", "))",
            "a)(b", ")a.b(", "f(a.b, c/d)", "f(\"My Type\")", "f()", "x\"", "\\", "\\\"", "tab\there", "new\nline",
            ".", "/", "..", "./", "\"a.b\"", "a\"b\".c");

    @Test
    void every_odd_part_round_trips_in_every_position_with_and_without_a_member() {
        List<String> failures = new ArrayList<>();
        for (String odd : ODD) {
            for (ObjectPath path : pathsWith(odd)) {
                String text = path.toString();
                ObjectPath parsed;
                try {
                    parsed = ObjectPath.parse(text);
                } catch (DriftException e) {
                    failures.add(path.parts() + " -> " + text + " -> " + e.getMessage());
                    continue;
                }
                if (!parsed.equals(path)) {
                    failures.add(path.parts() + "/" + path.member() + " -> " + text + " -> " + parsed.parts() + "/"
                            + parsed.member());
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void routine_signatures_are_written_without_quotes() {
        ObjectPath path = Routine.pathOf("public", "add_user", "text, integer");

        assertThat(path.toString()).isEqualTo("public.add_user(text, integer)");
        assertThat(ObjectPath.parse("public.add_user(text, public.my.type)"))
                .isEqualTo(ObjectPath.of("public", "add_user(text, public.my.type)"));
    }

    @Test
    void a_part_with_a_separator_is_double_quoted() {
        assertThat(ObjectPath.of("odd.schema", "t").toString()).isEqualTo("\"odd.schema\".t");
        assertThat(ObjectPath.of("s", "t").member("a/b").toString()).isEqualTo("s.t/\"a/b\"");
        assertThat(ObjectPath.of("s", "say \"hi\"").toString()).isEqualTo("s.\"say \"\"hi\"\"\"");
    }

    @Test
    void text_that_is_not_a_path_is_refused() {
        for (String bad : List.of("", "a..b", ".a", "a.", "a/b/c", "a/b.c", "\"open", "a.\"\"")) {
            assertThatThrownBy(() -> ObjectPath.parse(bad)).as(bad).isInstanceOf(DriftException.class);
        }
    }

    private static List<ObjectPath> pathsWith(String odd) {
        List<ObjectPath> paths = new ArrayList<>();
        paths.add(ObjectPath.of(odd));
        paths.add(ObjectPath.of(odd, "t"));
        paths.add(ObjectPath.of("s", odd));
        paths.add(ObjectPath.of(odd, odd, odd));
        paths.add(ObjectPath.of("s", "t").member(odd));
        paths.add(ObjectPath.of(odd, odd).member(odd));
        paths.add(ObjectPath.of(odd, "(").member(")"));
        return paths;
    }
}
