package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.flywaydb.core.api.MigrationState;

/**
 * A database's migration status, as Flyway's {@code info()} and {@code validate()} see it with the application's
 * configuration: every migration in the code and in the history table, its state, and what validation rejects. Read
 * by {@link FlywayMigrations#status(javax.sql.DataSource)}, which never writes.
 *
 * <pre>{@code
 * MigrationStatus status = FlywayMigrations.of(flyway).status(dataSource);
 * if (!status.pending().isEmpty()) {
 *     log.warn("{} migrations pending: {}", status.pending().size(), status.pending());
 * }
 * }</pre>
 *
 * @param historyTable     where the history is kept, and whether it exists
 * @param migrations       every migration, in Flyway's order (by version, then repeatables)
 * @param validationErrors what Flyway's {@code validate()} rejects, with its own messages (empty when there is no
 *                         history table)
 * @param flywayVersion    the version of Flyway that read it
 * @since 0.1.0
 */
public record MigrationStatus(HistoryTable historyTable, List<MigrationEntry> migrations,
                              List<ValidationError> validationErrors, String flywayVersion) {

    private static final Set<MigrationState> AHEAD = EnumSet.of(MigrationState.FUTURE_SUCCESS,
            MigrationState.FUTURE_FAILED);
    private static final Set<MigrationState> MISSING = EnumSet.of(MigrationState.MISSING_SUCCESS,
            MigrationState.MISSING_FAILED);

    public MigrationStatus {
        requireNonNull(historyTable, "historyTable");
        migrations = List.copyOf(migrations);
        validationErrors = List.copyOf(validationErrors);
        requireNonNull(flywayVersion, "flywayVersion");
    }

    /** @return the latest version applied successfully, if any */
    public Optional<String> currentVersion() {
        String current = null;
        for (MigrationEntry m : migrations) {
            if (m.isVersioned() && m.isApplied() && !m.state().isFailed() && m.state() != MigrationState.DELETED
                    && m.state() != MigrationState.UNDONE) {
                current = m.version();
            }
        }
        return Optional.ofNullable(current);
    }

    /** @return the latest version in the code, if any */
    public Optional<String> latestVersionInCode() {
        String latest = null;
        for (MigrationEntry m : migrations) {
            if (m.isVersioned() && m.isResolved()) {
                latest = m.version();
            }
        }
        return Optional.ofNullable(latest);
    }

    /**
     * @return the migrations {@code migrate} would apply: pending versioned migrations, and repeatable ones that are
     *         new or changed since they ran ({@code OUTDATED})
     */
    public List<MigrationEntry> pending() {
        return with(EnumSet.of(MigrationState.PENDING, MigrationState.OUTDATED));
    }

    /** @return the migrations recorded as failed */
    public List<MigrationEntry> failed() {
        return migrations.stream().filter(m -> m.state().isFailed()).toList();
    }

    /** @return migrations applied to the database whose script the code no longer holds, below its latest version */
    public List<MigrationEntry> missingFromCode() {
        return with(MISSING);
    }

    /** @return migrations applied to the database with a version newer than any in the code */
    public List<MigrationEntry> ahead() {
        return with(AHEAD);
    }

    /** @return applied migrations whose script was edited after it ran */
    public List<MigrationEntry> checksumMismatches() {
        return migrations.stream().filter(MigrationEntry::isChecksumMismatch).toList();
    }

    /** @return migrations applied after a higher version (with {@code outOfOrder}) */
    public List<MigrationEntry> outOfOrder() {
        return with(EnumSet.of(MigrationState.OUT_OF_ORDER));
    }

    /**
     * @return migrations in the code, never applied, older than the latest applied one: {@code migrate} skips them
     *         unless {@code outOfOrder} is on
     */
    public List<MigrationEntry> ignored() {
        return with(EnumSet.of(MigrationState.IGNORED));
    }

    /** @return the baseline entry and the migrations below it, which never ran on this database */
    public List<MigrationEntry> baseline() {
        return with(EnumSet.of(MigrationState.BASELINE, MigrationState.BELOW_BASELINE,
                MigrationState.BASELINE_IGNORED));
    }

    /** @return whether the history table exists and nothing is pending, failed, missing, ahead, edited or ignored */
    public boolean isUpToDate() {
        return historyTable.exists() && pending().isEmpty() && failed().isEmpty() && missingFromCode().isEmpty()
                && ahead().isEmpty() && checksumMismatches().isEmpty() && ignored().isEmpty()
                && validationErrors.isEmpty();
    }

    private List<MigrationEntry> with(Set<MigrationState> states) {
        return migrations.stream().filter(m -> states.contains(m.state())).toList();
    }
}
