package io.drift.core;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.Declared;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.UnmatchedFilter;
import io.drift.core.internal.SqlFailures;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Snapshot;
import io.drift.core.report.RenderContext;
import io.drift.core.report.TextRenderer;
import io.drift.core.spi.ExpectedSchemaSource;
import io.drift.core.spi.SnapshotProvider;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The entry point: captures a database's schema, compares it with the expected one, and guards an application's
 * start.
 *
 * <p><b>Configured once, used many times</b>, in Flyway's {@code configure()…load()} shape:
 * <pre>{@code
 * Drift drift = Drift.configure()
 *         .expected(SnapshotFiles.source(Path.of("schema/baseline.json")))
 *         .captureOptions(CaptureOptions.builder().schemas("public").build())
 *         .diffOptions(DiffOptions.builder().ignoreProperties("comment").build())
 *         .failOn(Severity.ERROR)
 *         .load();
 * SchemaDiff diff = drift.diff(dataSource);   // the differences, whatever they are
 * drift.verify(dataSource);                   // or: SchemaMismatchException, whose message is the report
 * }</pre>
 * {@link #diff(DataSource)} returns the answer; {@link #verify(DataSource)} throws it when it fails, as a
 * {@link SchemaMismatchException} ({@link DriftException.Reason#SCHEMA_MISMATCH}), so that a program tells drift
 * apart from a failure to capture, which is a {@link DriftException} with another reason.
 *
 * <p><b>One call</b>, for a capture alone: {@code Drift.capture(dataSource, CaptureOptions.defaults())}. And for the
 * checks an application runs when it starts: {@link #guard(DataSource)}.
 *
 * <p>A {@code Drift} is immutable and safe to share between threads.
 *
 * @since 0.1.0
 */
public final class Drift {

    private static final Logger log = LoggerFactory.getLogger(Drift.class);

    private final SnapshotProviders providers;
    private final CaptureOptions captureOptions;
    private final DiffOptions diffOptions;
    private final ExpectedSchemaSource expected;
    private final Severity failOn;

    private Drift(Builder b) {
        this.providers = b.providers;
        this.captureOptions = b.captureOptions;
        this.diffOptions = b.diffOptions;
        this.expected = b.expected;
        this.failOn = b.failOn;
    }

    /** @return a builder with the defaults: providers discovered on the class path, default options, failing on errors */
    public static Builder configure() {
        return new Builder();
    }

    /**
     * Starts a startup guard: the checks an application runs when it starts, and what to do when they fail.
     *
     * @param dataSource the application's database
     * @return the guard's builder
     * @see StartupGuard
     */
    public static StartupGuard.Builder guard(DataSource dataSource) {
        return StartupGuard.builder(dataSource);
    }

    /** @return the capture options */
    public CaptureOptions captureOptions() {
        return captureOptions;
    }

    /** @return the diff options */
    public DiffOptions diffOptions() {
        return diffOptions;
    }

    /** @return the lowest severity that makes {@link #verify(DataSource)} throw */
    public Severity failOn() {
        return failOn;
    }

    /** @return where the expected schema comes from, if one was configured */
    public Optional<ExpectedSchemaSource> expected() {
        return Optional.ofNullable(expected);
    }

    /**
     * @param dataSource the database
     * @return its snapshot, with the configured providers and capture options
     * @throws DriftException when the capture fails
     */
    public Snapshot capture(DataSource dataSource) {
        return capture(dataSource, captureOptions, providers());
    }

    /**
     * Captures the database and compares it with the expected schema.
     *
     * @param dataSource the database
     * @return every difference, whatever its severity; empty when the database matches
     * @throws DriftException when no expected schema was configured ({@link DriftException.Reason#INVALID_ARGUMENT}),
     *                        or it or the database cannot be read
     */
    public SchemaDiff diff(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        Snapshot expectedSnapshot = loadExpected();
        return warnAboutUnmatchedFilters(Differ.standard().diff(expectedSnapshot, capture(dataSource),
                effectiveDiffOptions()));
    }

    /**
     * @param actual a snapshot of the database
     * @return every difference from the expected schema
     * @throws DriftException when no expected schema was configured, or it cannot be read
     */
    public SchemaDiff diff(Snapshot actual) {
        requireNonNull(actual, "actual");
        return warnAboutUnmatchedFilters(Differ.standard().diff(loadExpected(), actual, effectiveDiffOptions()));
    }

    /**
     * The diff is pure and says nothing; the entry point logs, at WARN, each filter that matched nothing (a typo in
     * an include glob gives an empty diff, a vendor kind no side holds ignores nothing), and returns the diff, which
     * lists them too ({@link SchemaDiff#unmatchedFilters()}).
     */
    private SchemaDiff warnAboutUnmatchedFilters(SchemaDiff diff) {
        for (UnmatchedFilter unmatched : diff.unmatchedFilters()) {
            log.warn("DiffOptions {} on either side of the diff against {}: check it for a typo{}", unmatched,
                    expected.description(), unmatched.filter().narrows()
                            ? "; it narrows the comparison to nothing, so no difference can be found" : "");
        }
        return diff;
    }

    /** The diff options, with what a partial expected source declares unless the options already say. */
    private DiffOptions effectiveDiffOptions() {
        Declared declared = expected == null ? Declared.everything() : expected.declared();
        if (declared.isEverything() || !diffOptions.declared().isEverything()) {
            return diffOptions;
        }
        return diffOptions.toBuilder().declared(declared).build();
    }

    /**
     * Captures the database, compares it with the expected schema, and throws when a difference is at or above
     * {@link #failOn()}.
     *
     * @param dataSource the database
     * @return every difference (those below the threshold) when none fails
     * @throws SchemaMismatchException when a difference fails; its message is the text report of those that do
     * @throws DriftException          when the expected schema or the database cannot be read
     */
    public SchemaDiff verify(DataSource dataSource) {
        return verify(diff(dataSource));
    }

    /**
     * @param actual a snapshot of the database
     * @return every difference when none fails
     * @throws SchemaMismatchException when a difference is at or above {@link #failOn()}
     */
    public SchemaDiff verify(Snapshot actual) {
        return verify(diff(actual));
    }

    private SchemaDiff verify(SchemaDiff diff) {
        SchemaDiff failing = diff.atLeast(failOn);
        if (failing.isEmpty()) {
            return diff;
        }
        String report = new TextRenderer().renderToString(failing,
                RenderContext.of(expected.description(), "the database"));
        throw new SchemaMismatchException("The database does not match " + expected.description() + ": "
                + failing.size() + (failing.size() == 1 ? " difference" : " differences") + " at or above "
                + failOn + ".\n" + report, diff);
    }

    private Snapshot loadExpected() {
        if (expected == null) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No expected schema to compare with."
                    + " Give one with Drift.configure().expected(…): a snapshot file (SnapshotFiles.source(path)),"
                    + " a snapshot, or another source.");
        }
        Snapshot snapshot = expected.load();
        if (snapshot == null) {
            throw new DriftException(DriftException.Reason.OTHER, "The expected schema source "
                    + expected.description() + " gave no snapshot, which is a bug in that source.");
        }
        return snapshot;
    }

    private SnapshotProviders providers() {
        return providers != null ? providers : SnapshotProviders.discover(Drift.class.getClassLoader());
    }

    /** Builds a {@link Drift}. Not thread-safe. */
    public static final class Builder {
        private SnapshotProviders providers;
        private CaptureOptions captureOptions = CaptureOptions.defaults();
        private DiffOptions diffOptions = DiffOptions.defaults();
        private ExpectedSchemaSource expected;
        private Severity failOn = Severity.ERROR;

        private Builder() {
        }

        /**
         * @param value the snapshot providers to choose from, registered explicitly (default: those listed in
         *              {@code META-INF/services} on Drift's class loader, which a shaded jar may lose)
         * @return this
         */
        public Builder providers(SnapshotProviders value) {
            this.providers = requireNonNull(value, "providers");
            return this;
        }

        /**
         * @param values the snapshot providers to choose from
         * @return this
         */
        public Builder providers(SnapshotProvider... values) {
            return providers(SnapshotProviders.of(values));
        }

        /**
         * @param value what to capture, and how carefully
         * @return this
         */
        public Builder captureOptions(CaptureOptions value) {
            this.captureOptions = requireNonNull(value, "captureOptions");
            return this;
        }

        /**
         * @param value what to compare, and how much each difference matters
         * @return this
         */
        public Builder diffOptions(DiffOptions value) {
            this.diffOptions = requireNonNull(value, "diffOptions");
            return this;
        }

        /**
         * @param value where the expected schema comes from: {@code SnapshotFiles.source(path)}, the migrations
         * @return this
         */
        public Builder expected(ExpectedSchemaSource value) {
            this.expected = requireNonNull(value, "expected");
            return this;
        }

        /**
         * @param value the expected schema
         * @return this
         */
        public Builder expected(Snapshot value) {
            requireNonNull(value, "expected");
            return expected(new ExpectedSchemaSource() {
                @Override
                public String description() {
                    return "the expected snapshot";
                }

                @Override
                public Snapshot load() {
                    return value;
                }
            });
        }

        /**
         * @param value the lowest severity that makes {@link Drift#verify(DataSource)} throw (default
         *              {@link Severity#ERROR})
         * @return this
         */
        public Builder failOn(Severity value) {
            this.failOn = requireNonNull(value, "failOn");
            return this;
        }

        /** @return the configured {@link Drift} */
        public Drift load() {
            return new Drift(this);
        }
    }

    /**
     * Captures with the provider discovered on this class's class loader that supports the database.
     *
     * @param connection an open connection; stays open
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the capture fails
     */
    public static Snapshot capture(Connection connection, CaptureOptions options) {
        return capture(connection, options, SnapshotProviders.discover(Drift.class.getClassLoader()));
    }

    /**
     * @param connection an open connection; stays open
     * @param options    what to capture
     * @param providers  the providers to choose from
     * @return the snapshot
     */
    public static Snapshot capture(Connection connection, CaptureOptions options, SnapshotProviders providers) {
        requireNonNull(connection, "connection");
        requireNonNull(options, "options");
        DatabaseInfo info = info(connection);
        return providers.select(info).capture(connection, options);
    }

    /**
     * Opens a connection from {@code dataSource}, captures, and closes it. The provider may take up to
     * {@link CaptureOptions#maxConnections()} − 1 more connections from the data source to read in parallel (see
     * {@link SnapshotProvider#capture(Connection, DataSource, CaptureOptions)}); it closes them all before returning.
     *
     * @param dataSource where to connect
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the connection or the capture fails
     */
    public static Snapshot capture(DataSource dataSource, CaptureOptions options) {
        return capture(dataSource, options, SnapshotProviders.discover(Drift.class.getClassLoader()));
    }

    /**
     * @param dataSource where to connect
     * @param options    what to capture
     * @param providers  the providers to choose from
     * @return the snapshot
     * @see #capture(DataSource, CaptureOptions)
     */
    public static Snapshot capture(DataSource dataSource, CaptureOptions options, SnapshotProviders providers) {
        requireNonNull(dataSource, "dataSource");
        requireNonNull(options, "options");
        requireNonNull(providers, "providers");
        try (Connection connection = dataSource.getConnection()) {
            DatabaseInfo info = info(connection);
            return providers.select(info).capture(connection, dataSource, options);
        } catch (SQLException e) {
            throw connectionFailure(e);
        }
    }

    /**
     * Captures with {@code connection}, and lets the provider take up to {@link CaptureOptions#maxConnections()} − 1
     * more connections from {@code more} to read in parallel: for a caller that opens the first connection itself
     * (to report its own connection errors, say) and has a pool or a data source for the rest.
     *
     * @param connection an open connection; stays open
     * @param more       where further connections to the same database come from
     * @param options    what to capture
     * @return the snapshot
     * @throws UnsupportedDatabaseException when no provider supports the database
     * @throws DriftException               when the capture fails
     */
    public static Snapshot capture(Connection connection, DataSource more, CaptureOptions options) {
        requireNonNull(connection, "connection");
        requireNonNull(more, "more");
        requireNonNull(options, "options");
        DatabaseInfo info = info(connection);
        return SnapshotProviders.discover(Drift.class.getClassLoader()).select(info)
                .capture(connection, more, options);
    }

    private static DatabaseInfo info(Connection connection) {
        try {
            if (connection.isClosed()) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The connection given to"
                        + " Drift.capture is closed. Capture while it is open (inside its try-with-resources block),"
                        + " or pass a DataSource (Drift.capture(dataSource, options)) and let Drift open and close"
                        + " its own connection.");
            }
            return DatabaseInfo.from(connection.getMetaData());
        } catch (SQLException e) {
            throw new DriftException(DriftException.Reason.OTHER,
                    "Cannot read the database product and version from the connection (" + e.getMessage() + ").", e);
        }
    }

    /**
     * Turns a failure to open or close a connection into a {@link DriftException}, with the one SQLState map and
     * wording all of Drift uses ({@link SqlFailures}): from the SQL-standard SQLState classes, so it holds for any
     * driver.
     */
    static DriftException connectionFailure(SQLException e) {
        return SqlFailures.connecting(e, null, null);
    }
}
