package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.CaptureOptions;
import io.drift.core.DriftException;
import io.drift.core.SnapshotProviders;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;
import io.drift.core.internal.Names;
import io.drift.core.spi.CheckProvider;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a suite of checks against a database and returns a {@link CheckReport}.
 *
 * <pre>{@code
 * CheckRunner runner = CheckRunner.builder()
 *         .discover(getClass().getClassLoader())            // checks listed by CheckProviders on the class path
 *         .checks(check)                                     // and checks from code
 *         .quick(true)                                       // skip the checks tagged expensive
 *         .suppressions(Suppression.of("PG-TABLE-WITHOUT-PK", "Import tables, dropped in Q3")
 *                 .forObjects(ObjectGlob.of("public.import_*")))
 *         .checkTimeout(Duration.ofSeconds(30))
 *         .build();                                          // DriftException naming any unknown id or code
 * CheckReport report = runner.run(dataSource);
 * int exitCode = report.exitCode(Severity.ERROR);
 * }</pre>
 *
 * <p><b>What runs.</b> Every registered check that is enabled ({@link Check#enabledByDefault()}, or named in
 * {@link Builder#enable}), in registration order; narrowed by {@link Builder#only} (which also runs checks that are
 * off by default), {@link Builder#skip} and {@link Builder#tags}. The quick profile lists the checks tagged
 * {@link CheckTag#EXPENSIVE} as {@link Status#SKIPPED}. When any selected check needs the database, the runner first
 * runs {@code connectivity}; when that cannot run, every check that needs the database is skipped at once with its
 * reason, rather than each waiting for its own timeout, and the others still run.
 *
 * <p><b>Isolation.</b> Each check runs on its own thread with a timeout ({@link Builder#checkTimeout}, and what is left
 * of {@link Builder#timeout}); an exception or a timeout is {@link Status#ERRORED} for that check alone. The snapshot
 * is captured at most once per run, the first time a check asks, and shared.
 *
 * <p><b>Findings.</b> Severity overrides apply first ({@link Builder#severity}), then suppressions: a covered finding
 * is kept and marked; an expired suppression covers nothing and is reported as {@code DRIFT-SUPPRESSION-EXPIRED}, one
 * that matched nothing from a check that ran as {@code DRIFT-SUPPRESSION-UNUSED}. A check's status comes from its
 * findings that are not suppressed.
 *
 * <p>A runner is immutable and may run any number of times, from any thread.
 *
 * @since 0.1.0
 */
public final class CheckRunner {

    /** Default {@link Builder#checkTimeout(Duration)}. */
    public static final Duration DEFAULT_CHECK_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(CheckRunner.class);

    private final List<Check> checks;
    private final Set<String> quickSkipped;
    private final Map<String, CheckOptions> options;
    private final List<Suppression> suppressions;
    private final Map<String, Severity> severities;
    private final CaptureOptions captureOptions;
    private final SnapshotProviders snapshotProviders;
    private final Duration checkTimeout;
    private final Duration timeout;
    private final Clock clock;

    private CheckRunner(Builder b, List<Check> checks, Set<String> quickSkipped) {
        this.checks = List.copyOf(checks);
        this.quickSkipped = Set.copyOf(quickSkipped);
        this.options = Map.copyOf(b.options);
        this.suppressions = List.copyOf(b.suppressions);
        this.severities = Map.copyOf(b.severities);
        this.captureOptions = b.captureOptions;
        this.snapshotProviders = b.snapshotProviders;
        this.checkTimeout = b.checkTimeout;
        this.timeout = b.timeout;
        this.clock = b.clock;
    }

    /** @return a builder with no checks, the default timeouts and the system clock */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * @return the checks Drift's runner adds itself ({@code connectivity}, {@code suppressions}), with their codes,
     *         for catalogues and tools that list every code
     */
    public static List<Check> builtInChecks() {
        return List.of(new ConnectivityCheck(), new SuppressionsCheck());
    }

    /** @return the checks a run reports on, in order: {@code connectivity} first when any needs the database */
    public List<Check> checks() {
        return checks;
    }

    /**
     * @param checkId a check id
     * @return whether the quick profile leaves that check out of this runner's runs
     */
    public boolean skippedByQuickProfile(String checkId) {
        return quickSkipped.contains(checkId);
    }

    /**
     * Runs every selected check against the database.
     *
     * @param dataSource the database; only read, in read-only transactions
     * @return the report; checks that fail or cannot run are in it, never thrown
     */
    public CheckReport run(DataSource dataSource) {
        requireNonNull(dataSource, "dataSource");
        try (RunState run = new RunState(dataSource, captureOptions, snapshotProviders, clock, timeout)) {
            return run(run);
        }
    }

    private CheckReport run(RunState run) {
        long start = System.nanoTime();
        List<CheckResult> results = new ArrayList<>();
        String unreachable = null;
        Set<Suppression> used = new LinkedHashSet<>();
        Set<String> ran = new LinkedHashSet<>();
        for (Check check : checks) {
            if (check instanceof SuppressionsCheck) {
                continue;
            }
            CheckResult result;
            if (quickSkipped.contains(check.id())) {
                result = skipped(check, "Left out by the quick profile (tagged " + CheckTag.EXPENSIVE + ").");
            } else if (unreachable != null && check.needsDatabase()) {
                result = skipped(check, "Not run: the database could not be reached (see "
                        + ConnectivityCheck.ID + ").");
            } else {
                result = runOne(check, run, used);
                if (result.status() != Status.SKIPPED && result.status() != Status.ERRORED) {
                    ran.add(check.id());
                }
                if (check instanceof ConnectivityCheck && result.status() == Status.ERRORED) {
                    unreachable = result.summary();
                }
            }
            results.add(result);
        }
        if (!suppressions.isEmpty()) {
            results.add(suppressionsResult(used, ran));
        }
        return new CheckReport(results, Duration.ofNanos(System.nanoTime() - start));
    }

    private static CheckResult skipped(Check check, String why) {
        return new CheckResult(check.id(), check.description(), check.tags(), Status.SKIPPED, why, List.of(),
                Duration.ZERO, null, check.codes());
    }

    private CheckResult runOne(Check check, RunState run, Set<Suppression> used) {
        Duration budget = run.budget(checkTimeout);
        if (budget.isZero()) {
            String why = "Not run: the run's timeout of " + Durations.format(timeout) + " had passed.";
            return new CheckResult(check.id(), check.description(), check.tags(), Status.ERRORED, why, List.of(),
                    Duration.ZERO, new DriftException(DriftException.Reason.TIMEOUT, why), check.codes());
        }
        CheckOptions checkOptions = options.getOrDefault(check.id(), CheckOptions.none(check.id()));
        RunState.Attempt attempt = run.attempt(check, checkOptions, budget);
        Duration took = attempt.duration();
        if (attempt.error() != null) {
            Throwable error = attempt.error();
            String why = describe(check, error, budget);
            log.warn("Check {} could not run: {}", check.id(), why);
            return new CheckResult(check.id(), check.description(), check.tags(), Status.ERRORED, why, List.of(),
                    took, error, check.codes());
        }
        Outcome outcome = attempt.outcome();
        if (outcome == null) {
            Throwable error = new IllegalStateException("Check " + check.id() + " returned no outcome");
            return new CheckResult(check.id(), check.description(), check.tags(), Status.ERRORED,
                    error.getMessage() + ", which is a bug in the check.", List.of(), took, error, check.codes());
        }
        if (outcome.skipped()) {
            return new CheckResult(check.id(), check.description(), check.tags(), Status.SKIPPED, outcome.summary(),
                    List.of(), took, null, check.codes());
        }
        List<Finding> findings = new ArrayList<>(outcome.findings().size());
        Set<String> declared = new TreeSet<>();
        check.codes().forEach(c -> declared.add(c.code()));
        for (Finding finding : outcome.findings()) {
            if (!declared.contains(finding.code())) {
                log.warn("Check {} reported the code {}, which it does not declare in codes()", check.id(),
                        finding.code());
            }
            Severity override = severities.get(finding.code());
            Finding f = override == null ? finding : finding.withSeverity(override);
            for (Suppression s : suppressions) {
                if (!s.isExpired(run.today()) && s.covers(f)) {
                    f = f.suppressedBy(s);
                    used.add(s);
                    break;
                }
            }
            findings.add(f);
        }
        Status status = findings.stream().filter(f -> !f.isSuppressed()).map(f -> Status.of(f.severity()))
                .max(Enum::compareTo).orElse(Status.PASSED);
        log.debug("Check {}: {} in {} ms", check.id(), status, took.toMillis());
        return new CheckResult(check.id(), check.description(), check.tags(), status, outcome.summary(), findings,
                took, null, check.codes());
    }

    private static String describe(Check check, Throwable error, Duration budget) {
        if (error instanceof RunState.TimedOut) {
            return "Did not finish within " + Durations.format(budget) + ". Give it more time (the check timeout, or"
                    + " the run's), or leave it out with the quick profile if it is expensive.";
        }
        if (error instanceof DriftException) {
            return error.getMessage();
        }
        String message = error.getMessage();
        return error.getClass().getSimpleName() + (message == null ? "" : ": " + message)
                + (error instanceof java.sql.SQLException ? "" : " (check " + check.id() + ")");
    }

    private CheckResult suppressionsResult(Set<Suppression> used, Set<String> ran) {
        SuppressionsCheck check = new SuppressionsCheck();
        List<Finding> findings = new ArrayList<>();
        java.time.LocalDate today = java.time.LocalDate.now(clock);
        Map<String, String> codeOwner = new LinkedHashMap<>();
        for (Check c : checks) {
            c.codes().forEach(code -> codeOwner.putIfAbsent(code.code(), c.id()));
        }
        int expired = 0;
        int unused = 0;
        for (Suppression s : suppressions) {
            if (s.isExpired(today)) {
                expired++;
                findings.add(Finding.of(SuppressionsCheck.EXPIRED, null, "The suppression of " + s.code()
                        + (s.objects().isEmpty() ? "" : " for " + s.objects()) + " expired on " + s.expires()
                        + ", so the findings it covered count again (its reason: " + s.reason() + ").")
                        .withFix(Fix.action("Fix what it covered, or renew it with a new date and a reason.")));
            } else if (!used.contains(s) && ran.contains(codeOwner.get(s.code()))) {
                unused++;
                findings.add(Finding.of(SuppressionsCheck.UNUSED, null, "The suppression of " + s.code()
                        + (s.objects().isEmpty() ? "" : " for " + s.objects()) + " matched no finding of "
                        + codeOwner.get(s.code()) + ".")
                        .withFix(Fix.action("Remove it if the problem is fixed, or correct its objects.")));
            }
        }
        Status status = findings.stream().map(f -> Status.of(f.severity())).max(Enum::compareTo)
                .orElse(Status.PASSED);
        String summary = suppressions.size() + (suppressions.size() == 1 ? " suppression" : " suppressions")
                + ", " + used.size() + " used" + (expired > 0 ? ", " + expired + " expired" : "")
                + (unused > 0 ? ", " + unused + " unused" : "");
        return new CheckResult(check.id(), check.description(), check.tags(), status, summary, findings,
                Duration.ZERO, null, check.codes());
    }

    /** Builds a {@link CheckRunner}; {@link #build()} validates every id, option and code. Not thread-safe. */
    public static final class Builder {
        private final List<Check> explicit = new ArrayList<>();
        private final List<Check> discovered = new ArrayList<>();
        private final Map<String, CheckOptions> options = new LinkedHashMap<>();
        private final Set<String> enable = new LinkedHashSet<>();
        private final Set<String> disable = new LinkedHashSet<>();
        private final Set<String> only = new LinkedHashSet<>();
        private final Set<String> skip = new LinkedHashSet<>();
        private final Set<CheckTag> tags = new LinkedHashSet<>();
        private final List<Suppression> suppressions = new ArrayList<>();
        private final Map<String, Severity> severities = new LinkedHashMap<>();
        private boolean quick;
        private CaptureOptions captureOptions = CaptureOptions.defaults();
        private SnapshotProviders snapshotProviders;
        private Duration checkTimeout = DEFAULT_CHECK_TIMEOUT;
        private Duration timeout;
        private Clock clock = Clock.systemDefaultZone();

        private Builder() {
        }

        /**
         * Adds checks from code. A check with the id of a discovered one takes its place (an application's own
         * {@code flyway.status} built on its {@code Flyway} replaces the one configured from options), and so does a
         * check with the id of one added from code before: registering a check twice counts once, and the later of
         * two checks with one id wins (a guard's own {@code schema-drift} over the one its configuration made).
         *
         * @param checks checks
         * @return this
         */
        public Builder checks(Check... checks) {
            return checks(List.of(checks));
        }

        /**
         * @param checks checks
         * @return this
         * @see #checks(Check...)
         */
        public Builder checks(Collection<? extends Check> checks) {
            for (Check check : checks) {
                replaceOrAdd(explicit, requireNonNull(check, "check"));
            }
            return this;
        }

        /**
         * Adds the checks of providers given explicitly (for shaded jars, where {@link ServiceLoader} finds nothing).
         *
         * @param providers providers
         * @return this
         */
        public Builder providers(CheckProvider... providers) {
            for (CheckProvider provider : providers) {
                provider.checks().forEach(c -> addIfAbsent(discovered, c));
            }
            return this;
        }

        /**
         * Adds the checks of every {@link CheckProvider} listed in {@code META-INF/services}. A provider that fails to
         * load is logged at WARN and skipped, so one broken jar does not hide the others.
         *
         * @param classLoader where to look
         * @return this
         */
        public Builder discover(ClassLoader classLoader) {
            Iterator<CheckProvider> it = ServiceLoader.load(CheckProvider.class, classLoader).iterator();
            while (true) {
                try {
                    if (!it.hasNext()) {
                        break;
                    }
                    CheckProvider provider = it.next();
                    provider.checks().forEach(c -> addIfAbsent(discovered, c));
                    log.debug("Check provider {} contributed {}", provider.getClass().getName(),
                            provider.checks().stream().map(Check::id).toList());
                } catch (ServiceConfigurationError e) {
                    log.warn("Skipping a check provider that failed to load: {}", e.getMessage());
                }
            }
            return this;
        }

        private static void replaceOrAdd(List<Check> list, Check check) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i).id().equals(check.id())) {
                    list.set(i, check);
                    return;
                }
            }
            list.add(check);
        }

        private static void addIfAbsent(List<Check> list, Check check) {
            if (list.stream().noneMatch(c -> c.getClass().equals(check.getClass()) && c.id().equals(check.id()))) {
                list.add(check);
            }
        }

        /**
         * @param values options for checks, each for the check it names; given twice, the later wins
         * @return this
         */
        public Builder options(CheckOptions... values) {
            for (CheckOptions o : values) {
                options.put(o.checkId(), o);
            }
            return this;
        }

        /**
         * @param values options for checks
         * @return this
         */
        public Builder options(Collection<CheckOptions> values) {
            values.forEach(this::options);
            return this;
        }

        /**
         * @param ids checks to run although they are off by default
         * @return this
         */
        public Builder enable(String... ids) {
            enable.addAll(List.of(ids));
            return this;
        }

        /**
         * @param ids checks not to run although they are on by default
         * @return this
         */
        public Builder disable(String... ids) {
            disable.addAll(List.of(ids));
            return this;
        }

        /**
         * @param ids the only checks to run (with {@code connectivity}, which runs first whenever one needs the
         *            database); checks that are off by default run when named here
         * @return this
         */
        public Builder only(String... ids) {
            only.addAll(List.of(ids));
            return this;
        }

        /**
         * @param ids checks not to run
         * @return this
         */
        public Builder skip(String... ids) {
            skip.addAll(List.of(ids));
            return this;
        }

        /**
         * @param values run only checks that have at least one of these tags
         * @return this
         */
        public Builder tags(CheckTag... values) {
            tags.addAll(List.of(values));
            return this;
        }

        /**
         * @param value whether to leave out the checks tagged {@link CheckTag#EXPENSIVE} (they are listed as skipped)
         * @return this
         */
        public Builder quick(boolean value) {
            this.quick = value;
            return this;
        }

        /**
         * @param values suppressions, tried in order
         * @return this
         */
        public Builder suppressions(Suppression... values) {
            return suppressions(List.of(values));
        }

        /**
         * @param values suppressions, tried in order
         * @return this
         */
        public Builder suppressions(Collection<Suppression> values) {
            values.forEach(s -> suppressions.add(requireNonNull(s, "suppression")));
            return this;
        }

        /**
         * @param code     a finding code
         * @param severity the severity its findings get instead of the check's
         * @return this
         */
        public Builder severity(String code, Severity severity) {
            severities.put(requireNonNull(code, "code"), requireNonNull(severity, "severity"));
            return this;
        }

        /**
         * @param value how the shared snapshot is captured, for checks that ask for it
         * @return this
         */
        public Builder captureOptions(CaptureOptions value) {
            this.captureOptions = requireNonNull(value, "captureOptions");
            return this;
        }

        /**
         * @param value the snapshot providers to capture with (default: those discovered on Drift's class loader)
         * @return this
         */
        public Builder snapshotProviders(SnapshotProviders value) {
            this.snapshotProviders = requireNonNull(value, "snapshotProviders");
            return this;
        }

        /**
         * @param value how long one check may run (default {@link #DEFAULT_CHECK_TIMEOUT}); also its statement timeout
         * @return this
         */
        public Builder checkTimeout(Duration value) {
            this.checkTimeout = positive(value, "checkTimeout");
            return this;
        }

        /**
         * @param value how long the whole run may take; checks not started by then are {@link Status#ERRORED}
         *              (default: no limit beyond each check's)
         * @return this
         */
        public Builder timeout(Duration value) {
            this.timeout = positive(value, "timeout");
            return this;
        }

        /**
         * @param value the clock suppressions expire by
         * @return this
         */
        public Builder clock(Clock value) {
            this.clock = requireNonNull(value, "clock");
            return this;
        }

        private static Duration positive(Duration value, String name) {
            requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT,
                        name + " must be positive, not " + value + ".");
            }
            return value;
        }

        /**
         * @return the runner
         * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} for an id in {@code only},
         *                        {@code skip}, {@code enable}, {@code disable} or options that no check has, an option
         *                        a check does not read or a value it refuses ({@link Check#validate}), or a code in a
         *                        suppression or severity override that no check emits: each with the closest known
         *                        name
         */
        public CheckRunner build() {
            Map<String, Check> all = new LinkedHashMap<>();
            Check connectivity = new ConnectivityCheck();
            all.put(connectivity.id(), connectivity);
            for (Check check : discovered) {
                all.put(check.id(), check);
            }
            for (Check check : explicit) {
                all.put(check.id(), check);
            }
            Check suppressionsCheck = new SuppressionsCheck();
            all.putIfAbsent(suppressionsCheck.id(), suppressionsCheck);

            requireKnown("only", only, all.keySet());
            requireKnown("skip", skip, all.keySet());
            requireKnown("enable", enable, all.keySet());
            requireKnown("disable", disable, all.keySet());
            requireKnown("options", options.keySet(), all.keySet());
            for (CheckOptions o : options.values()) {
                Check check = all.get(o.checkId());
                for (String name : o.names()) {
                    if (!check.optionNames().contains(name)) {
                        throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + check.id()
                                + " has no option '" + name + "'." + Names.didYouMean(name, check.optionNames())
                                + (check.optionNames().isEmpty() ? " It takes no options."
                                : " Its options: " + String.join(", ", new TreeSet<>(check.optionNames())) + "."));
                    }
                }
                check.validate(o);
            }
            Set<String> codes = new TreeSet<>();
            all.values().forEach(c -> c.codes().forEach(code -> codes.add(code.code())));
            for (Suppression s : suppressions) {
                requireCode("A suppression names", s.code(), codes);
            }
            for (String code : severities.keySet()) {
                requireCode("A severity override names", code, codes);
            }

            List<Check> selected = new ArrayList<>();
            Set<String> quickSkipped = new LinkedHashSet<>();
            for (Check check : all.values()) {
                if (check instanceof ConnectivityCheck || check instanceof SuppressionsCheck) {
                    continue;
                }
                boolean on = only.isEmpty()
                        ? (check.enabledByDefault() || enable.contains(check.id())) && !disable.contains(check.id())
                        : only.contains(check.id());
                if (!on || skip.contains(check.id())) {
                    continue;
                }
                if (!tags.isEmpty() && check.tags().stream().noneMatch(tags::contains)) {
                    continue;
                }
                if (quick && check.tags().contains(CheckTag.EXPENSIVE)) {
                    quickSkipped.add(check.id());
                }
                selected.add(check);
            }
            if (only.contains(ConnectivityCheck.ID)
                    || selected.stream().anyMatch(c -> c.needsDatabase() && !quickSkipped.contains(c.id()))) {
                selected.add(0, all.get(ConnectivityCheck.ID));
            }
            if (!suppressions.isEmpty()) {
                selected.add(suppressionsCheck);
            }
            return new CheckRunner(this, selected, quickSkipped);
        }

        private static void requireKnown(String what, Collection<String> ids, Set<String> known) {
            for (String id : ids) {
                if (!known.contains(id)) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Unknown check '" + id + "' in "
                            + what + "." + Names.didYouMean(id, known) + " Known checks: "
                            + String.join(", ", new TreeSet<>(known)) + ".");
                }
            }
        }

        private static void requireCode(String what, String code, Set<String> codes) {
            if (!codes.contains(code)) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, what + " the code '" + code
                        + "', which no check emits." + Names.didYouMean(code, codes)
                        + " The codes are listed in docs/checks.md.");
            }
        }
    }
}
