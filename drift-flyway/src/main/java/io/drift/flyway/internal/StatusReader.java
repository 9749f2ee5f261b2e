package io.drift.flyway.internal;

import io.drift.core.DriftException;
import io.drift.flyway.HistoryTable;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationStatus;
import io.drift.flyway.ValidationError;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.output.ValidateOutput;
import org.flywaydb.core.api.output.ValidateResult;

/**
 * Reads a database's migration status with Flyway's {@code info()} and {@code validate()}, on connections where the
 * server refuses writes, and without the application's callbacks. Neither command creates the history table or a
 * schema (only {@code migrate} and {@code baseline} do); the read-only session makes sure of it.
 */
public final class StatusReader {

    /** How long a statement of a status read may wait for a lock. */
    public static final Duration LOCK_TIMEOUT = Duration.ofSeconds(5);

    private StatusReader() {
    }

    /**
     * @param configuration    the application's Flyway configuration
     * @param target           the database (only read)
     * @param statementTimeout how long one statement may run
     * @return the status
     */
    public static MigrationStatus read(Configuration configuration, DataSource target, Duration statementTimeout) {
        DataSource readOnly = new ReadOnlyDataSource(target, statementTimeout, LOCK_TIMEOUT);
        HistoryTable table;
        try {
            table = Flyways.locate(configuration, readOnly);
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER, "Cannot look for Flyway's history table ("
                    + e.getMessage() + ").", e);
        }
        Flyway reader = Flyways.reading(configuration, readOnly);
        List<MigrationEntry> entries = new ArrayList<>();
        List<ValidationError> errors = new ArrayList<>();
        try {
            for (MigrationInfo info : reader.info().all()) {
                entries.add(MigrationEntry.from(info));
            }
            if (table.exists()) {
                ValidateResult result = reader.validateWithResult();
                if (result.invalidMigrations != null) {
                    for (ValidateOutput out : result.invalidMigrations) {
                        errors.add(new ValidationError(blankToNull(out.version), out.description, out.filepath,
                                out.errorDetails == null ? "VALIDATE_ERROR" : String.valueOf(out.errorDetails.errorCode),
                                out.errorDetails == null ? null : out.errorDetails.errorMessage));
                    }
                }
            }
        } catch (FlywayException e) {
            throw Flyways.translate(e, "reading the migration status");
        }
        return new MigrationStatus(table, entries, errors, Flyways.flywayVersion());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
