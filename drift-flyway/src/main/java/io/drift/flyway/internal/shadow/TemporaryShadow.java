package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;
import io.drift.flyway.internal.Identifiers;
import io.drift.postgres.JdbcUrls;
import io.drift.postgres.PostgresConnections;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Function;

import javax.sql.DataSource;

import org.postgresql.ds.PGSimpleDataSource;
import org.postgresql.ds.common.BaseDataSource;

/** A database created on a server (the target's, or one named) for the build, and dropped afterwards. */
public final class TemporaryShadow implements ShadowDatabase {

    private final String serverUrl;
    private final String user;
    private final String password;

    /**
     * @param serverUrl a URL of any database on the server to use, or {@code null} for the target's server
     * @param user      the role, or {@code null}
     * @param password  its password, or {@code null}
     */
    public TemporaryShadow(String serverUrl, String user, String password) {
        this.serverUrl = serverUrl;
        this.user = user;
        this.password = password;
    }

    @Override
    public String description() {
        return serverUrl == null ? "a temporary database on the target's server"
                : "a temporary database on " + server(serverUrl);
    }

    private static String server(String url) {
        String described = JdbcUrls.describe(url);
        int slash = described.lastIndexOf('/');
        return slash < 0 ? described : described.substring(0, slash);
    }

    @Override
    public Instance open(ShadowTarget target) {
        DataSource admin;
        Function<String, DataSource> connect;
        String where;
        if (serverUrl != null) {
            admin = PostgresConnections.dataSource(serverUrl, user, password);
            connect = name -> PostgresConnections.dataSource(Databases.withDatabase(serverUrl, name), user, password);
            where = server(serverUrl);
        } else {
            if (target.dataSource().isEmpty()) {
                throw new ShadowUnavailableException(DriftException.Reason.INVALID_ARGUMENT, "A temporary database"
                        + " on the target's server needs a target, and this build has none.");
            }
            admin = target.dataSource().get();
            Optional<Function<String, DataSource>> server = target.server().or(() -> copyable(admin));
            if (server.isEmpty()) {
                throw new ShadowUnavailableException(DriftException.Reason.INVALID_ARGUMENT, "A temporary database"
                        + " on the target's server needs a way to connect to it, which the target's data source ("
                        + admin.getClass().getName() + ") does not give: name the server with"
                        + " ShadowDatabase.temporaryDatabase(url, user, password).");
            }
            connect = server.get();
            where = target.serverDescription().orElse("the target's server");
        }
        String name = Databases.newName();
        int major;
        try (Connection c = admin.getConnection()) {
            if (!Databases.canCreateDatabases(c)) {
                throw new ShadowUnavailableException(DriftException.Reason.PERMISSION_DENIED, "Role \""
                        + Databases.currentUser(c) + "\" may not create a temporary shadow database on " + where
                        + " (it lacks CREATEDB). Grant it (ALTER ROLE " + Identifiers.quote(Databases.currentUser(c))
                        + " CREATEDB), or give a shadow database of your own.");
            }
            major = Databases.majorVersion(c);
            Databases.executeOutsideTransaction(c, "CREATE DATABASE " + Identifiers.quote(name));
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER, "Could not create a temporary shadow database on "
                    + where + " (" + e.getMessage() + ").", e);
        }
        Cleanup cleanup = Cleanup.register("temporary database " + name + " on " + where,
                () -> Databases.drop(admin, name));
        String description = "temporary database " + name + " on " + where;
        try {
            DataSource shadow = connect.apply(name);
            return new SimpleInstance(shadow, description, major, cleanup);
        } catch (RuntimeException e) {
            cleanup.close();
            throw e;
        }
    }

    /** A pgJDBC data source can be copied with another database name; a pool or another driver cannot. */
    private static Optional<Function<String, DataSource>> copyable(DataSource ds) {
        try {
            if (!ds.isWrapperFor(BaseDataSource.class)) {
                return Optional.empty();
            }
            BaseDataSource base = ds.unwrap(BaseDataSource.class);
            return Optional.of(name -> {
                PGSimpleDataSource copy = new PGSimpleDataSource();
                copy.setURL(base.getURL());
                copy.setUser(base.getUser());
                copy.setPassword(base.getPassword());
                copy.setDatabaseName(name);
                return copy;
            });
        } catch (SQLException e) {
            return Optional.empty();
        }
    }

    @Override
    public String toString() {
        return description();
    }
}
