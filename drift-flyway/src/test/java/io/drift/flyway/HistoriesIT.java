package io.drift.flyway;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import java.util.List;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Two databases' histories ("staging against production"), and applying what is pending on request. */
@ExtendWith(PostgresExtension.class)
class HistoriesIT {

    @Test
    void two_histories_differ_by_what_each_has_applied_and_by_checksums(TestDatabase staging) {
        try (TestDatabase production = staging.server().newDatabase()) {
            Samples.flyway(staging.dataSource(), Samples.SAMPLE, Samples.AHEAD).migrate();
            Samples.configure(production.dataSource(), Samples.SAMPLE).target("2").load().migrate();
            production.execute("UPDATE flyway_schema_history SET checksum = 42 WHERE version = '2'");
            FlywayMigrations migrations = FlywayMigrations.of(Flyway.configure().locations(Samples.SAMPLE).load());

            MigrationHistory a = migrations.history(staging.dataSource());
            MigrationHistory b = migrations.history(production.dataSource());
            List<HistoryDifference> differences = a.compareWith(b);

            assertThat(differences).extracting(d -> d.describe("staging", "production")).containsExactly(
                    "V2 \"orders\" was applied from different scripts: checksum "
                            + a.byMigration().get("V2").checksum() + " in staging, 42 in production",
                    "V3 \"Order statuses\" is applied in staging, not in production",
                    "V4 \"menu\" is applied in staging, not in production",
                    "V5 \"audit\" is applied in staging, not in production");
            assertThat(b.compareWith(a)).extracting(HistoryDifference::kind).containsExactly(
                    HistoryDifference.Kind.CHECKSUM, HistoryDifference.Kind.ONLY_IN_SECOND,
                    HistoryDifference.Kind.ONLY_IN_SECOND, HistoryDifference.Kind.ONLY_IN_SECOND);
            // The repeatable ran in both, from the same script.
            assertThat(a.byMigration()).containsKey("Rorder totals");
            assertThat(b.byMigration()).containsKey("Rorder totals");
        }
    }

    @Test
    void a_database_without_history_has_an_empty_one(TestDatabase db) {
        MigrationHistory history = FlywayMigrations.of(Flyway.configure().load()).history(db.dataSource());

        assertThat(history.table().exists()).isFalse();
        assertThat(history.applied()).isEmpty();
    }

    @Test
    void apply_migrates_only_when_confirmed_and_reports_before_and_after(TestDatabase db) {
        Samples.configure(db.dataSource(), Samples.SAMPLE).target("2").load().migrate();
        FlywayMigrations migrations = FlywayMigrations.of(Samples.flyway(db.dataSource(), Samples.SAMPLE));

        ApplyResult refused = migrations.apply(db.dataSource(), pending -> false);

        assertThat(refused.migrated()).isFalse();
        assertThat(refused.applied()).isEmpty();
        assertThat(migrations.status(db.dataSource()).pending()).extracting(MigrationEntry::shortName)
                .containsExactly("V3", "V4");

        ApplyResult applied = migrations.apply(db.dataSource(), pending -> {
            assertThat(pending).extracting(MigrationEntry::shortName).containsExactly("V3", "V4");
            return true;
        });

        assertThat(applied.migrated()).isTrue();
        assertThat(applied.applied()).extracting(MigrationEntry::shortName).containsExactly("V3", "V4");
        assertThat(applied.before().currentVersion()).contains("2");
        assertThat(applied.after().currentVersion()).contains("4");
        assertThat(applied.after().isUpToDate()).isTrue();
        assertThat(migrations.apply(db.dataSource(), pending -> {
            throw new AssertionError("not asked when nothing is pending");
        }).migrated()).isFalse();
    }
}
