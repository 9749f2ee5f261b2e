package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

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
        for (int major : TestPostgres.availableVersions()) {
            if (major == reference.majorVersion() || major < Sql.OLDEST) {
                continue;
            }
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                Snapshot actual = KindsFixture.load(db).snapshot();
                KindsFixture.assertSameObjects(expected, actual,
                        "PostgreSQL " + major + " against " + reference.majorVersion());
            }
        }
    }
}
