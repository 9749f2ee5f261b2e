package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What {@link FlywayMigrations#apply} did: the status before, the migrations it applied, and the status after.
 *
 * @param before  the status before
 * @param applied the migrations applied, in order (empty when nothing was pending or it was not confirmed)
 * @param after   the status after (the same as {@code before} when nothing was applied)
 * @param migrated whether Flyway's migrate ran
 * @since 0.1.0
 */
public record ApplyResult(MigrationStatus before, List<MigrationEntry> applied, MigrationStatus after,
                          boolean migrated) {

    public ApplyResult {
        requireNonNull(before, "before");
        applied = List.copyOf(applied);
        requireNonNull(after, "after");
    }
}
