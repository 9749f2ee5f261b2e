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
 * @since 0.1.0
 */
public record CheckResult(String checkId, String description, Set<CheckTag> tags, Status status, String summary,
                          List<Finding> findings, Duration duration, Throwable error) {

    public CheckResult {
        requireNonNull(checkId, "checkId");
        requireNonNull(description, "description");
        tags = Set.copyOf(new TreeSet<>(tags));
        requireNonNull(status, "status");
        requireNonNull(summary, "summary");
        findings = List.copyOf(findings);
        requireNonNull(duration, "duration");
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
