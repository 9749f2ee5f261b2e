package io.drift.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ObjectGlobTest {

    private static boolean matches(String glob, String text) {
        return ObjectGlob.of(glob).matches(text);
    }

    @Test
    void star_matches_a_run_without_dots_or_slashes() {
        assertThat(matches("public.*", "public.users")).isTrue();
        assertThat(matches("public.*", "public.users.email")).isFalse();
        assertThat(matches("public.*", "public.users/idx")).isFalse();
        assertThat(matches("public.users*", "public.users_archive")).isTrue();
        assertThat(matches("*", "")).isTrue();
    }

    @Test
    void star_takes_a_parenthesised_argument_list_whole() {
        assertThat(matches("public.*", "public.f(public.mood)")).isTrue();
        assertThat(matches("public.f*", "public.f(text, integer)")).isTrue();
        assertThat(matches("public.*", "public.f(public.mood).x")).isFalse();
    }

    @Test
    void double_star_matches_anything() {
        assertThat(matches("**.flyway_schema_history", "public.flyway_schema_history")).isTrue();
        assertThat(matches("**.flyway_schema_history", "a.b.flyway_schema_history")).isTrue();
        assertThat(matches("**", "public.users/idx")).isTrue();
        assertThat(matches("**/idx_*", "public.users/idx_email")).isTrue();
    }

    @Test
    void question_mark_matches_one_character_and_the_rest_is_literal() {
        assertThat(matches("public.user?", "public.users")).isTrue();
        assertThat(matches("public.user?", "public.user")).isFalse();
        assertThat(matches("a+b.[x]", "a+b.[x]")).isTrue();
        assertThat(matches("a+b.[x]", "aab.x")).isFalse();
        assertThat(matches("\"pg.publication\"/*", "\"pg.publication\"/app_pub")).isTrue();
    }

    @Test
    void several_globs_match_when_any_does() {
        ObjectGlob globs = ObjectGlob.of(List.of("a.*", "b.*"));
        assertThat(globs.matches("a.x")).isTrue();
        assertThat(globs.matches("b.x")).isTrue();
        assertThat(globs.matches("c.x")).isFalse();
        assertThat(ObjectGlob.of(List.of()).isEmpty()).isTrue();
        assertThat(ObjectGlob.of(List.of()).matches("")).isFalse();
    }

    @Test
    void tells_when_a_longer_text_could_still_match() {
        ObjectGlob globs = ObjectGlob.of("public.users.email");
        assertThat(globs.matchesSomeChildOf("public.users.email")).isFalse();
        assertThat(globs.matches("public.users.email")).isTrue();
        assertThat(globs.matchesSomeChildOf("public.users")).isTrue();
        assertThat(globs.matchesSomeChildOf("billing.users")).isFalse();
    }

    @Test
    void a_blank_glob_is_refused_with_the_fix() {
        assertThatThrownBy(() -> ObjectGlob.of(" "))
                .isInstanceOf(io.drift.core.DriftException.class)
                .hasMessageContaining("must not be empty");
        assertThatThrownBy(() -> ObjectGlob.of("public.users "))
                .isInstanceOf(io.drift.core.DriftException.class)
                .hasMessageContaining("blanks around it");
    }
}
