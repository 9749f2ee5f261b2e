package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

/**
 * The same DDL gives the same snapshot: in two fresh databases, and on every PostgreSQL major version available (12 to
 * 18), compared with the default version's. This is what finds the renderings that changed between versions.
 */
@ExtendWith(PostgresExtension.class)
class KindsAcrossVersionsIT {

    @Test
    void two_fresh_databases_give_equal_snapshots(TestDatabase first, TestDatabase second) {
        CatalogReader.Result a = KindsFixture.load(first);
        CatalogReader.Result b = KindsFixture.load(second);
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
        assertThat(a.statements()).isEqualTo(b.statements())
                .isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);
    }

    @Test
    void every_version_gives_the_default_versions_snapshot(TestDatabase reference) {
        Snapshot expected = KindsFixture.load(reference).snapshot();
        SoftAssertions softly = new SoftAssertions();
        List<Integer> compared = new ArrayList<>();
        for (int major : TestPostgres.availableVersions()) {
            if (major == reference.majorVersion() || major < Sql.OLDEST) {
                continue;
            }
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                Snapshot actual = KindsFixture.load(db).snapshot();
                softly.check(() -> KindsFixture.assertSameObjects(expected, actual,
                        "PostgreSQL " + major + " against " + reference.majorVersion()));
                compared.add(major);
            }
        }
        softly.assertAll();
        assertThat(compared).as("versions compared with " + reference.majorVersion()).isNotEmpty();
    }
}
