package io.drift.postgres;

import io.drift.core.check.Check;
import io.drift.core.config.RowCountRule;
import io.drift.postgres.internal.RowCountsCheck;

import java.util.List;

/**
 * The checks drift-postgres provides, for a runner or guard configured in code. A runner that discovers checks finds
 * them anyway, configured by {@code drift.yaml}; described in {@code docs/checks.md}.
 *
 * <pre>{@code
 * Drift.guard(dataSource)
 *         .checks(PostgresChecks.rowCounts(RowCountRule.atLeast("public.countries", 200)))
 *         .build()
 *         .run();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class PostgresChecks {

    private PostgresChecks() {
    }

    /**
     * @param rules floors and ceilings per table, besides those the check's options give
     * @return the {@code row-counts} check
     */
    public static Check rowCounts(RowCountRule... rules) {
        return new RowCountsCheck(List.of(rules));
    }
}
