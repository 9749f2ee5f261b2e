package io.drift.core.check;

import io.drift.core.diff.Severity;

import java.util.List;

/**
 * The runner's own bookkeeping of suppressions, reported like a check so that an expired or unused suppression is a
 * finding with a code. It has nothing to run: the runner fills in its result after every other check.
 */
final class SuppressionsCheck implements Check {

    static final String ID = "suppressions";

    static final FindingCode EXPIRED = new FindingCode("DRIFT-SUPPRESSION-EXPIRED", Severity.WARNING,
            "A suppression has expired",
            "Its last day has passed, so the findings it covered count again. Fix what it covered, or renew it"
                    + " with a new date and a reason.");

    static final FindingCode UNUSED = new FindingCode("DRIFT-SUPPRESSION-UNUSED", Severity.INFO,
            "A suppression matched nothing",
            "The check whose code it names ran and found nothing it covers: the problem is fixed, or the object"
                    + " glob is wrong. Remove it, or correct the glob.");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Reports suppressions that have expired or that matched nothing.";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(EXPIRED, UNUSED);
    }

    @Override
    public boolean needsDatabase() {
        return false;
    }

    @Override
    public Outcome run(CheckContext context) {
        throw new IllegalStateException("The runner reports suppressions itself");
    }
}
