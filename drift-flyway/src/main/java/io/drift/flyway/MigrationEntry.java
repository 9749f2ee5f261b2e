package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

/**
 * One migration as Flyway's {@code info()} sees it: in the code, in the database's history, or both.
 *
 * @param version          the version ({@code 3}, {@code 2.1}), or {@code null} for a repeatable migration
 * @param description      its description ({@code Order statuses})
 * @param type             its type as Flyway names it ({@code SQL}, {@code JDBC}, {@code BASELINE})
 * @param script           its script or class ({@code V2__orders.sql}, {@code db.migration.V3__Order_statuses})
 * @param state            its state, from Flyway
 * @param resolvedChecksum the checksum of the migration in the code, or {@code null} when it is not in the code or has
 *                         none (a Java migration)
 * @param appliedChecksum  the checksum recorded when it was applied, or {@code null} when it was not applied or none
 *                         was recorded
 * @param installedOn      when it was applied, or {@code null}
 * @param installedRank    its rank in the history table, or {@code null} when it was not applied
 * @since 0.1.0
 */
public record MigrationEntry(String version, String description, String type, String script, MigrationState state,
                             Integer resolvedChecksum, Integer appliedChecksum, Instant installedOn,
                             Integer installedRank) {

    public MigrationEntry {
        requireNonNull(description, "description");
        requireNonNull(type, "type");
        requireNonNull(state, "state");
        script = script == null ? "" : script;
    }

    /**
     * @param info what Flyway reports
     * @return the entry
     */
    public static MigrationEntry from(MigrationInfo info) {
        return new MigrationEntry(info.getVersion() == null ? null : info.getVersion().getVersion(),
                Objects.toString(info.getDescription(), ""), info.getType() == null ? "?" : info.getType().name(),
                info.getScript(), info.getState(), info.getResolvedChecksum(), info.getAppliedChecksum(),
                info.getInstalledOn() == null ? null : info.getInstalledOn().toInstant(), info.getInstalledRank());
    }

    /** @return the version, if it is a versioned migration */
    public Optional<String> findVersion() {
        return Optional.ofNullable(version);
    }

    /** @return whether it has a version (else it is repeatable) */
    public boolean isVersioned() {
        return version != null;
    }

    /** @return whether the history table records it */
    public boolean isApplied() {
        return state.isApplied();
    }

    /** @return whether the code holds it */
    public boolean isResolved() {
        return state.isResolved();
    }

    /**
     * @return whether it is applied and in the code with different checksums (the script was edited after it ran);
     *         {@code false} when either side has no checksum
     */
    public boolean isChecksumMismatch() {
        return resolvedChecksum != null && appliedChecksum != null && !resolvedChecksum.equals(appliedChecksum)
                && state.isApplied() && state.isResolved();
    }

    /** @return {@code V3 "Order statuses"}, {@code R "order totals"}: how messages name it */
    public String label() {
        return (isVersioned() ? "V" + version : "R") + " \"" + description + "\""
                + (script.isEmpty() ? "" : " (" + script + ")");
    }

    /** @return {@code V3}, or {@code R order totals}: a short name for a list */
    public String shortName() {
        return isVersioned() ? "V" + version : "R " + description;
    }
}
