package io.drift.flyway;

import java.util.Optional;

/**
 * The migrations could not build a schema from an empty database: a migration failed in the shadow database. The
 * message names the migration and the database's error; so do {@link #migration()} and {@link #databaseError()}.
 *
 * @since 0.1.0
 */
public class MigrationsBuildException extends io.drift.core.DriftException {

    private static final long serialVersionUID = 1L;

    private final String migration;
    private final String version;
    private final String databaseError;
    private final String sqlState;

    /**
     * @param message       what happened, then the fix
     * @param migration     the migration that failed ({@code V2 "add region" (V2__add_region.sql)}), or {@code null}
     *                      when Flyway failed before any migration ran
     * @param version       its version, or {@code null}
     * @param databaseError the database's error message, or {@code null}
     * @param sqlState      the error's SQLState, or {@code null}
     * @param cause         what Flyway threw
     */
    public MigrationsBuildException(String message, String migration, String version, String databaseError,
                                    String sqlState, Throwable cause) {
        super(Reason.OTHER, message, cause);
        this.migration = migration;
        this.version = version;
        this.databaseError = databaseError;
        this.sqlState = sqlState;
    }

    /** @return the migration that failed, as messages name it */
    public Optional<String> migration() {
        return Optional.ofNullable(migration);
    }

    /** @return its version, when it is a versioned migration */
    public Optional<String> version() {
        return Optional.ofNullable(version);
    }

    /** @return the database's error ({@code ERROR: relation "regions" does not exist}) */
    public Optional<String> databaseError() {
        return Optional.ofNullable(databaseError);
    }

    /** @return the error's SQLState ({@code 42P01}) */
    public Optional<String> sqlState() {
        return Optional.ofNullable(sqlState);
    }
}
