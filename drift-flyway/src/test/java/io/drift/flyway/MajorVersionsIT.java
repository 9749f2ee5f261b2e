package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Status;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Flyway 13 and the shadow on the oldest and newest majors: the same migrations, no drift, no finding. */
class MajorVersionsIT {

    @ParameterizedTest(name = "PostgreSQL {0}")
    @ValueSource(ints = {12, 18})
    void the_sample_builds_and_matches_on(int major) throws Exception {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            Flyway flyway = Samples.flyway(db.dataSource(), Samples.SAMPLE);
            flyway.migrate();
            // The embedded binaries on the class path are 17: auto must pass them over for a target of another
            // major and build on the target's server.
            RecordingShadow shadow = new RecordingShadow(ShadowDatabase.auto());

            CheckReport report = CheckRunner.builder()
                    .checks(FlywayChecks.status(flyway), FlywayChecks.drift(flyway).shadow(shadow).build())
                    .build().run(db.dataSource());

            assertThat(report.findings()).isEmpty();
            assertThat(report.status()).isEqualTo(Status.PASSED);
            assertThat(shadow.only().description()).startsWith("temporary database drift_shadow_");
            assertThat(shadow.only().majorVersion()).isEqualTo(major);
            shadow.assertAllGone();
            assertThat(MigrationsDriftIT.shadowDatabases(db)).isZero();
        }
    }
}
