package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * How one check went, as the runner recorded it: its status, summary, findings and the time it took. Checks cannot
 * report their own timing or status.
 *
 * @param checkId     the check's {@link Check#id()}
 * @param description the check's {@link Check#description()}
 * @param tags        the check's {@link Check#tags()}
 * @param status      the verdict: from the findings no suppression covers, or {@link Status#SKIPPED} or
 *                    {@link Status#ERRORED}
 * @param summary     one line for a person: what was checked, why it was skipped, or why it could not run
 * @param findings    what it found, suppressed ones included (marked so), in the check's order
 * @param duration    how long it ran
 * @param error       what made it {@link Status#ERRORED}, or {@code null}
 * @param codes       the check's {@link Check#codes()}: every code it can emit, with its title and help, so that a
 *                    report can explain a code without the check at hand (a SARIF report lists them as its rules)
 * @since 0.1.0
 */
public record CheckResult(String checkId, String description, Set<CheckTag> tags, Status status, String summary,
                          List<Finding> findings, Duration duration, Throwable error, List<FindingCode> codes) {

    public CheckResult {
        requireNonNull(checkId, "checkId");
        requireNonNull(description, "description");
        tags = Set.copyOf(new TreeSet<>(tags));
        requireNonNull(status, "status");
        requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        requireNonNull(duration, "duration");
        codes = List.copyOf(codes);
    }

    /**
     * A result that declares no codes; a report then knows a finding's code by name only.
     *
     * @param checkId     the check's id
     * @param description the check's description
     * @param tags        the check's tags
     * @param status      the verdict
     * @param summary     one line for a person
     * @param findings    what it found
     * @param duration    how long it ran
     * @param error       what made it errored, or {@code null}
     * @since 0.1.0
     */
    public CheckResult(String checkId, String description, Set<CheckTag> tags, Status status, String summary,
                       List<Finding> findings, Duration duration, Throwable error) {
        this(checkId, description, tags, status, summary, findings, duration, error, List.of());
    }

    /**
     * @param code a finding code ({@code PG-FK-WITHOUT-INDEX})
     * @return its declaration among {@link #codes()}, with title and help, if the check declared it
     * @since 0.1.0
     */
    public Optional<FindingCode> findCode(String code) {
        return codes.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** @return the findings no suppression covers: the ones that count */
    public List<Finding> activeFindings() {
        return findings.stream().filter(f -> !f.isSuppressed()).toList();
    }

    /** @return the findings a suppression covers */
    public List<Finding> suppressedFindings() {
        return findings.stream().filter(Finding::isSuppressed).toList();
    }

    /** @return what made it {@link Status#ERRORED}, if anything */
    public Optional<Throwable> findError() {
        return Optional.ofNullable(error);
    }

    /** @return the tags in name order */
    public List<CheckTag> sortedTags() {
        return List.copyOf(new TreeSet<>(tags));
    }
}
