package io.drift.cli;

import io.drift.cli.internal.ConnectionResolver;
import io.drift.cli.internal.DatabaseConnector;
import io.drift.cli.internal.DatabaseTarget;
import io.drift.cli.internal.PostgresUrl;
import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException.Reason;
import io.drift.core.DriftException;
import io.drift.core.internal.Names;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** Gets a snapshot from a file or a live database, saying what it does on stderr. */
final class SchemaLoader {

    private final CliContext context;
    private final Progress progress;
    private final ConnectionResolver resolver;

    SchemaLoader(CliContext context, Progress progress) {
        this.context = context;
        this.progress = progress;
        this.resolver = new ConnectionResolver(context.env(), context.redaction(), context::warn);
    }

    ConnectionResolver resolver() {
        return resolver;
    }

    /** @return whether the argument names a database rather than a file */
    static boolean isDatabase(String argument) {
        return argument.regionMatches(true, 0, "jdbc:", 0, 5);
    }

    /** @return a name for a report header: the file as given, or the database without credentials */
    static String describe(String argument, DatabaseTarget target) {
        return target != null ? "postgresql://" + target.url().display() : argument.equals("-") ? "stdin" : argument;
    }

    /**
     * @param target  where to connect
     * @param options what to capture
     * @return the snapshot
     */
    Snapshot capture(DatabaseTarget target, CaptureOptions options) {
        return capture(target, options, false);
    }

    /**
     * @param target         where to connect
     * @param options        what to capture
     * @param requireSchemas whether each schema the options name must exist: a usage error naming the schemas there
     *                       are when one does not ({@code drift snapshot --schema pubic} would write an empty
     *                       baseline); for a diff, a schema on one side only is a difference, not an error
     * @return the snapshot
     */
    Snapshot capture(DatabaseTarget target, CaptureOptions options, boolean requireSchemas) {
        progress.say("Connecting to " + target.display() + " ...");
        long start = System.nanoTime();
        try (Connection connection = DatabaseConnector.open(target)) {
            progress.say("Capturing the schema of " + target.url().display() + " ...");
            Snapshot snapshot = Drift.capture(connection, DatabaseConnector.dataSource(target), options);
            if (requireSchemas) {
                requireSchemas(connection, target, options, snapshot);
            }
            progress.say(snapshot.size() + " objects captured from " + target.url().display() + " in "
                    + (System.nanoTime() - start) / 1_000_000 + " ms");
            return snapshot;
        } catch (SQLException closing) {
            throw new DriftException(Reason.OTHER, "Lost the connection to " + target.url().display() + " ("
                    + closing.getMessage() + "). Run the command again.", closing);
        }
    }

    private static void requireSchemas(Connection connection, DatabaseTarget target, CaptureOptions options,
                                       Snapshot snapshot) {
        Set<String> captured = new TreeSet<>();
        snapshot.schemas().forEach(s -> captured.add(s.path().first()));
        List<String> missing = options.schemas().stream().filter(s -> !captured.contains(s)).toList();
        if (missing.isEmpty()) {
            return;
        }
        // Only now, on the way to an error: the schemas there are, for the suggestion (JDBC's own catalog call).
        Set<String> existing = new TreeSet<>();
        try (ResultSet rs = connection.getMetaData().getSchemas()) {
            while (rs.next()) {
                String name = rs.getString("TABLE_SCHEM");
                if (!name.startsWith("pg_") && !name.equals("information_schema")) {
                    existing.add(name);
                }
            }
        } catch (SQLException e) {
            existing.clear();
        }
        String first = missing.get(0);
        throw new DriftException(Reason.INVALID_ARGUMENT, "--schema " + String.join(", --schema ", missing)
                + (missing.size() == 1 ? " matches no schema" : " match no schemas") + " in "
                + target.url().display() + (existing.isEmpty() ? "" : " (it has: " + shortList(existing) + ")")
                + ", so the snapshot would leave " + (missing.size() == 1 ? "it" : "them") + " out."
                + Names.didYouMean(first, existing) + " Schema names are case-sensitive");
    }

    /** @return up to ten names, and how many more */
    static String shortList(Collection<String> names) {
        List<String> shown = names.stream().limit(10).toList();
        return String.join(", ", shown) + (names.size() > shown.size() ? " and " + (names.size() - shown.size())
                + " more" : "");
    }

    /**
     * @param argument a database URL; a usage error when it is not a PostgreSQL one
     * @param user     {@code --user}
     * @param password the prompted password, or {@code null}
     * @return the target
     */
    DatabaseTarget target(String argument, String user, char[] password) {
        if (!PostgresUrl.isPostgresUrl(argument)) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "Unsupported database URL '" + argument
                    + "': drift reads PostgreSQL. Write it as jdbc:postgresql://host:port/database.");
        }
        try {
            return resolver.resolve(argument, user, password);
        } catch (IllegalArgumentException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, e.getMessage(), e);
        }
    }

    /**
     * @param argument a path to a snapshot file (a regular file, a FIFO, a process substitution such as
     *                 {@code /dev/fd/63}), or {@code -} for stdin
     * @return the snapshot
     */
    Snapshot read(String argument) {
        if (argument.equals("-")) {
            progress.say("Reading stdin ...");
            return SnapshotFiles.read(context.in(), "stdin");
        }
        Path file;
        try {
            file = Path.of(argument);
        } catch (InvalidPathException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "'" + argument + "' is neither a file name nor a"
                    + " JDBC URL. Give a snapshot file or jdbc:postgresql://host:port/database.", e);
        }
        if (!Files.exists(file)) {
            throw new DriftException(Reason.IO, "Snapshot file " + argument + " does not exist. Give a file written"
                    + " by 'drift snapshot', or a JDBC URL (jdbc:postgresql://host:port/database).");
        }
        if (Files.isDirectory(file) || !Files.isReadable(file)) {
            // Anything else that can be read will do: a FIFO, a process substitution (<(…)), a device.
            throw new DriftException(Reason.IO, "Cannot read snapshot file " + argument + ": it is "
                    + (Files.isDirectory(file) ? "a directory" : "not readable")
                    + ". Give a file written by 'drift snapshot'.");
        }
        progress.say("Reading " + argument + " ...");
        try {
            return SnapshotFiles.read(file);
        } catch (DriftException e) {
            throw e;
        } catch (UncheckedIOException e) {
            throw new DriftException(Reason.IO, "Cannot read snapshot file " + argument + " ("
                    + e.getCause().getMessage() + "). Check the file and its permissions.", e);
        } catch (RuntimeException e) {
            throw new DriftException(Reason.INVALID_SNAPSHOT, "Snapshot file " + argument + " is not a valid"
                    + " snapshot (" + e.getMessage() + "). Write it again with 'drift snapshot'.", e);
        }
    }

    CliContext context() {
        return context;
    }
}
