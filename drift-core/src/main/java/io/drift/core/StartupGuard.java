package io.drift.core;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.Check;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.ChecksFailedException;
import io.drift.core.config.ConnectionSettings;
import io.drift.core.config.DriftConfig;
import io.drift.core.diff.Severity;
import io.drift.core.report.RenderContext;
import io.drift.core.report.TextRenderer;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The checks an application runs when it starts, and what it does when they fail: refuse to start, warn and go on, or
 * just hand back the report.
 *
 * <pre>{@code
 * CheckReport report = Drift.guard(dataSource)
 *         .config(DriftConfig.load(Path.of("drift.yaml")))   // what the database must be, and fail-on
 *         .checks(checks)                            // besides those found on the class path
 *         .runner(r -> r.quick(true))                // anything a CheckRunner.Builder takes
 *         .failOn(Severity.ERROR)                    // warnings pass
 *         .timeout(Duration.ofSeconds(20))           // for the whole run
 *         .onFailure(StartupGuard.OnFailure.THROW)   // ChecksFailedException, whose message is the report
 *         .build()
 *         .run();
 * }</pre>
 *
 * <p>It never calls {@code System.exit} and never configures logging: in {@link OnFailure#WARN} mode it logs the report
 * through SLF4J at WARN (and a passing run at INFO, one line). The {@link CheckReport} it returns is a plain value, to
 * map to a Spring Boot health indicator, a Micrometer gauge or a readiness probe.
 *
 * @since 0.1.0
 */
public final class StartupGuard {

    /** Default {@link Builder#timeout(Duration)}. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(StartupGuard.class);

    /** What the guard does when the checks fail. */
    public enum OnFailure {
        /** Throw a {@link ChecksFailedException} whose message is the readable report: the application does not start. */
        THROW,
        /** Log the report at WARN through SLF4J and return it: the application starts. */
        WARN,
        /** Return the report and do nothing else: the application decides. */
        REPORT
    }

    private final DataSource dataSource;
    private final CheckRunner runner;
    private final Severity failOn;
    private final OnFailure onFailure;
    private final String description;
    private final String checksSource;

    private StartupGuard(Builder b, CheckRunner runner) {
        this.dataSource = b.dataSource;
        this.runner = runner;
        this.failOn = b.failOn;
        this.onFailure = b.onFailure;
        this.description = b.description;
        this.checksSource = b.checksSource;
    }

    /**
     * @param dataSource the application's database
     * @return a builder with the defaults: the checks found on Drift's class loader, failing on errors, throwing,
     *         {@link #DEFAULT_TIMEOUT}
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /** @return the runner this guard runs */
    public CheckRunner runner() {
        return runner;
    }

    /**
     * Runs the checks, then acts as {@link Builder#onFailure(OnFailure)} says when they fail at {@link Builder#failOn}.
     *
     * @return the report
     * @throws ChecksFailedException in {@link OnFailure#THROW} mode when a check fails or cannot run
     */
    public CheckReport run() {
        CheckReport report = runner.run(dataSource);
        if (report.passed(failOn)) {
            log.info("Drift startup checks passed: {} checks in {} ms", report.results().size(),
                    report.duration().toMillis());
            return report;
        }
        String text = new TextRenderer().renderToString(report, RenderContext.of(checksSource, description));
        switch (onFailure) {
            case THROW:
                throw new ChecksFailedException("Drift startup checks did not pass (failing on " + failOn
                        + "):\n" + text, report);
            case WARN:
                log.warn("Drift startup checks did not pass (failing on {}):\n{}", failOn, text);
                return report;
            default:
                return report;
        }
    }

    /**
     * @return the report, whatever the mode
     * @throws ChecksFailedException when a check fails or cannot run, whatever the mode
     */
    public CheckReport requirePassing() {
        CheckReport report = runner.run(dataSource);
        if (!report.passed(failOn)) {
            String text = new TextRenderer().renderToString(report, RenderContext.of(checksSource, description));
            throw new ChecksFailedException("Drift startup checks did not pass (failing on " + failOn + "):\n"
                    + text, report);
        }
        return report;
    }

    /** Builds a {@link StartupGuard}. Not thread-safe. */
    public static final class Builder {
        private final DataSource dataSource;
        private final List<Check> checks = new ArrayList<>();
        private final List<Consumer<CheckRunner.Builder>> customizers = new ArrayList<>();
        private boolean discover = true;
        private Severity failOn = Severity.ERROR;
        private OnFailure onFailure = OnFailure.THROW;
        private Duration timeout = DEFAULT_TIMEOUT;
        private String description = "the application's database";
        private String checksSource = "startup checks";

        private Builder(DataSource dataSource) {
            this.dataSource = requireNonNull(dataSource, "dataSource");
        }

        /**
         * @param values checks from code, besides those found on the class path
         * @return this
         */
        public Builder checks(Check... values) {
            checks.addAll(List.of(values));
            return this;
        }

        /**
         * @param values checks from code, besides those found on the class path
         * @return this
         */
        public Builder checks(List<? extends Check> values) {
            checks.addAll(values);
            return this;
        }

        /**
         * @param value whether to add the checks of the {@link io.drift.core.spi.CheckProvider}s on Drift's class
         *              loader (default {@code true})
         * @return this
         */
        public Builder discover(boolean value) {
            this.discover = value;
            return this;
        }

        /**
         * @param customizer sets anything else on the runner: options, selection, suppressions, the quick profile,
         *                   each check's timeout, the capture options
         * @return this
         */
        public Builder runner(Consumer<CheckRunner.Builder> customizer) {
            customizers.add(requireNonNull(customizer, "customizer"));
            return this;
        }

        /**
         * Applies a configuration ({@code drift.yaml}): its checks, options, suppressions and severity overrides go to
         * the runner ({@link DriftConfig#applyTo(CheckRunner.Builder)}); its {@code fail-on} and {@code timeout}, when
         * it has them, become this guard's, until {@link #failOn} or {@link #timeout} say otherwise.
         *
         * @param config the configuration
         * @return this
         * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} when it names a reference database:
         *                        use {@link #config(DriftConfig, Function)}
         * @since 0.1.0
         */
        public Builder config(DriftConfig config) {
            requireNonNull(config, "config");
            config.reference().ifPresent(r -> config.applyTo(CheckRunner.builder()));   // throws, saying what to do
            return config(config, reference -> {
                throw new IllegalStateException("unreachable");
            });
        }

        /**
         * @param config    the configuration
         * @param connector gives the data source of the reference database the configuration names, if it does
         * @return this
         * @see #config(DriftConfig)
         * @since 0.1.0
         */
        public Builder config(DriftConfig config, Function<ConnectionSettings, DataSource> connector) {
            requireNonNull(config, "config");
            requireNonNull(connector, "connector");
            config.failOn().ifPresent(this::failOn);
            config.timeout().ifPresent(this::timeout);
            this.checksSource = config.source().equals("(code)") ? checksSource : config.source();
            customizers.add(runner -> config.applyTo(runner, connector));
            return this;
        }

        /**
         * @param value the lowest severity that fails (default {@link Severity#ERROR}: warnings pass)
         * @return this
         */
        public Builder failOn(Severity value) {
            this.failOn = requireNonNull(value, "failOn");
            return this;
        }

        /**
         * @param value what to do when the checks fail (default {@link OnFailure#THROW})
         * @return this
         */
        public Builder onFailure(OnFailure value) {
            this.onFailure = requireNonNull(value, "onFailure");
            return this;
        }

        /**
         * @param value how long the whole run may take (default {@link #DEFAULT_TIMEOUT}); checks not started by then
         *              count as not run
         * @return this
         */
        public Builder timeout(Duration value) {
            requireNonNull(value, "timeout");
            if (value.isZero() || value.isNegative()) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT,
                        "The guard's timeout must be positive, not " + value + ".");
            }
            this.timeout = value;
            return this;
        }

        /**
         * @param value how the report names the database (never with a password)
         * @return this
         */
        public Builder description(String value) {
            this.description = requireNonNull(value, "description");
            return this;
        }

        /**
         * @return the guard
         * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} for an unknown check id, option or
         *                        code (see {@link CheckRunner.Builder#build()})
         */
        public StartupGuard build() {
            CheckRunner.Builder runner = CheckRunner.builder().timeout(timeout).checkTimeout(timeout);
            if (discover) {
                runner.discover(Drift.class.getClassLoader());
            }
            customizers.forEach(c -> c.accept(runner));
            runner.checks(checks);              // checks from code win over the configuration's
            runner.timeout(timeout);            // the last timeout given, the configuration's or the guard's
            return new StartupGuard(this, runner.build());
        }
    }
}
