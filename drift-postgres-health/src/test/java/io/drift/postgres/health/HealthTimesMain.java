package io.drift.postgres.health;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.postgres.PostgresConnections;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

/** Scratch: times the default health set against a URL, wall and CPU (client and server). Not a test. */
public final class HealthTimesMain {
    public static void main(String[] args) throws Exception {
        DataSource ds = PostgresConnections.dataSource(args[0], "postgres", null);
        long postmaster = args.length > 1 ? Long.parseLong(args[1]) : -1;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        if (args.length > 2) {
            for (io.drift.core.check.Check c : new PostgresHealthChecks().checks()) {
                if (!c.enabledByDefault()) {
                    continue;
                }
                long best = Long.MAX_VALUE;
                long bestWall = Long.MAX_VALUE;
                for (int rep = 0; rep < 3; rep++) {
                    CheckRunner one = CheckRunner.builder().providers(new PostgresHealthChecks()).only(c.id()).build();
                    long before = childrenCpuMs(postmaster);
                    long start = System.nanoTime();
                    one.run(ds);
                    bestWall = Math.min(bestWall, (System.nanoTime() - start) / 1_000_000);
                    Thread.sleep(200);
                    best = Math.min(best, childrenCpuMs(postmaster) - before);
                }
                System.out.printf("  %-28s server cpu %5d ms  wall %5d ms%n", c.id(), best, bestWall);
            }
            return;
        }
        for (int i = 0; i < 5; i++) {
            CheckRunner runner = CheckRunner.builder().providers(new PostgresHealthChecks()).build();
            long serverBefore = childrenCpuMs(postmaster);
            long clientBefore = os.getProcessCpuTime();
            long start = System.nanoTime();
            CheckReport report = runner.run(ds);
            long wall = (System.nanoTime() - start) / 1_000_000;
            long client = (os.getProcessCpuTime() - clientBefore) / 1_000_000;
            Thread.sleep(300);   // the backends exit, the postmaster reaps them
            long server = childrenCpuMs(postmaster) - serverBefore;
            System.out.printf("run %d: wall %d ms, cpu client %d ms + server %d ms; load %s%n", i, wall, client, server,
                    Files.readString(Path.of("/proc/loadavg")).trim());
            if (i == 4) {
                for (CheckResult r : report.results()) {
                    System.out.printf("  %-28s %6d ms %-8s %s%n", r.checkId(), r.duration().toMillis(), r.status(),
                            r.summary().length() > 80 ? r.summary().substring(0, 80) : r.summary());
                }
            }
        }
    }

    /** cutime + cstime of the postmaster: the CPU of the backends it has reaped, in ms (USER_HZ 100). */
    static long childrenCpuMs(long pid) throws Exception {
        if (pid < 0) {
            return 0;
        }
        String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[13]) + Long.parseLong(f[14])) * 10;
    }
}
