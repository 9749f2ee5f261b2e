package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Difference;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * Identical schemas diff empty, whatever the two majors: each corpus schema applied on every available version from
 * 12 is compared, with the standard differ and the default options, to the same schema on the default version (and
 * the other way round, so that neither side's extra objects hide).
 */
class CorpusAcrossVersionsIT {

    private static final Map<String, Snapshot> REFERENCE = new ConcurrentHashMap<>();

    static Stream<Arguments> cases() {
        return Corpus.ALL.stream().flatMap(script -> Majors.others(Corpus.since(script)).stream()
                .map(v -> Arguments.of(script, v)));
    }

    private static Snapshot reference(String script) {
        return REFERENCE.computeIfAbsent(script, s -> {
            try (TestDatabase db = TestPostgres.start().newDatabase()) {
                return Corpus.apply(db, s);
            }
        });
    }

    @ParameterizedTest(name = "{0} on PostgreSQL {1}")
    @MethodSource("cases")
    void the_same_schema_on_another_major_diffs_empty(String script, int major) {
        Snapshot reference = reference(script);
        assertThat(reference.size()).as("objects captured from %s", script).isGreaterThan(10);
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            Snapshot snapshot = Corpus.apply(db, script);
            List<Difference> forward = Corpus.diff(reference, snapshot);
            List<Difference> backward = Corpus.diff(snapshot, reference);
            assertThat(forward).as("%s: PostgreSQL %d (expected) vs %d (actual):%s", script,
                    TestPostgres.defaultVersion(), major, Corpus.render(forward)).isEmpty();
            assertThat(backward).as("%s: PostgreSQL %d (expected) vs %d (actual):%s", script, major,
                    TestPostgres.defaultVersion(), Corpus.render(backward)).isEmpty();
        }
    }
}
