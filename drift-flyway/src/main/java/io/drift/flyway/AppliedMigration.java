package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One row of a database's Flyway history table.
 *
 * @param installedRank its rank: the order it was applied in
 * @param version       its version, or {@code null} for a repeatable migration
 * @param description   its description
 * @param type          its type ({@code SQL}, {@code JDBC}, {@code BASELINE}, {@code SCHEMA})
 * @param script        its script or class
 * @param checksum      its checksum, or {@code null}
 * @param success       whether it succeeded
 * @param installedOn   when it was applied
 * @since 0.1.0
 */
public record AppliedMigration(int installedRank, String version, String description, String type, String script,
                               Integer checksum, boolean success, Instant installedOn) {

    public AppliedMigration {
        requireNonNull(description, "description");
        requireNonNull(type, "type");
        script = script == null ? "" : script;
    }

    /** @return {@code V3}, or {@code R order totals} */
    public String shortName() {
        return version != null ? "V" + version : "R " + description;
    }

    /** @return {@code V3 "Order statuses"} */
    public String label() {
        return shortName() + (version != null ? " \"" + description + "\"" : "");
    }
}
