package io.drift.core.model;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ObjectPathTest {

    static List<ObjectPath> paths() {
        return List.of(
                ObjectPath.of("public"),
                ObjectPath.of("public", "users"),
                ObjectPath.of("public", "users").child("email"),
                ObjectPath.of("public", "users").member("idx_users_email"),
                Routine.pathOf("public", "f", "public.mood"),
                Routine.pathOf("public", "add", "text, integer"),
                Routine.pathOf("public", "g", ""),
                ObjectPath.of("my.schema", "my/table").child("a\"b"),
                ObjectPath.of(" padded ", "x"),
                ObjectPath.of("odd(", "x)"),
                ObjectPath.of("public", ")(").member("a.b"),
                new ObjectPath(List.of("pg.publication", "app_pub"), true),
                ObjectPath.of("has space", "ok"),
                ObjectPath.of("\"", "\"\""),
                ObjectPath.of("public", "f(\"my.type\")"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("paths")
    void to_string_and_parse_round_trip(ObjectPath path) {
        assertThat(ObjectPath.parse(path.toString())).isEqualTo(path);
    }

    @Test
    void renders_columns_with_dots_and_members_with_a_slash() {
        ObjectPath users = ObjectPath.of("public", "users");
        assertThat(users.child("email")).hasToString("public.users.email");
        assertThat(users.member("idx_users_email")).hasToString("public.users/idx_users_email");
        assertThat(ObjectPath.parse("public.users/idx_users_email").member()).isTrue();
        assertThat(ObjectPath.parse("public.users.email").member()).isFalse();
    }

    @Test
    void routine_signature_with_dots_stays_one_part() {
        ObjectPath f = Routine.pathOf("public", "f", "public.mood");
        assertThat(f).hasToString("public.f(public.mood)");
        assertThat(f.parts()).containsExactly("public", "f(public.mood)");
        assertThat(ObjectPath.parse("public.f(public.mood)")).isEqualTo(f);
    }

    @Test
    void parts_with_separators_are_quoted_and_quotes_doubled() {
        assertThat(ObjectPath.of("my.schema", "t")).hasToString("\"my.schema\".t");
        assertThat(ObjectPath.of("s", "a\"b")).hasToString("s.\"a\"\"b\"");
        assertThat(ObjectPath.of("s", " t")).hasToString("s.\" t\"");
        assertThat(ObjectPath.of("s", "has space")).hasToString("s.has space");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "a..b", ".a", "a.", "a/b/c", "a/b.c", "\"open", "a.\"\""})
    void parse_rejects_what_is_not_a_path(String text) {
        assertInvalidArgument(() -> ObjectPath.parse(text));
    }

    @Test
    void rejects_empty_parts_and_parentless_members() {
        assertInvalidArgument(() -> new ObjectPath(List.of(), false));
        assertInvalidArgument(() -> ObjectPath.of("a", ""));
        assertInvalidArgument(() -> new ObjectPath(List.of("a"), true));
    }

    @Test
    void orders_by_parts_so_children_follow_their_parent() {
        ObjectPath users = ObjectPath.of("public", "users");
        List<ObjectPath> sorted = new ArrayList<>(List.of(
                ObjectPath.of("public", "users_archive"),
                users.member("email"),
                users.child("id"),
                users,
                users.child("email"),
                ObjectPath.of("public")));
        sorted.sort(null);
        assertThat(sorted).containsExactly(
                ObjectPath.of("public"),
                users,
                users.child("email"),
                users.member("email"),
                users.child("id"),
                ObjectPath.of("public", "users_archive"));
    }

    @Test
    void compare_is_consistent_with_equals() {
        for (ObjectPath a : paths()) {
            for (ObjectPath b : paths()) {
                assertThat(a.compareTo(b) == 0).as("%s vs %s", a, b).isEqualTo(a.equals(b));
                assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
            }
        }
    }

    @Test
    void navigates_parents() {
        ObjectPath idx = ObjectPath.of("public", "users").member("idx");
        assertThat(idx.parent()).isEqualTo(ObjectPath.of("public", "users"));
        assertThat(idx.name()).isEqualTo("idx");
        assertThat(idx.first()).isEqualTo("public");
        assertThat(idx.depth()).isEqualTo(3);
        assertThat(idx.startsWith(ObjectPath.of("public"))).isTrue();
        assertInvalidArgument(() -> ObjectPath.of("public").parent());
    }
}
