package io.drift.test.junit5;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Run only through the test kit in {@link MigratedIT}: its migrations cannot build, so its test must fail. Its name
 * matches neither surefire's nor failsafe's patterns, so the build does not run it directly.
 */
@ExtendWith(PostgresExtension.class)
@Migrated(locations = "classpath:db/broken")
class BrokenMigrationsFixture {
    @Test
    void never_gets_a_database(TestDatabase db) {
        assertThat(db).isNull();
    }
}
