package io.drift.postgres.health;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.CheckRunner;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.check.Status;
import io.drift.test.postgres.TestDatabase;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import javax.sql.DataSource;

/** Runs health checks the way an application does (the runner, the provider, options) and reads what they found. */
final class Health {

    private Health() {
    }

    /**
     * @param options option names and values, alternating
     * @return the check's result, which must not have errored
     */
    static CheckResult run(TestDatabase db, String id, Object... options) {
        return run(db.dataSource(), id, options);
    }

    static CheckResult run(DataSource dataSource, String id, Object... options) {
        CheckResult result = runAllowingErrors(dataSource, id, options);
        assertThat(result.status()).as("%s: %s", id, result.summary()).isNotEqualTo(Status.ERRORED);
        return result;
    }

    static CheckResult runAllowingErrors(DataSource dataSource, String id, Object... options) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < options.length; i += 2) {
            map.put((String) options[i], options[i + 1]);
        }
        CheckReport report = CheckRunner.builder()
                .providers(new PostgresHealthChecks())
                .only(id)
                .options(CheckOptions.of(id, map))
                .build()
                .run(dataSource);
        return report.result(id).orElseThrow();
    }

    /** @return each finding as {@code CODE object}, the object as its path renders */
    static List<String> found(CheckResult result) {
        return result.findings().stream().map(Health::describe).collect(Collectors.toList());
    }

    static String describe(Finding f) {
        return f.code() + " " + (f.object() == null ? "-" : f.object().toString());
    }

    /** Runs every SQL fix of the result, one statement at a time and outside any transaction, as an operator would. */
    static void applyFixes(TestDatabase db, CheckResult result) {
        List<Finding> fixable = result.findings().stream()
                .filter(f -> f.fix() != null && f.fix().type() == Fix.Type.SQL).toList();
        assertThat(fixable).as("SQL fixes of %s", result.checkId()).isNotEmpty();
        for (Finding f : fixable) {
            for (String statement : statements(f.fix().text())) {
                db.execute(statement);
            }
        }
    }

    /** A fix is statements that each end a line with ';', and comment lines. */
    static List<String> statements(String sql) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : sql.split("\n")) {
            if (line.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (line.endsWith(";")) {
                out.add(current.toString().trim());
                current.setLength(0);
            }
        }
        assertThat(current.toString().trim()).as("text after the last statement of %s", sql).isEmpty();
        return out;
    }

    static long queryLong(TestDatabase db, String sql) {
        try (Connection c = db.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** Waits for what the statistics system reports asynchronously (before PostgreSQL 15, through its collector). */
    static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out waiting for " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
