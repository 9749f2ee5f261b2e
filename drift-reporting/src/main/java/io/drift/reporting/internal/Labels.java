package io.drift.reporting.internal;

import io.drift.core.check.Status;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Severity;

import java.util.Locale;

/** The words every format uses for severities, statuses and differences, so that they read alike. */
final class Labels {

    /** Worst first, as reports list them. */
    static final Severity[] SEVERITIES = {Severity.ERROR, Severity.WARNING, Severity.INFO};

    /** Worst first. */
    static final Status[] STATUSES = {Status.ERRORED, Status.FAILED, Status.WARNED, Status.PASSED, Status.SKIPPED};

    private Labels() {
    }

    static String name(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    /** @return {@code missing column}, {@code changed foreign key} */
    static String difference(Difference d) {
        return name(d.type()) + " " + d.kind().displayName();
    }

    static String plural(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** @return {@code 2 errors, 1 warning, 3 info}, leaving out zeros; empty for none */
    static String severities(int[] bySeverity) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < SEVERITIES.length; i++) {
            int n = bySeverity[SEVERITIES[i].ordinal()];
            if (n > 0) {
                out.append(out.length() == 0 ? "" : ", ")
                        .append(SEVERITIES[i] == Severity.INFO ? n + " info" : plural(n, name(SEVERITIES[i])));
            }
        }
        return out.toString();
    }
}
