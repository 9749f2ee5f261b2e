package io.drift.core;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.DiffOptions;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectPath;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * What a snapshot provider captures, and how carefully.
 *
 * <pre>{@code
 * CaptureOptions options = CaptureOptions.builder()
 *         .schemas("public", "billing")
 *         .statementTimeout(Duration.ofSeconds(30))
 *         .build();
 * }</pre>
 *
 * @param schemas          the schemas to capture; empty (the default) means every schema that is not a system schema
 * @param excludeSchemas   schemas to leave out
 * @param excludeTables    tables to leave out, by their path ({@code public.tmp_*}, {@code **.flyway_schema_history}),
 *                         with everything that is theirs: columns, constraints, indexes, triggers, policies, rules,
 *                         grants, and the sequences they own. By default {@link #DEFAULT_EXCLUDED_TABLES}, the
 *                         bookkeeping tables of migration tools, which the diff ignores by default too
 *                         ({@link io.drift.core.diff.DiffOptions#DEFAULT_IGNORED_TABLES}): a baseline committed next to
 *                         the migrations holds the application's schema, not the tool's. A partition is a table of its
 *                         own: excluding a partitioned table leaves its partitions unless a glob matches them too.
 * @param statementTimeout how long one catalog query may run before it is cancelled (default 60 s); the server
 *                         cancels it, so a provider also stops waiting for a server that sends nothing for longer
 *                         (the PostgreSQL provider: 5 s longer), which a frozen host or a partition would otherwise
 *                         make a capture that never ends
 * @param lockTimeout      how long the capture may wait for a lock before giving up (default 5 s)
 * @param maxConnections   how many connections a capture may hold at once when it can open more than the one it is
 *                         given (from a {@code DataSource}), to read parts of the catalog in parallel within one
 *                         consistent view (default {@value #DEFAULT_MAX_CONNECTIONS}; {@code 1} reads everything on one
 *                         connection). A provider that cannot open the extra connections (a connection limit, a
 *                         pool that is exhausted) reads on one, with the same result.
 * @since 0.1.0
 */
public record CaptureOptions(List<String> schemas, List<String> excludeSchemas, ObjectGlob excludeTables,
                             Duration statementTimeout, Duration lockTimeout, int maxConnections) {

    /**
     * The tables left out unless {@link Builder#clearExcludedTables()} says otherwise: those of Flyway and Liquibase
     * ({@code flyway_schema_history}, {@code databasechangelog}, {@code databasechangeloglock}) in every schema, as
     * {@link io.drift.core.diff.DiffOptions#DEFAULT_IGNORED_TABLES}.
     *
     * @since 0.1.0
     */
    public static final List<String> DEFAULT_EXCLUDED_TABLES = DiffOptions.DEFAULT_IGNORED_TABLES;

    /** Default {@link #statementTimeout()}. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(60);
    /** Default {@link #lockTimeout()}. */
    public static final Duration DEFAULT_LOCK_TIMEOUT = Duration.ofSeconds(5);
    /** Default {@link #maxConnections()}: two, as measured best on two cores (see docs/benchmarks.md). */
    public static final int DEFAULT_MAX_CONNECTIONS = 2;

    private static final CaptureOptions DEFAULTS = builder().build();

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for {@code maxConnections} below 1
     */
    public CaptureOptions {
        schemas = List.copyOf(schemas);
        excludeSchemas = List.copyOf(excludeSchemas);
        requireNonNull(excludeTables, "excludeTables");
        requireNonNull(statementTimeout, "statementTimeout");
        requireNonNull(lockTimeout, "lockTimeout");
        requireMaxConnections(maxConnections);
    }

    private static void requireMaxConnections(int value) {
        if (value < 1) {
            throw invalid("maxConnections must be at least 1, not " + value + ". Give 1 to read on one connection.");
        }
    }

    private static DriftException invalid(String message) {
        return new DriftException(DriftException.Reason.INVALID_ARGUMENT, message);
    }

    /**
     * @param table a table's path, {@code schema.table}
     * @return whether the capture leaves it out
     * @since 0.1.0
     */
    public boolean excludesTable(ObjectPath table) {
        return excludeTables.matches(requireNonNull(table, "table"));
    }

    /** @return every non-system schema but the migration tools' tables, default timeouts */
    public static CaptureOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.schemas.addAll(schemas);
        b.excludeSchemas.addAll(excludeSchemas);
        b.excludeTables.clear();
        b.excludeTables.addAll(excludeTables.globs());
        b.statementTimeout = statementTimeout;
        b.lockTimeout = lockTimeout;
        b.maxConnections = maxConnections;
        return b;
    }

    /** Builds {@link CaptureOptions}. */
    public static final class Builder {
        private final List<String> schemas = new ArrayList<>();
        private final List<String> excludeSchemas = new ArrayList<>();
        private final List<String> excludeTables = new ArrayList<>(DEFAULT_EXCLUDED_TABLES);
        private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;
        private Duration lockTimeout = DEFAULT_LOCK_TIMEOUT;
        private int maxConnections = DEFAULT_MAX_CONNECTIONS;

        private Builder() {
        }

        /** Adds schemas to capture (none added means all). */
        public Builder schemas(String... names) {
            schemas.addAll(List.of(names));
            return this;
        }

        /** Adds schemas to capture (none added means all). */
        public Builder schemas(List<String> names) {
            schemas.addAll(names);
            return this;
        }

        /** Adds schemas to leave out. */
        public Builder excludeSchemas(String... names) {
            excludeSchemas.addAll(List.of(names));
            return this;
        }

        /**
         * Adds tables to leave out, to those already excluded ({@link #DEFAULT_EXCLUDED_TABLES} to begin with).
         *
         * @param globs {@link ObjectGlob globs} over a table's path, {@code schema.table}: {@code public.tmp_*},
         *              {@code **.audit_log}
         * @return this builder
         * @since 0.1.0
         */
        public Builder excludeTables(String... globs) {
            return excludeTables(List.of(globs));
        }

        /**
         * @param globs as for {@link #excludeTables(String...)}
         * @return this builder
         * @since 0.1.0
         */
        public Builder excludeTables(Collection<String> globs) {
            excludeTables.addAll(globs);
            return this;
        }

        /**
         * Leaves no table out, not even {@link #DEFAULT_EXCLUDED_TABLES}; tables added afterwards are.
         *
         * @return this builder
         * @since 0.1.0
         */
        public Builder clearExcludedTables() {
            excludeTables.clear();
            return this;
        }

        public Builder statementTimeout(Duration value) {
            this.statementTimeout = requireNonNull(value, "statementTimeout");
            return this;
        }

        public Builder lockTimeout(Duration value) {
            this.lockTimeout = requireNonNull(value, "lockTimeout");
            return this;
        }

        /**
         * @param value how many connections the capture may hold at once; {@code 1} for one connection only
         * @return this builder
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a value below 1
         */
        public Builder maxConnections(int value) {
            requireMaxConnections(value);
            this.maxConnections = value;
            return this;
        }

        /**
         * @return the options
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank schema name, a
         *                        timeout that is not positive, or a table glob that is blank or that no table's path
         *                        can match (one without a {@code .}: write {@code **.flyway_schema_history} or
         *                        {@code public.flyway_schema_history})
         */
        public CaptureOptions build() {
            for (List<String> names : List.of(schemas, excludeSchemas)) {
                for (String schema : names) {
                    if (schema == null || schema.isBlank()) {
                        throw invalid("A schema name must not be blank (schemas " + schemas + ", excluded "
                                + excludeSchemas + "). Name each schema, or name none to capture every schema.");
                    }
                }
            }
            for (String glob : excludeTables) {
                ObjectGlob.requireValid(glob);
                if (!glob.contains(".") && !glob.contains("**")) {
                    throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The table glob '" + glob
                            + "' matches no table: a table's path is schema.table. Write '**." + glob
                            + "' for that name in every schema, or name the schema ('public." + glob + "').");
                }
            }
            if (statementTimeout.isZero() || statementTimeout.isNegative()) {
                throw invalid("statementTimeout must be positive, not " + statementTimeout
                        + ". The default is " + DEFAULT_STATEMENT_TIMEOUT + ".");
            }
            if (lockTimeout.isZero() || lockTimeout.isNegative()) {
                throw invalid("lockTimeout must be positive, not " + lockTimeout
                        + ". The default is " + DEFAULT_LOCK_TIMEOUT + ".");
            }
            return new CaptureOptions(schemas, excludeSchemas, ObjectGlob.of(new LinkedHashSet<>(excludeTables)),
                    statementTimeout, lockTimeout, maxConnections);
        }
    }
}
