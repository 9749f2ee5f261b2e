package io.drift.core.diff;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.drift.core.model.ObjectKind;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ComparedPropertiesTest {

    @Test
    void every_kind_has_a_list_without_duplicates() {
        for (ObjectKind kind : ObjectKind.values()) {
            ComparedProperties.Spec<?> spec = ComparedProperties.spec(kind);
            Set<String> seen = new HashSet<>();
            spec.shaping().forEach(p -> assertThat(seen.add(p.name())).as(kind + " " + p.name()).isTrue());
            spec.other().forEach(p -> assertThat(seen.add(p.name())).as(kind + " " + p.name()).isTrue());
            assertThat(ComparedProperties.names(kind)).containsAll(seen).contains("attributes");
        }
    }

    @Test
    void names_follow_the_conventions() {
        assertThat(ComparedProperties.names(ObjectKind.COLUMN)).containsExactly("attributes", "collation", "comment",
                "default", "generated", "identity", "identity.cache", "identity.cycle", "identity.dataType",
                "identity.generation", "identity.increment", "identity.max", "identity.min", "identity.start",
                "nullable", "position", "type");
        assertThat(ComparedProperties.names(ObjectKind.INDEX)).containsExactly("attributes", "comment", "definition",
                "include", "keys", "method", "nullsNotDistinct", "predicate", "unique", "valid");
        assertThat(ComparedProperties.names(ObjectKind.FUNCTION)).isEqualTo(
                ComparedProperties.names(ObjectKind.PROCEDURE));
        assertThat(ComparedProperties.names(ObjectKind.VIEW)).containsExactly("attributes", "comment", "definition",
                "grants", "owner");
    }

    @Test
    void known_names_pass_and_unknown_ones_name_the_closest() {
        for (String name : new String[] {"comment", "column.comment", "foreign-key.onDelete", "attributes.pg.x",
                "index.attributes.pg.fillfactor", "identity", "schema", "schema.owner", "extension.schema"}) {
            assertThatCode(() -> ComparedProperties.requireKnown(name)).as(name).doesNotThrowAnyException();
        }
        assertInvalidArgument(() -> ComparedProperties.requireKnown("nulable"))
                .hasMessageStartingWith("Unknown property 'nulable' to ignore; did you mean 'nullable'?");
        assertInvalidArgument(() -> ComparedProperties.requireKnown("table.labels"))
                .hasMessageContaining("'table.labels'");
        assertInvalidArgument(() -> ComparedProperties.requireKnown("tables.comment"))
                .hasMessageContaining("did you mean 'table.comment'");
    }
}
