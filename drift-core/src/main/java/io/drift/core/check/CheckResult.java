package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import java.time.Duration;

/**
 * A check's outcome as recorded by whoever ran it, with the time it took; checks cannot report their own timing.
 *
 * @param checkId  the check's {@link Check#id()}
 * @param outcome  what it returned, or an {@link Status#ERROR} outcome made from its exception
 * @param duration how long it ran
 * @since 0.1.0
 */
public record CheckResult(String checkId, Outcome outcome, Duration duration) {

    public CheckResult {
        requireNonNull(checkId, "checkId");
        requireNonNull(outcome, "outcome");
        requireNonNull(duration, "duration");
    }

    /** @return the outcome's status */
    public Status status() {
        return outcome.status();
    }
}
