package io.drift.postgres.health;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.postgres.PostgresConnections;

import javax.sql.DataSource;

/** Scratch: times every health check against a URL (not a test). */
public final class HealthTimesMain {
    public static void main(String[] args) {
        DataSource ds = PostgresConnections.dataSource(args[0], "postgres", null);
        for (int i = 0; i < 3; i++) {
            CheckRunner runner = CheckRunner.builder().providers(new PostgresHealthChecks())
                    .enable(new PostgresHealthChecks().checks().stream().map(c -> c.id()).toArray(String[]::new))
                    .build();
            long start = System.nanoTime();
            CheckReport report = runner.run(ds);
            System.out.printf("run %d: %d ms%n", i, (System.nanoTime() - start) / 1_000_000);
            for (CheckResult r : report.results()) {
                System.out.printf("  %-32s %6d ms %-8s %s%n", r.checkId(), r.duration().toMillis(), r.status(),
                        r.summary().length() > 100 ? r.summary().substring(0, 100) : r.summary());
            }
        }
    }
}
