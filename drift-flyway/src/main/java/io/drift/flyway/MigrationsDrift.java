package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.SchemaDiff;

/**
 * A database compared with the schema its migrations build: {@link io.drift.core.diff.Missing} is what the migrations
 * create that the database lacks, {@link io.drift.core.diff.Unexpected} what the database has that no migration
 * creates, {@link io.drift.core.diff.Changed} what differs; the history table is left out.
 *
 * @param diff     the differences
 * @param expected the schema the migrations build, with the checksums of the migrations it came from
 * @since 0.1.0
 */
public record MigrationsDrift(SchemaDiff diff, MigrationsSnapshot expected) {

    public MigrationsDrift {
        requireNonNull(diff, "diff");
        requireNonNull(expected, "expected");
    }

    /** @return whether the database matches what the migrations build */
    public boolean isEmpty() {
        return diff.isEmpty();
    }
}
