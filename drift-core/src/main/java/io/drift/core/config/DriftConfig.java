package io.drift.core.config;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.Drift;
import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Suppression;
import io.drift.core.check.internal.Baselines;
import io.drift.core.check.internal.RequiredObjectsCheck;
import io.drift.core.check.internal.SchemaDriftCheck;
import io.drift.core.diff.Severity;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.core.spi.CheckProvider;
import io.drift.core.spi.ExpectedSchemaSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * {@code drift.yaml}: what a database must be, and how to check it. Read once, applied to any number of runners and
 * guards; immutable and safe to share.
 *
 * <pre>{@code
 * DriftConfig config = DriftConfig.load(Path.of("drift.yaml"));   // DriftException naming file, line and column
 * CheckReport report = Drift.guard(dataSource)
 *         .config(config)                                       // checks, options, suppressions, fail-on
 *         .build()
 *         .run();
 * }</pre>
 * or, for a runner: {@code config.applyTo(CheckRunner.builder().discover(classLoader)).build().run(dataSource)}.
 *
 * <p>Every mistake in the file is one {@link DriftException} with {@link DriftException.Reason#INVALID_CONFIG} whose
 * message names the file, the line and the column, what is wrong and how to fix it: an unknown key (with the closest
 * known one), a value of the wrong type, an unknown check id or finding code, a malformed object path or glob, a
 * baseline file that does not exist, a malformed date. Check ids and codes are checked against the checks Drift and the
 * {@link CheckProvider}s on the class path provide; a check added in code must be named to the {@link #loader()} to be
 * configured in the file.
 *
 * <p>A configuration can also be built in code ({@link #builder()}), or derived from a loaded one
 * ({@link #toBuilder()}), as the command line does with its {@code --baseline}, {@code --require} and
 * {@code --min-rows} options.
 *
 * @since 0.1.0
 */
public final class DriftConfig {

    static final String REQUIRED_OBJECTS = RequiredObjectsCheck.ID;
    static final String SCHEMA_DRIFT = SchemaDriftCheck.ID;
    static final String ROW_COUNTS = "row-counts";

    private final String source;
    private final ConnectionSettings database;
    private final ConnectionSettings reference;
    private final List<String> schemas;
    private final Path baseline;
    private final Map<String, Map<String, Object>> options;
    private final Map<String, Map<String, String>> origins;
    private final Set<String> enabled;
    private final Set<String> disabled;
    private final List<Suppression> suppressions;
    private final Map<String, Severity> severities;
    private final Severity failOn;
    private final Duration timeout;
    private final Duration checkTimeout;

    private DriftConfig(Builder b) {
        this.source = b.source;
        this.database = b.database;
        this.reference = b.reference;
        this.schemas = List.copyOf(b.schemas);
        this.baseline = b.baseline;
        Map<String, Map<String, Object>> opts = new LinkedHashMap<>();
        b.options.forEach((id, values) -> opts.put(id, Collections.unmodifiableMap(new LinkedHashMap<>(values))));
        this.options = Collections.unmodifiableMap(opts);
        Map<String, Map<String, String>> where = new LinkedHashMap<>();
        b.origins.forEach((id, values) -> where.put(id, Map.copyOf(values)));
        this.origins = Collections.unmodifiableMap(where);
        this.enabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.enabled));
        this.disabled = Collections.unmodifiableSet(new LinkedHashSet<>(b.disabled));
        this.suppressions = List.copyOf(b.suppressions);
        this.severities = Collections.unmodifiableMap(new LinkedHashMap<>(b.severities));
        this.failOn = b.failOn;
        this.timeout = b.timeout;
        this.checkTimeout = b.checkTimeout;
    }

    // ---------------------------------------------------------------------------------------------------- loading

    /**
     * @param file a {@code drift.yaml}; a relative {@code baseline} in it is read from the file's directory
     * @return the configuration
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} naming the file, line and column of a
     *                        mistake, or {@link DriftException.Reason#IO} when the file cannot be read
     */
    public static DriftConfig load(Path file) {
        return loader().load(file);
    }

    /**
     * @param yaml       the text of a {@code drift.yaml}; a relative {@code baseline} is read from the working
     *                   directory
     * @param sourceName how messages name it ({@code drift.yaml})
     * @return the configuration
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} naming the line and column of a mistake
     */
    public static DriftConfig load(String yaml, String sourceName) {
        return loader().load(yaml, sourceName);
    }

    /**
     * @param in         a {@code drift.yaml} in UTF-8; not closed
     * @param sourceName how messages name it
     * @return the configuration
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} naming the line and column of a mistake
     */
    public static DriftConfig load(InputStream in, String sourceName) {
        return loader().load(in, sourceName);
    }

    /** @return a loader that knows the checks on Drift's class loader; tell it of checks added in code */
    public static Loader loader() {
        return new Loader();
    }

    /** @return a configuration that says nothing: every check with its defaults */
    public static DriftConfig empty() {
        return builder().build();
    }

    /** @return a builder of a configuration in code, named {@code (code)} in messages */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding this configuration */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.source = source;
        b.database = database;
        b.reference = reference;
        b.schemas.addAll(schemas);
        b.baseline = baseline;
        options.forEach((id, values) -> b.options.put(id, deepCopy(values)));
        origins.forEach((id, values) -> b.origins.put(id, new LinkedHashMap<>(values)));
        b.enabled.addAll(enabled);
        b.disabled.addAll(disabled);
        b.suppressions.addAll(suppressions);
        b.severities.putAll(severities);
        b.failOn = failOn;
        b.timeout = timeout;
        b.checkTimeout = checkTimeout;
        return b;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> deepCopy(Map<String, ?> values) {
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(k, v instanceof Map ? deepCopy((Map<String, Object>) v)
                : v instanceof List ? new ArrayList<>((List<Object>) v) : v));
        return copy;
    }

    /** Reads {@code drift.yaml} files, knowing which checks (and so which ids, options and codes) exist. */
    public static final class Loader {
        private final List<Check> extra = new ArrayList<>();
        private ClassLoader classLoader = Drift.class.getClassLoader();

        private Loader() {
        }

        /**
         * @param checks checks added in code (to a runner or guard) that the file may configure
         * @return this
         */
        public Loader checks(Check... checks) {
            extra.addAll(List.of(checks));
            return this;
        }

        /**
         * @param value where to find {@link CheckProvider}s (default: Drift's own class loader)
         * @return this
         */
        public Loader classLoader(ClassLoader value) {
            this.classLoader = requireNonNull(value, "classLoader");
            return this;
        }

        /**
         * @param file a {@code drift.yaml}
         * @return the configuration
         * @see DriftConfig#load(Path)
         */
        public DriftConfig load(Path file) {
            requireNonNull(file, "file");
            String name = file.toString();
            if (Files.isDirectory(file)) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Cannot read the configuration " + name
                        + ": it is a directory. Name the drift.yaml file.");
            }
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                Path dir = file.toAbsolutePath().getParent();
                return read(in, name, dir);
            } catch (NoSuchFileException e) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "The configuration " + name
                        + " does not exist. Check the path, or write one (docs/checks.md has an example).", e);
            } catch (IOException | UncheckedIOException e) {
                throw new DriftException(DriftException.Reason.IO, "Cannot read the configuration " + name + " ("
                        + e.getMessage() + "). Check the file and its permissions.", e);
            }
        }

        /**
         * @param yaml       the text
         * @param sourceName how messages name it
         * @return the configuration
         * @see DriftConfig#load(String, String)
         */
        public DriftConfig load(String yaml, String sourceName) {
            try {
                return read(new StringReader(requireNonNull(yaml, "yaml")), sourceName, Path.of("").toAbsolutePath());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * @param in         the text in UTF-8; not closed
         * @param sourceName how messages name it
         * @return the configuration
         * @see DriftConfig#load(InputStream, String)
         */
        public DriftConfig load(InputStream in, String sourceName) {
            try {
                return read(new InputStreamReader(requireNonNull(in, "in"), StandardCharsets.UTF_8), sourceName,
                        Path.of("").toAbsolutePath());
            } catch (IOException e) {
                throw new DriftException(DriftException.Reason.IO, "Cannot read the configuration " + sourceName
                        + " (" + e.getMessage() + ").", e);
            }
        }

        private DriftConfig read(Reader in, String sourceName, Path baseDirectory) throws IOException {
            return new ConfigReader(sourceName, baseDirectory, knownChecks()).read(in);
        }

        private Map<String, Check> knownChecks() {
            Map<String, Check> known = new LinkedHashMap<>();
            for (Check check : CheckRunner.builtInChecks()) {
                known.put(check.id(), check);
            }
            Iterator<CheckProvider> it = ServiceLoader.load(CheckProvider.class, classLoader).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    for (Check check : it.next().checks()) {
                        known.putIfAbsent(check.id(), check);
                    }
                } catch (ServiceConfigurationError e) {
                    // The runner logs it when it discovers; here the check is simply unknown.
                }
            }
            for (Check check : extra) {
                known.put(check.id(), check);
            }
            return known;
        }
    }

    // --------------------------------------------------------------------------------------------------- accessors

    /** @return what the configuration was read from ({@code drift.yaml}), or {@code (code)} */
    public String source() {
        return source;
    }

    /** @return the database to check, for the command line; never with a password */
    public Optional<ConnectionSettings> database() {
        return Optional.ofNullable(database);
    }

    /** @return the reference database {@code schema-drift} compares with, instead of a baseline file */
    public Optional<ConnectionSettings> reference() {
        return Optional.ofNullable(reference);
    }

    /** @return the schemas to capture and compare; empty for every schema that is not a system schema */
    public List<String> schemas() {
        return schemas;
    }

    /** @return the baseline snapshot file, as an absolute path */
    public Optional<Path> baseline() {
        return Optional.ofNullable(baseline);
    }

    /** @return the lowest severity that fails a run, if the configuration says */
    public Optional<Severity> failOn() {
        return Optional.ofNullable(failOn);
    }

    /** @return how long a whole run may take, if the configuration says */
    public Optional<Duration> timeout() {
        return Optional.ofNullable(timeout);
    }

    /** @return how long one check may take, if the configuration says */
    public Optional<Duration> checkTimeout() {
        return Optional.ofNullable(checkTimeout);
    }

    /** @return the suppressions, in order */
    public List<Suppression> suppressions() {
        return suppressions;
    }

    /** @return severity overrides by finding code */
    public Map<String, Severity> severities() {
        return severities;
    }

    /** @return the checks turned on although off by default (or configured, which turns them on) */
    public Set<String> enabledChecks() {
        return enabled;
    }

    /** @return the checks turned off */
    public Set<String> disabledChecks() {
        return disabled;
    }

    /**
     * @return each configured check's options, as its {@link io.drift.core.check.Check#run} receives them: what
     *         {@code checks.<id>} says, and what the sections {@code require}, {@code row-counts} and
     *         {@code schemas} say for {@code required-objects}, {@code row-counts} and {@code schema-drift}
     */
    public Map<String, CheckOptions> checkOptions() {
        Map<String, Map<String, Object>> effective = new LinkedHashMap<>(options);
        if (!schemas.isEmpty()) {
            // The diff and the required objects look at the schemas the capture reads, unless told otherwise.
            for (String id : List.of(REQUIRED_OBJECTS, SCHEMA_DRIFT)) {
                boolean applies = effective.containsKey(id)
                        || (id.equals(SCHEMA_DRIFT) && (baseline != null || reference != null));
                if (applies && !effective.getOrDefault(id, Map.of()).containsKey("schemas")) {
                    Map<String, Object> values = new LinkedHashMap<>(effective.getOrDefault(id, Map.of()));
                    values.put("schemas", schemas);
                    effective.put(id, values);
                }
            }
        }
        Map<String, CheckOptions> out = new LinkedHashMap<>();
        effective.forEach((id, values) -> out.put(id, CheckOptions.of(id, values)
                .withOrigins(origins.getOrDefault(id, Map.of()))));
        return Collections.unmodifiableMap(out);
    }

    /** @return the row-count rules, as {@code row-counts} in the file or {@link Builder#rowCount} gave them */
    public List<RowCountRule> rowCounts() {
        Map<String, Object> rc = options.get(ROW_COUNTS);
        if (rc == null || !(rc.get("tables") instanceof Map)) {
            return List.of();
        }
        List<RowCountRule> rules = new ArrayList<>();
        CheckOptions.of(ROW_COUNTS, rc).sections("tables").forEach((table, rule) -> {
            long min = rule.integer("min", -1, 0, Long.MAX_VALUE);
            long max = rule.integer("max", -1, 0, Long.MAX_VALUE);
            rules.add(new RowCountRule(RowCountRule.parse(table), min < 0 ? null : min, max < 0 ? null : max,
                    rule.bool("estimate", false)));
        });
        return List.copyOf(rules);
    }

    // ---------------------------------------------------------------------------------------------------- applying

    /**
     * Applies the configuration to a runner: the options of each check, which checks are on and off, suppressions,
     * severity overrides, timeouts, the schemas to capture, and the expected schema of {@code schema-drift} (the
     * baseline, read once per runner and shared with {@code required-objects}). {@code fail-on} is not the runner's:
     * give {@link #failOn()} to {@link io.drift.core.check.CheckReport#passed} or to the guard.
     *
     * @param runner a runner's builder, usually with {@link CheckRunner.Builder#discover(ClassLoader)}
     * @return {@code runner}
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} when the configuration names a reference
     *                        database: give its data source with {@link #applyTo(CheckRunner.Builder, Function)}
     */
    public CheckRunner.Builder applyTo(CheckRunner.Builder runner) {
        return applyTo(runner, settings -> {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, source + " names a reference database ("
                    + settings.url() + "). From code, give its data source: config.applyTo(runner, reference ->"
                    + " dataSource), or Drift.guard(…).config(config, reference -> dataSource).");
        });
    }

    /**
     * @param runner    a runner's builder
     * @param connector gives the data source of the reference database, when the configuration names one
     * @return {@code runner}
     * @see #applyTo(CheckRunner.Builder)
     */
    public CheckRunner.Builder applyTo(CheckRunner.Builder runner, Function<ConnectionSettings, DataSource> connector) {
        requireNonNull(runner, "runner");
        requireNonNull(connector, "connector");
        CaptureOptions capture = schemas.isEmpty() ? null : CaptureOptions.builder().schemas(schemas).build();
        if (capture != null) {
            runner.captureOptions(capture);
        }
        ExpectedSchemaSource expected = null;
        if (baseline != null) {
            expected = Baselines.once(SnapshotFiles.source(baseline));
        } else if (reference != null) {
            DataSource referenceSource = requireNonNull(connector.apply(reference), "reference data source");
            CaptureOptions referenceCapture = capture != null ? capture : CaptureOptions.defaults();
            String description = "the reference database " + reference.url();
            expected = Baselines.once(new ExpectedSchemaSource() {
                @Override
                public String description() {
                    return description;
                }

                @Override
                public Snapshot load() {
                    return Drift.capture(referenceSource, referenceCapture);
                }
            });
        }
        if (expected != null) {
            runner.checks(new SchemaDriftCheck(expected));
        }
        if (options.containsKey(REQUIRED_OBJECTS)) {
            runner.checks(new RequiredObjectsCheck(List.of(), expected));
        }
        for (CheckOptions o : checkOptions().values()) {
            runner.options(o);
        }
        enabled.forEach(runner::enable);
        disabled.forEach(runner::disable);
        runner.suppressions(suppressions);
        severities.forEach(runner::severity);
        if (timeout != null) {
            runner.timeout(timeout);
        }
        if (checkTimeout != null) {
            runner.checkTimeout(checkTimeout);
        }
        return runner;
    }

    @Override
    public String toString() {
        return "DriftConfig[" + source + "]";
    }

    // ----------------------------------------------------------------------------------------------------- builder

    /** Builds a {@link DriftConfig} in code; {@link #build()} checks it. Not thread-safe. */
    public static final class Builder {
        String source = "(code)";
        ConnectionSettings database;
        ConnectionSettings reference;
        final List<String> schemas = new ArrayList<>();
        Path baseline;
        final Map<String, Map<String, Object>> options = new LinkedHashMap<>();
        final Map<String, Map<String, String>> origins = new LinkedHashMap<>();
        final Set<String> enabled = new LinkedHashSet<>();
        final Set<String> disabled = new LinkedHashSet<>();
        final List<Suppression> suppressions = new ArrayList<>();
        final Map<String, Severity> severities = new LinkedHashMap<>();
        Severity failOn;
        Duration timeout;
        Duration checkTimeout;

        private Builder() {
        }

        /**
         * @param value how messages name this configuration
         * @return this
         */
        public Builder source(String value) {
            this.source = requireNonNull(value, "source");
            return this;
        }

        /**
         * @param value the database to check (for the command line)
         * @return this
         */
        public Builder database(ConnectionSettings value) {
            this.database = value;
            return this;
        }

        /**
         * @param value the reference database {@code schema-drift} compares with; replaces the baseline
         * @return this
         */
        public Builder reference(ConnectionSettings value) {
            this.reference = value;
            if (value != null) {
                this.baseline = null;
            }
            return this;
        }

        /**
         * @param names the schemas to capture and compare; replaces those set before
         * @return this
         */
        public Builder schemas(List<String> names) {
            for (String name : names) {
                if (name == null || name.isBlank()) {
                    throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A schema name must not be"
                            + " empty.");
                }
            }
            schemas.clear();
            schemas.addAll(names);
            return this;
        }

        /**
         * @param names the schemas to capture and compare
         * @return this
         */
        public Builder schemas(String... names) {
            return schemas(List.of(names));
        }

        /**
         * @param file the baseline snapshot {@code schema-drift} compares with; replaces a reference database
         * @return this
         */
        public Builder baseline(Path file) {
            this.baseline = file == null ? null : file.toAbsolutePath().normalize();
            if (file != null) {
                this.reference = null;
            }
            return this;
        }

        /**
         * @param paths objects the application needs, each kind inferred from its path: {@code public.users} a table
         *              or view, {@code public.users.email} a column, {@code public.users/users_pkey} an index or
         *              constraint
         * @return this
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a path that cannot name one
         */
        public Builder require(String... paths) {
            for (String path : paths) {
                RequiredObjectsCheck.parse(RequiredObjectsCheck.Kind.ANY, path);
                addToList(REQUIRED_OBJECTS, "objects", path);
            }
            return this;
        }

        /**
         * @param value whether every table of the baseline is required
         * @return this
         */
        public Builder requireBaselineTables(boolean value) {
            options.computeIfAbsent(REQUIRED_OBJECTS, k -> new LinkedHashMap<>()).put("baseline-tables", value);
            return this;
        }

        @SuppressWarnings("unchecked")
        void addToList(String checkId, String option, String value) {
            Map<String, Object> o = options.computeIfAbsent(checkId, k -> new LinkedHashMap<>());
            Object list = o.get(option);
            List<Object> values = list instanceof List ? new ArrayList<>((List<Object>) list) : new ArrayList<>();
            if (list != null && !(list instanceof List)) {
                values.add(list);
            }
            values.add(value);
            o.put(option, values);
        }

        /**
         * @param rule a row-count rule for the {@code row-counts} check; replaces an earlier one for the same table
         * @return this
         */
        @SuppressWarnings("unchecked")
        public Builder rowCount(RowCountRule rule) {
            requireNonNull(rule, "rule");
            Map<String, Object> o = options.computeIfAbsent(ROW_COUNTS, k -> new LinkedHashMap<>());
            Map<String, Object> tables = o.get("tables") instanceof Map
                    ? new LinkedHashMap<>((Map<String, Object>) o.get("tables")) : new LinkedHashMap<>();
            Map<String, Object> r = new LinkedHashMap<>();
            if (rule.min() != null) {
                r.put("min", rule.min());
            }
            if (rule.max() != null) {
                r.put("max", rule.max());
            }
            r.put("estimate", rule.estimate());
            tables.put(rule.table().toString(), r);
            o.put("tables", tables);
            return this;
        }

        /**
         * @param value options of one check, merged over those set before (an option given again replaces the
         *              earlier value)
         * @return this
         */
        public Builder options(CheckOptions value) {
            options.computeIfAbsent(value.checkId(), k -> new LinkedHashMap<>()).putAll(deepCopy(value.asMap()));
            return this;
        }

        /**
         * @param checkId a check to run although it is off by default
         * @return this
         */
        public Builder enable(String checkId) {
            enabled.add(requireNonNull(checkId, "checkId"));
            disabled.remove(checkId);
            return this;
        }

        /**
         * @param checkId a check not to run
         * @return this
         */
        public Builder disable(String checkId) {
            disabled.add(requireNonNull(checkId, "checkId"));
            enabled.remove(checkId);
            return this;
        }

        /**
         * @param values suppressions, tried after those set before
         * @return this
         */
        public Builder suppress(Suppression... values) {
            for (Suppression s : values) {
                suppressions.add(requireNonNull(s, "suppression"));
            }
            return this;
        }

        /**
         * @param code     a finding code
         * @param severity the severity its findings get
         * @return this
         */
        public Builder severity(String code, Severity severity) {
            severities.put(requireNonNull(code, "code"), requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * @param value the lowest severity that fails a run
         * @return this
         */
        public Builder failOn(Severity value) {
            this.failOn = value;
            return this;
        }

        /**
         * @param value how long a whole run may take
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = value;
            return this;
        }

        /**
         * @param value how long one check may take
         * @return this
         */
        public Builder checkTimeout(Duration value) {
            this.checkTimeout = value;
            return this;
        }

        /**
         * @return the configuration
         * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} when the baseline file does not
         *                        exist, or every table of the baseline is required and there is no baseline
         */
        public DriftConfig build() {
            if (baseline != null && !Files.isRegularFile(baseline)) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "The baseline " + baseline
                        + (Files.isDirectory(baseline) ? " is a directory" : " does not exist")
                        + ". Name a snapshot file written by 'drift snapshot --output FILE'.");
            }
            Map<String, Object> required = options.get(REQUIRED_OBJECTS);
            if (required != null && Boolean.TRUE.equals(required.get("baseline-tables")) && baseline == null
                    && !required.containsKey("baseline")) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Every table of the baseline is"
                        + " required (baseline-tables), but there is no baseline. Name one.");
            }
            return new DriftConfig(this);
        }
    }
}
