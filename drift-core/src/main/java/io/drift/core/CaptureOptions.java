package io.drift.core;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.ArrayList;
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
public record CaptureOptions(List<String> schemas, List<String> excludeSchemas, Duration statementTimeout,
                             Duration lockTimeout, int maxConnections) {

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

    /** @return every non-system schema, default timeouts */
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
        b.statementTimeout = statementTimeout;
        b.lockTimeout = lockTimeout;
        b.maxConnections = maxConnections;
        return b;
    }

    /** Builds {@link CaptureOptions}. */
    public static final class Builder {
        private final List<String> schemas = new ArrayList<>();
        private final List<String> excludeSchemas = new ArrayList<>();
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
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank schema name or a
         *                        timeout that is not positive
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
            if (statementTimeout.isZero() || statementTimeout.isNegative()) {
                throw invalid("statementTimeout must be positive, not " + statementTimeout
                        + ". The default is " + DEFAULT_STATEMENT_TIMEOUT + ".");
            }
            if (lockTimeout.isZero() || lockTimeout.isNegative()) {
                throw invalid("lockTimeout must be positive, not " + lockTimeout
                        + ". The default is " + DEFAULT_LOCK_TIMEOUT + ".");
            }
            return new CaptureOptions(schemas, excludeSchemas, statementTimeout, lockTimeout, maxConnections);
        }
    }
}
