package io.drift.core.check;

import java.util.List;

/**
 * The results of a run of checks, in the order they ran.
 *
 * @param results one per check
 * @since 0.1.0
 */
public record CheckReport(List<CheckResult> results) {

    /** Exit code: every check passed, was skipped, or only warned. */
    public static final int EXIT_OK = 0;
    /** Exit code: at least one check failed. */
    public static final int EXIT_FAILED = 1;
    /** Exit code: at least one check could not run. */
    public static final int EXIT_ERROR = 3;

    public CheckReport {
        results = List.copyOf(results);
    }

    /** @return the worst status of all results, {@link Status#PASS} when there are none */
    public Status status() {
        return Status.worst(results.stream().map(CheckResult::status).toList());
    }

    /**
     * The one place statuses become process exit codes: {@value #EXIT_OK} when nothing failed, {@value #EXIT_FAILED}
     * when a check failed, {@value #EXIT_ERROR} when a check could not run (which wins over a failure, because then
     * the report is incomplete).
     *
     * @return the exit code
     */
    public int exitCode() {
        switch (status()) {
            case ERROR:
                return EXIT_ERROR;
            case FAIL:
                return EXIT_FAILED;
            default:
                return EXIT_OK;
        }
    }
}
