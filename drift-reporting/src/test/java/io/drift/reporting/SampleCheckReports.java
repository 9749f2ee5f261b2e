package io.drift.reporting;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.core.check.Suppression;
import io.drift.core.diff.Missing;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A fixed check report with one of everything: each status, a fix of each type, a suppression, a difference, checks
 * that declare their codes and one ({@code migrations}) that does not.
 */
public final class SampleCheckReports {

    static final FindingCode TABLE_MISSING = new FindingCode("DRIFT-TABLE-MISSING", Severity.ERROR,
            "Table missing", "The application queries a table the database lacks.");
    static final FindingCode FK = new FindingCode("PG-FK-WITHOUT-INDEX", Severity.WARNING,
            "Foreign key without an index", "Deletes on the referenced table scan the referencing one.");
    static final FindingCode SLOW = new FindingCode("DRIFT-CONNECTION-SLOW", Severity.WARNING,
            "Slow connection", "The round trip to the database took longer than the threshold.");
    static final FindingCode PENDING = new FindingCode("FLYWAY-PENDING", Severity.ERROR,
            "Pending migration", "A migration the code needs has not been applied.");

    private SampleCheckReports() {
    }

    /** @return a report of five checks: passed, failed, warned (with a suppressed finding), errored, skipped */
    public static CheckReport report() {
        ObjectPath missing = ObjectPath.of("public", "security_detections");
        Finding tableMissing = Finding.of(TABLE_MISSING, missing, "table public.security_detections is missing")
                .withDifference(new Missing(ObjectKind.TABLE, missing, Severity.ERROR))
                .withFix(Fix.action("Apply the migration that creates it."));
        Finding fk = Finding.of(FK, ObjectPath.of("public", "orders", "customer_id"),
                        "foreign key public.orders/orders_customer_fk has no index on (customer_id)")
                .withFix(Fix.sql("CREATE INDEX CONCURRENTLY \"orders_customer_id_idx\" ON \"public\".\"orders\""
                        + " (\"customer_id\");"));
        Finding suppressed = Finding.of(FK, ObjectPath.of("public", "import_2019", "batch_id"),
                        "foreign key public.import_2019/import_batch_fk has no index on (batch_id)")
                .suppressedBy(Suppression.of("PG-FK-WITHOUT-INDEX", "Read once a year")
                        .forObjects(ObjectGlob.of("public.import_*")).until(LocalDate.of(2027, 6, 30)));
        Finding pending = Finding.of(PENDING, null, "migration 7 (add security detections) is pending")
                .withFix(Fix.command("flyway migrate"));
        return new CheckReport(List.of(
                new CheckResult("connectivity", "Connects and runs a trivial query.", Set.of(), Status.PASSED,
                        "PostgreSQL 17.11, round trip 1 ms", List.of(), Duration.ofMillis(12), null, List.of(SLOW)),
                new CheckResult("schema-drift", "Compares the database with the baseline.", Set.of(CheckTag.DRIFT),
                        Status.FAILED, "1 difference from schema/baseline.json", List.of(tableMissing),
                        Duration.ofMillis(840), null, List.of(TABLE_MISSING)),
                new CheckResult("pg.fk-without-index", "Foreign keys without an index.",
                        Set.of(CheckTag.HEALTH, CheckTag.PERFORMANCE), Status.WARNED, "2 of 31 foreign keys",
                        List.of(fk, suppressed), Duration.ofMillis(35), null, List.of(FK)),
                new CheckResult("flyway.status", "Migrations applied and pending.", Set.of(CheckTag.MIGRATIONS),
                        Status.ERRORED, "Cannot read the history table (permission denied).", List.of(),
                        Duration.ofMillis(8), new IllegalStateException("permission denied"), List.of(PENDING)),
                new CheckResult("pg.bloat", "Table and index bloat.", Set.of(CheckTag.EXPENSIVE), Status.SKIPPED,
                        "Left out by the quick profile (tagged expensive).", List.of(), Duration.ZERO, null),
                new CheckResult("migrations", "Pending migrations.", Set.of(), Status.FAILED, "1 pending",
                        List.of(pending), Duration.ofMillis(3), null)),
                Duration.ofMillis(911));
    }
}
