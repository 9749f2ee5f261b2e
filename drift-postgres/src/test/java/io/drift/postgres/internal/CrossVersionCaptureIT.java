package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.stream.Stream;

/**
 * The fixture captured on every available major version from 12 equals its capture on the default version: the
 * version-specific catalog differences are the capture's business, not the user's. Servers are started once per JVM
 * and version and reused by the other ITs.
 */
class CrossVersionCaptureIT {

    private static final Logger log = LoggerFactory.getLogger(CrossVersionCaptureIT.class);

    @BeforeAll
    static void report() {
        log.info("Cross-version capture on: {}", TestPostgres.describeAvailableVersions());
    }

    /** Every other major: the default one against itself would compare nothing (see {@link Majors}). */
    static Stream<Integer> versions() {
        return Majors.others().stream();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void snapshot_equals_the_default_versions(int major) {
        Snapshot reference = Captures.withoutDatabase(TablesFixture.snapshot());
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            db.executeResource(Captures.TABLES_FIXTURE);
            CatalogReader.Result result = Captures.result(db, io.drift.core.CaptureOptions.defaults());
            assertThat(result.snapshot().database().majorVersion()).isEqualTo(major);
            Snapshot snapshot = Captures.withoutDatabase(result.snapshot());
            log.info("PostgreSQL {}: {} objects, {} statements, {} ms", major, snapshot.size(), result.statements(),
                    result.duration().toMillis());
            assertThat(Captures.differences(reference, snapshot)).as("differences from PostgreSQL %d",
                    TestPostgres.defaultVersion()).isEmpty();
            assertThat(snapshot).isEqualTo(reference);
        }
    }
}
