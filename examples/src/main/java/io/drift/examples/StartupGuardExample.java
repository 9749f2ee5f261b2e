package io.drift.examples;

import io.drift.core.Drift;
import io.drift.core.StartupGuard;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Checks;
import io.drift.core.check.Status;
import io.drift.core.config.DriftConfig;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.sql.DataSource;

/**
 * Runs the checks {@code drift.yaml} describes when the application starts, and refuses to start when one fails; the
 * report is a plain value, mapped here to what a readiness endpoint would show.
 */
public final class StartupGuardExample {

    private StartupGuardExample() {
    }

    /**
     * @param dataSource the application's database
     * @param config     its {@code drift.yaml}
     * @return the report, when no check failed
     * @throws io.drift.core.check.ChecksFailedException whose message is the readable report, when one did
     */
    public static CheckReport guardAtStartup(DataSource dataSource, Path config) {
        // [guard]
        DriftConfig drift = DriftConfig.load(config);          // a mistake: DriftException naming line and column
        CheckReport report = Drift.guard(dataSource)
                .config(drift)                                 // baseline, required objects, row counts, fail-on
                .checks(Checks.requiredObjects("public.users", "public.users.email"))   // and checks from code
                .timeout(Duration.ofSeconds(20))               // for the whole run
                .onFailure(StartupGuard.OnFailure.THROW)       // ChecksFailedException: the readable report
                .build()
                .run();
        // [guard]
        return report;
    }

    /**
     * @param report a report
     * @return what a readiness probe or health endpoint might show: the overall status and each check's
     */
    public static Map<String, String> health(CheckReport report) {
        Map<String, String> health = new LinkedHashMap<>();
        health.put("status", report.status() == Status.FAILED || report.status() == Status.ERRORED ? "DOWN" : "UP");
        for (CheckResult result : report.results()) {
            health.put(result.checkId(), result.status() + ": " + result.summary());
        }
        return health;
    }
}
