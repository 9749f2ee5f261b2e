package io.drift.core.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void a_swap_of_two_adjacent_letters_is_one_edit() {
        assertThat(Names.distance("mni", "min")).isEqualTo(1);
        assertThat(Names.distance("schema-drfit", "schema-drift")).isEqualTo(1);
        assertThat(Names.distance("abc", "abc")).isZero();
        assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(Names.closest("mni", Set.of("min", "max", "estimate"))).contains("min");
    }

    @Test
    void of_equally_close_names_the_first_in_name_order_wins_whatever_the_collection_order() {
        assertThat(Names.closest("mbx", List.of("mix", "max"))).contains("max");
        assertThat(Names.closest("mbx", List.of("max", "mix"))).contains("max");
        assertThat(Names.nearest("b", List.of("c", "a"))).isEqualTo("a");
    }
}
