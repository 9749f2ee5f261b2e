package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.Severity;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The results of a run of checks, in the order they ran: a plain value that an application can map to a health
 * indicator, a gauge or a readiness probe without Drift depending on any of them.
 *
 * <pre>{@code
 * CheckReport report = runner.run(dataSource);
 * if (!report.passed(Severity.ERROR)) {
 *     log.error(Renderers.text().renderToString(report, RenderContext.defaults()));
 * }
 * }</pre>
 *
 * @param results  one per check
 * @param duration how long the whole run took
 * @since 0.1.0
 */
public record CheckReport(List<CheckResult> results, Duration duration) {

    /** Exit code: every check passed, was skipped, or found nothing at or above the threshold. */
    public static final int EXIT_OK = 0;
    /** Exit code: a check found something at or above the threshold. */
    public static final int EXIT_FAILED = 1;
    /** Exit code: a check could not run. */
    public static final int EXIT_ERROR = 3;

    public CheckReport {
        results = List.copyOf(results);
        requireNonNull(duration, "duration");
    }

    /**
     * The overall status: the worst of the checks that ran. A skipped check does not make a run "skipped" (a suite
     * lists checks that are not configured, or left out by the quick profile, as skipped): the run is
     * {@link Status#SKIPPED} only when every check was.
     *
     * @return the worst status of the results that are not {@link Status#SKIPPED}; {@link Status#SKIPPED} when all
     *         are; {@link Status#PASSED} when there are none
     */
    public Status status() {
        List<Status> ran = results.stream().map(CheckResult::status).filter(s -> s != Status.SKIPPED).toList();
        if (ran.isEmpty()) {
            return results.isEmpty() ? Status.PASSED : Status.SKIPPED;
        }
        return Status.worst(ran);
    }

    /**
     * @param failOn the lowest severity that fails: {@link Severity#ERROR} lets warnings pass,
     *               {@link Severity#WARNING} does not
     * @return whether every check ran and none found anything, not suppressed, at or above {@code failOn}
     */
    public boolean passed(Severity failOn) {
        requireNonNull(failOn, "failOn");
        for (CheckResult result : results) {
            if (result.status() == Status.ERRORED) {
                return false;
            }
            for (Finding finding : result.activeFindings()) {
                if (finding.severity().atLeast(failOn)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** @return whether any check could not run */
    public boolean hasErrors() {
        return results.stream().anyMatch(r -> r.status() == Status.ERRORED);
    }

    /**
     * The one place a report becomes a process exit code. {@value #EXIT_ERROR} when a check could not run, even when
     * another failed: the report is then incomplete, and an operator must fix the run before trusting it (the failures
     * are in the report all the same). Otherwise {@value #EXIT_FAILED} when {@link #passed(Severity)} is false, and
     * {@value #EXIT_OK} when it is true.
     *
     * @param failOn the lowest severity that fails
     * @return the exit code
     */
    public int exitCode(Severity failOn) {
        if (hasErrors()) {
            return EXIT_ERROR;
        }
        return passed(failOn) ? EXIT_OK : EXIT_FAILED;
    }

    /**
     * @param checkId a check id
     * @return its result, if it is in the report
     */
    public Optional<CheckResult> result(String checkId) {
        return results.stream().filter(r -> r.checkId().equals(checkId)).findFirst();
    }

    /** @return every finding of every check, suppressed ones included, in report order */
    public List<Finding> findings() {
        return results.stream().flatMap(r -> r.findings().stream()).toList();
    }

    /** @return the number of checks per status; every status is a key, with 0 where there are none */
    public Map<Status, Integer> countsByStatus() {
        Map<Status, Integer> counts = new EnumMap<>(Status.class);
        for (Status s : Status.values()) {
            counts.put(s, 0);
        }
        results.forEach(r -> counts.merge(r.status(), 1, Integer::sum));
        return counts;
    }

    /**
     * @return the number of findings no suppression covers, per severity; every severity is a key, with 0 where there
     *         are none
     */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        results.forEach(r -> r.activeFindings().forEach(f -> counts.merge(f.severity(), 1, Integer::sum)));
        return counts;
    }

    /** @return the number of findings a suppression covers */
    public int suppressedCount() {
        return results.stream().mapToInt(r -> r.suppressedFindings().size()).sum();
    }
}
