package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.diff.Difference;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * What the server prints for the same DDL changed between majors. A spelling of the same call is normalised
 * (SqlNormalizerTest lists them); EXTRACT, which 14 made another function returning numeric where date_part returns
 * double precision, is a real difference and is reported.
 */
class DeparseAcrossVersionsIT {

    static Stream<Integer> versions() {
        return Majors.others().stream();
    }

    private static final String EXTRACT = "CREATE TABLE t (day date);"
            + " CREATE VIEW v AS SELECT EXTRACT(month FROM day) AS month FROM t;";

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void extract_before_14_is_date_part_returning_double_precision_and_that_is_reported(int major) {
        assumeTrue(TestPostgres.defaultVersion() >= 14);
        Snapshot reference;
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            reference = Captures.withoutDatabase(Captures.capture(db.execute(EXTRACT)));
        }
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            List<Difference> differences = Corpus.diff(reference,
                    Captures.withoutDatabase(Captures.capture(db.execute(EXTRACT))));
            if (major >= 14) {
                assertThat(differences).isEmpty();
            } else {
                assertThat(differences).extracting(Difference::toString).containsExactly(
                        "ERROR: changed view public.v definition: expected SELECT EXTRACT(month FROM day) AS month"
                                + " FROM public.t, actual SELECT date_part('month'::text, day) AS month FROM public.t",
                        "ERROR: changed column public.v.month type: expected numeric, actual double precision");
            }
        }
    }
}
