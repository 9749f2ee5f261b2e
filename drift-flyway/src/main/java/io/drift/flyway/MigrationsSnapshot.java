package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.SchemaDiff;
import io.drift.flyway.internal.BundleFormat;
import io.drift.flyway.internal.ExpectedBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The schema a set of migrations builds from an empty database, with the checksums of the migrations it was built
 * from: <b>build once, check anywhere</b>. A build step writes it ({@link #write(Path)}, or
 * {@code drift migrations snapshot --output FILE}); the application reads it at run time from a file or the class path
 * and compares its database with it, with no shadow database and no Flyway migrate on the production host. When the
 * migrations in the code are no longer those it was built from, {@link #changesFrom(List)} says which, and Drift reports
 * the snapshot stale rather than false drift.
 *
 * <pre>{@code
 * // at build time
 * FlywayMigrations.of(flyway).expected(ShadowDatabase.embedded()).write(Path.of("target/classes/db/expected-schema.json"));
 * // at run time
 * MigrationsSnapshot expected = MigrationsSnapshot.fromClasspath("db/expected-schema.json");
 * MigrationsDrift drift = FlywayMigrations.of(flyway).drift(dataSource, expected);
 * }</pre>
 *
 * <p>The file is JSON: a header ({@code "format": "drift-flyway-expected-schema"}, {@code formatVersion}, the Flyway
 * version, where it was built, the history table, the migrations and their checksums) and the snapshot in Drift's
 * snapshot format under {@code "snapshot"}.
 *
 * @since 0.1.0
 */
public final class MigrationsSnapshot {

    /** The format version this release writes, and the newest it reads. */
    public static final int FORMAT_VERSION = BundleFormat.FORMAT_VERSION;

    private final Snapshot snapshot;
    private final List<MigrationChecksum> migrations;
    private final String flywayVersion;
    private final String builtIn;
    private final String historyTable;

    /**
     * @param snapshot      the schema the migrations build, without the history table
     * @param migrations    the migrations it was built from, in Flyway's order
     * @param flywayVersion the Flyway that built it
     * @param builtIn       where it was built: {@code embedded PostgreSQL 17.11 on port 40211}
     * @param historyTable  the name of the history table, which the comparison leaves out
     */
    public MigrationsSnapshot(Snapshot snapshot, List<MigrationChecksum> migrations, String flywayVersion,
                              String builtIn, String historyTable) {
        this.snapshot = requireNonNull(snapshot, "snapshot");
        this.migrations = List.copyOf(migrations);
        this.flywayVersion = requireNonNull(flywayVersion, "flywayVersion");
        this.builtIn = requireNonNull(builtIn, "builtIn");
        this.historyTable = requireNonNull(historyTable, "historyTable");
    }

    /** @return the schema the migrations build, without the history table */
    public Snapshot snapshot() {
        return snapshot;
    }

    /** @return the migrations it was built from, with their checksums */
    public List<MigrationChecksum> migrations() {
        return migrations;
    }

    /** @return the version of Flyway that built it */
    public String flywayVersion() {
        return flywayVersion;
    }

    /** @return where it was built */
    public String builtIn() {
        return builtIn;
    }

    /** @return the name of Flyway's history table, which comparisons leave out */
    public String historyTable() {
        return historyTable;
    }

    /** @return what it is, for reports: {@code the schema V1 to V4 build (built in embedded PostgreSQL 17.11)} */
    public String description() {
        List<String> versions = migrations.stream().filter(m -> m.version() != null).map(m -> "V" + m.version())
                .toList();
        String range = versions.isEmpty() ? migrations.size() + " migrations"
                : versions.size() == 1 ? versions.get(0) : versions.get(0) + " to " + versions.get(versions.size() - 1);
        return "the schema the migrations " + range + " build";
    }

    /**
     * Compares a database's snapshot with the schema the migrations build: missing is what they create that the
     * database lacks, unexpected what it has that none creates. Flyway's history table is left out.
     *
     * @param actual  the database's snapshot
     * @param options what to compare
     * @return the differences
     */
    public SchemaDiff diff(Snapshot actual, DiffOptions options) {
        return ExpectedBuilder.diff(this, requireNonNull(actual, "actual"), requireNonNull(options, "options"));
    }

    /**
     * Compares the migrations it was built from with those in the code now.
     *
     * @param inCode the migrations Flyway resolves from the code now (entries that are not in the code are ignored)
     * @return each difference in words ({@code V3 "order statuses" changed (checksum 12 when built, 34 now)}); empty
     *         when the snapshot is current. A Java migration without a checksum counts as unchanged when it is there.
     */
    public List<String> changesFrom(List<MigrationEntry> inCode) {
        Map<String, MigrationChecksum> built = new LinkedHashMap<>();
        migrations.forEach(m -> built.put(m.key(), m));
        Map<String, MigrationChecksum> now = new LinkedHashMap<>();
        inCode.stream().filter(MigrationEntry::isResolved).map(MigrationChecksum::of).forEach(m -> now.put(m.key(), m));
        List<String> changes = new ArrayList<>();
        for (MigrationChecksum m : now.values()) {
            MigrationChecksum was = built.get(m.key());
            if (was == null) {
                changes.add(m.shortName() + " \"" + m.description() + "\" is new since the snapshot was built");
            } else if (!Objects.equals(was.checksum(), m.checksum())) {
                changes.add(m.shortName() + " \"" + m.description() + "\" changed (checksum " + was.checksum()
                        + " when the snapshot was built, " + m.checksum() + " now)");
            } else if (!was.description().equals(m.description())) {
                changes.add(m.shortName() + " was \"" + was.description() + "\" and is \"" + m.description()
                        + "\" now");
            }
        }
        for (MigrationChecksum m : built.values()) {
            if (!now.containsKey(m.key())) {
                changes.add(m.shortName() + " \"" + m.description() + "\" was in the migrations the snapshot was"
                        + " built from, and is not any more");
            }
        }
        return changes;
    }

    /**
     * Writes it atomically: a temporary file in the same directory, moved over {@code file}.
     *
     * @param file where to write; missing parent directories are created
     * @throws DriftException with reason {@code IO} when it cannot be written
     */
    public void write(Path file) {
        BundleFormat.write(this, requireNonNull(file, "file"));
    }

    /**
     * @param file a file written by {@link #write(Path)}
     * @return what it holds
     * @throws DriftException with reason {@code IO} or {@code INVALID_SNAPSHOT}, naming the file
     */
    public static MigrationsSnapshot read(Path file) {
        return BundleFormat.read(requireNonNull(file, "file"));
    }

    /**
     * @param in         the content of a file written by {@link #write(Path)}; not closed
     * @param sourceName what to call it in messages
     * @return what it holds
     */
    public static MigrationsSnapshot read(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        try {
            return BundleFormat.read(in.readAllBytes(), sourceName);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read " + sourceName + " (" + e + ").", e);
        }
    }

    /**
     * @param resource a class path resource ({@code db/expected-schema.json}), found by the thread's context class
     *                 loader, else this library's
     * @return what it holds
     * @throws DriftException with reason {@code IO} when there is no such resource
     */
    public static MigrationsSnapshot fromClasspath(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return fromClasspath(loader != null ? loader : MigrationsSnapshot.class.getClassLoader(), resource);
    }

    /**
     * @param classLoader where to look
     * @param resource    a class path resource ({@code db/expected-schema.json})
     * @return what it holds
     * @throws DriftException with reason {@code IO} when there is no such resource
     */
    public static MigrationsSnapshot fromClasspath(ClassLoader classLoader, String resource) {
        requireNonNull(classLoader, "classLoader");
        String name = requireNonNull(resource, "resource").startsWith("/") ? resource.substring(1) : resource;
        try (InputStream in = classLoader.getResourceAsStream(name)) {
            if (in == null) {
                throw new DriftException(DriftException.Reason.IO, "There is no " + name + " on the class path."
                        + " Write it at build time (drift migrations snapshot --output src/main/resources/" + name
                        + "), or check its name.");
            }
            return read(in, "classpath:" + name);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read classpath:" + name + " (" + e + ").", e);
        }
    }

    @Override
    public String toString() {
        return description() + " (built in " + builtIn + ", Flyway " + flywayVersion + ")";
    }
}
