package io.drift.core.diff;

import static io.drift.core.Fixtures.check;
import static io.drift.core.Fixtures.foreignKey;
import static io.drift.core.Fixtures.lines;
import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.table;
import static io.drift.core.Fixtures.unique;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two 10,000-table snapshots with 1% of the tables changed: the diff finds exactly those changes. (Speed is measured
 * by the benchmark, not here.)
 */
class LargeSnapshotDiffTest {

    private static final int TABLES = 10_000;

    private static String name(int i) {
        return String.format("public.t%05d", i);
    }

    private static Table tableNo(int i, boolean actual) {
        String name = name(i);
        String local = name.substring("public.".length());
        var t = table(name)
                .column("id", "bigint", c -> c.withNullable(false))
                .column("c1", "integer")
                .column("c2", "text")
                .column("c3", actual && i % 400 == 0 ? "varchar" : "text")
                .column("c4", "timestamp with time zone", c -> c.withDefault("now()"))
                .column("parent_id", "bigint")
                .primaryKey(local + "_pkey", "id")
                .constraint(unique(local + "_c1_key", "c1"))
                .constraint(check(local + "_c1_check", "c1 > 0"))
                .index(local + "_c4_idx", "c4");
        if (i > 0) {
            t.constraint(foreignKey(local + "_parent_fkey", "parent_id", name(i - 1), "id"));
        }
        if (!(actual && i % 400 == 200)) {
            t.index(local + "_c2_idx", "c2");
        }
        if (actual && i % 400 == 300) {
            t.column("extra", "text");
        }
        return t.build();
    }

    private static Snapshot snapshot(boolean actual) {
        Snapshot.Builder b = Snapshot.builder().add(schema("public"));
        for (int i = 0; i < TABLES; i++) {
            if (!(actual && i % 400 == 100)) {
                b.add(tableNo(i, actual));
            }
        }
        if (actual) {
            for (int i = 0; i < TABLES; i += 400) {
                b.add(table(String.format("public.x%05d", i)).column("id", "bigint").build());
            }
        }
        return b.build();
    }

    @Test
    void diff_of_two_ten_thousand_table_snapshots_finds_exactly_the_changed_ones() {
        Snapshot expected = snapshot(false);
        Snapshot actual = snapshot(true);
        List<String> wanted = new ArrayList<>();
        for (int i = 0; i < TABLES; i += 400) {
            String local = name(i + 200).substring("public.".length());
            wanted.add("ERROR: changed column " + name(i) + ".c3 type: expected text, actual varchar");
            wanted.add("ERROR: missing table " + name(i + 100));
            wanted.add("ERROR: missing index " + name(i + 200) + "/" + local + "_c2_idx");
            wanted.add("WARNING: unexpected column " + name(i + 300) + ".extra");
            wanted.add("WARNING: unexpected table " + String.format("public.x%05d", i));
        }

        SchemaDiff diff = Differ.standard().diff(expected, actual);

        assertThat(expected.size()).isEqualTo(TABLES + 1);
        assertThat(wanted).hasSize(125);
        assertThat(lines(diff)).containsExactlyInAnyOrderElementsOf(wanted);
        assertThat(diff.differences()).isSortedAccordingTo(Comparator.comparing(Difference::path));
        assertThat(Differ.standard().diff(expected, actual)).isEqualTo(diff);
        assertThat(Differ.standard().diff(expected, expected).isEmpty()).isTrue();
    }
}
