package io.drift.core.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** A run's overall status is that of the checks that ran: an unconfigured, skipped check does not make it "skipped". */
class CheckReportStatusTest {

    private static CheckReport report(Status... statuses) {
        return new CheckReport(Arrays.stream(statuses).map(s -> new CheckResult("c-" + s.name().toLowerCase(),
                "A check.", Set.of(), s, "summary", List.of(), Duration.ZERO, null)).toList(), Duration.ZERO);
    }

    @Test
    void skipped_checks_do_not_make_a_passing_run_skipped() {
        assertThat(report(Status.PASSED, Status.SKIPPED).status()).isEqualTo(Status.PASSED);
        assertThat(report(Status.SKIPPED, Status.WARNED).status()).isEqualTo(Status.WARNED);
        assertThat(report(Status.FAILED, Status.SKIPPED, Status.ERRORED).status()).isEqualTo(Status.ERRORED);
    }

    @Test
    void a_run_is_skipped_only_when_every_check_was_and_passed_when_there_were_none() {
        assertThat(report(Status.SKIPPED, Status.SKIPPED).status()).isEqualTo(Status.SKIPPED);
        assertThat(report().status()).isEqualTo(Status.PASSED);
    }
}
