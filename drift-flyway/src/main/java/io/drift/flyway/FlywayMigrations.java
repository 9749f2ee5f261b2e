package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.flyway.internal.StatusReader;

import java.time.Duration;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.Configuration;

/**
 * The migrations an application's Flyway configuration describes, and what Drift does with them: read a database's
 * status, compare its history with another's, build the schema the migrations make in a shadow database and compare a
 * database with it, and apply what is pending on request.
 *
 * <pre>{@code
 * FlywayMigrations migrations = FlywayMigrations.of(flyway);           // the application's own Flyway
 * MigrationStatus status = migrations.status(dataSource);              // reads only
 * MigrationsDrift drift = migrations.drift(dataSource, ShadowDatabase.auto());
 * if (drift.diff().hasErrors()) { ... }
 * }</pre>
 *
 * <p>It takes the application's {@link Flyway} or its {@link Configuration} and nothing else: locations, placeholders,
 * the history table, callbacks, resolvers and Java migrations all come from there, so that what Drift reads and builds
 * cannot disagree with what the application migrates. The configuration's own data source is not used; each method
 * is given the database to work on.
 *
 * <p>Immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class FlywayMigrations {

    /** How long one statement of a status read may run unless told otherwise. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    private final Configuration configuration;

    private FlywayMigrations(Configuration configuration) {
        this.configuration = requireNonNull(configuration, "configuration");
    }

    /**
     * @param flyway the application's Flyway
     * @return its migrations
     */
    public static FlywayMigrations of(Flyway flyway) {
        return new FlywayMigrations(requireNonNull(flyway, "flyway").getConfiguration());
    }

    /**
     * @param configuration the application's Flyway configuration
     * @return its migrations
     */
    public static FlywayMigrations of(Configuration configuration) {
        return new FlywayMigrations(configuration);
    }

    /** @return the Flyway configuration */
    public Configuration configuration() {
        return configuration;
    }

    /**
     * Reads the database's migration status with Flyway's {@code info()} and {@code validate()}. The server refuses
     * every write on the connections Flyway gets (the session is read-only, with a statement and a lock timeout), and
     * the application's callbacks do not run: reading the status creates no history table, no schema, nothing.
     *
     * @param database the database (only read)
     * @return its status
     * @throws io.drift.core.DriftException when it cannot be read
     */
    public MigrationStatus status(DataSource database) {
        return status(database, DEFAULT_STATEMENT_TIMEOUT);
    }

    /**
     * @param database         the database (only read)
     * @param statementTimeout how long one statement may run
     * @return its status
     * @see #status(DataSource)
     */
    public MigrationStatus status(DataSource database, Duration statementTimeout) {
        requireNonNull(database, "database");
        requireNonNull(statementTimeout, "statementTimeout");
        return StatusReader.read(configuration, database, statementTimeout);
    }
}
