package io.drift.cli;

import io.drift.cli.internal.DatabaseConnector;
import io.drift.cli.internal.DatabaseTarget;
import io.drift.cli.internal.PostgresUrl;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.flyway.FlywayConfigurations;
import io.drift.flyway.MigrationEntry;
import io.drift.flyway.MigrationStatus;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.flywaydb.core.api.configuration.Configuration;

/** What the {@code drift migrations} commands share: Flyway's configuration, the database, the shadow. */
final class Migrations {

    private final CliContext context;
    private final Progress progress;
    private final SchemaLoader loader;

    Migrations(CliContext context, Progress progress) {
        this.context = context;
        this.progress = progress;
        this.loader = new SchemaLoader(context, progress);
    }

    SchemaLoader loader() {
        return loader;
    }

    /** Flyway's configuration, read before any connection so that a mistake in it costs nothing. */
    Configuration configuration(FlywayOptions options) {
        String home = context.env().get("HOME");
        FlywayConfigurations.Loader flyway = FlywayConfigurations.loader()
                .environment(context.env())
                .configFiles(options.configFiles)
                .locations(options.locations)
                .classLoader(Migrations.class.getClassLoader());
        if (home != null && !home.isBlank()) {
            flyway.userHome(Path.of(home));
        }
        return flyway.load();
    }

    /**
     * @param url       {@code --url}, or {@code null} for the environment's default
     * @param required  whether a database must be named
     * @return the database, if one is named
     */
    Optional<DatabaseTarget> target(String url, ConnectionOptions connection, boolean required) {
        String given = url != null ? url : loader.resolver().defaultUrl().orElse(null);
        if (given == null) {
            if (required) {
                throw new DriftException(Reason.INVALID_ARGUMENT, "No database given. Pass --url"
                        + " jdbc:postgresql://host:port/database, or set DRIFT_URL");
            }
            return Optional.empty();
        }
        return Optional.of(loader.target(given, connection.user, connection.password));
    }

    /** Connects once, so that a wrong password or an unknown database is one clear line before any work. */
    DataSource connect(DatabaseTarget target) {
        progress.say("Connecting to " + target.display() + " ...");
        try (Connection c = DatabaseConnector.open(target)) {
            return DatabaseConnector.dataSource(target);
        } catch (SQLException e) {
            throw new DriftException(Reason.OTHER, "Lost the connection to " + target.url().display() + " ("
                    + e.getMessage() + "). Run the command again.", e);
        }
    }

    /** The shadow the options name, else the first that can serve (the target's server, for the command line). */
    ShadowDatabase shadow(ShadowOptions options, ConnectionOptions connection) {
        if (options.shadowUrl != null && options.shadowServer != null) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--shadow-url and --shadow-server both name where to"
                    + " build: give one");
        }
        if (options.shadowUrl != null) {
            DatabaseTarget shadow = shadowTarget(options.shadowUrl, connection, "--shadow-url");
            return ShadowDatabase.of(DatabaseConnector.dataSource(shadow));
        }
        if (options.shadowServer != null) {
            DatabaseTarget server = shadowTarget(options.shadowServer, connection, "--shadow-server");
            return ShadowDatabase.temporaryDatabase(server.url().toJdbcUrl(), server.user(),
                    server.password().orElse(null));
        }
        return ShadowDatabase.auto();
    }

    private DatabaseTarget shadowTarget(String url, ConnectionOptions connection, String option) {
        if (!PostgresUrl.isPostgresUrl(url)) {
            throw new DriftException(Reason.INVALID_ARGUMENT, option + " '" + url + "' is not a PostgreSQL URL."
                    + " Write it as jdbc:postgresql://host:port/database");
        }
        Map<String, String> env = new HashMap<>(context.env());
        String shadowPassword = env.get("DRIFT_SHADOW_PASSWORD");
        if (shadowPassword != null && !shadowPassword.isEmpty()) {
            env.put("DRIFT_PASSWORD", shadowPassword);
        }
        try {
            return new io.drift.cli.internal.ConnectionResolver(env, context.redaction(), context::warn)
                    .resolve(url, connection.user, null);
        } catch (IllegalArgumentException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, option + ": " + e.getMessage(), e);
        }
    }

    /** The shadow's view of the database: its version and roles, and its server, for a temporary database. */
    static ShadowTarget shadowTarget(DatabaseTarget target, DataSource dataSource) {
        return ShadowTarget.of(dataSource).withServer(name -> DatabaseConnector.dataSource(new DatabaseTarget(
                new PostgresUrl(target.url().hosts(), name, target.url().parameters()), target.user(),
                target.password(), target.passwordSource())), target.url().hosts().get(0).toString());
    }

    /** Warns when Flyway finds no migration at all: the locations are most likely wrong. */
    void warnWhenNoMigrations(MigrationStatus status, Configuration configuration) {
        if (status.migrations().stream().noneMatch(MigrationEntry::isResolved)) {
            context.warn("Flyway found no migration in " + String.join(", ", java.util.Arrays
                    .stream(configuration.getLocations()).map(Object::toString).toList()) + ". Name them with"
                    + " --locations filesystem:path/to/migrations (or in flyway.toml).");
        }
    }
}
