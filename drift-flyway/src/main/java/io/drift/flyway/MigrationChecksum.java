package io.drift.flyway;

import static java.util.Objects.requireNonNull;

/**
 * A migration as it was when an expected snapshot was built from it: enough to tell later whether the migrations in
 * the code are still those.
 *
 * @param version     its version, or {@code null} for a repeatable migration
 * @param description its description
 * @param type        its type as Flyway names it ({@code SQL}, {@code JDBC})
 * @param script      its script or class
 * @param checksum    its checksum, or {@code null} when Flyway computes none (a Java migration without one)
 * @since 0.1.0
 */
public record MigrationChecksum(String version, String description, String type, String script, Integer checksum) {

    public MigrationChecksum {
        requireNonNull(description, "description");
        requireNonNull(type, "type");
        script = script == null ? "" : script;
    }

    /**
     * @param entry a migration in the code
     * @return its checksum entry
     */
    public static MigrationChecksum of(MigrationEntry entry) {
        return new MigrationChecksum(entry.version(), entry.description(), entry.type(), entry.script(),
                entry.resolvedChecksum());
    }

    /** @return {@code V3}, or {@code R order totals} */
    public String shortName() {
        return version != null ? "V" + version : "R " + description;
    }

    String key() {
        return version != null ? "V" + version : "R" + description;
    }
}
