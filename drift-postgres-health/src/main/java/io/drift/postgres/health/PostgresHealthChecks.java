package io.drift.postgres.health;

import io.drift.core.check.Check;
import io.drift.core.spi.CheckProvider;
import io.drift.postgres.health.internal.HealthChecks;

import java.util.List;
import java.util.Optional;

/**
 * The PostgreSQL health checks ({@code pg.*}), as a {@link CheckProvider}: listed in
 * {@code META-INF/services/io.drift.core.spi.CheckProvider}, so {@code CheckRunner.builder().discover(…)} finds them, or
 * passed explicitly.
 *
 * <pre>{@code
 * CheckReport report = CheckRunner.builder()
 *         .providers(new PostgresHealthChecks())
 *         .options(CheckOptions.of("pg.sequence-near-limit", Map.of("threshold", 0.7)))
 *         .quick(true)                                   // leaves out bloat and unused indexes (tagged expensive)
 *         .build()
 *         .run(dataSource);
 * }</pre>
 *
 * <p>Integrity checks and dangers are on by default; checks of runtime statistics (unused indexes, bloat, sequential
 * scans) are on but tagged {@link io.drift.core.check.CheckTag#EXPENSIVE} and {@link io.drift.core.check.CheckTag#RUNTIME};
 * style and naming checks are off unless enabled. Every check only reads, in the runner's read-only transaction with its
 * statement and lock timeouts, and takes the option {@code exclude}: object globs ({@code public.legacy_*},
 * {@code audit.**}) whose findings are left out; a glob that matches no finding is itself reported
 * ({@code PG-EXCLUSION-UNUSED}).
 *
 * @since 0.1.0
 */
public final class PostgresHealthChecks implements CheckProvider {

    /** Creates the provider; it holds no state. */
    public PostgresHealthChecks() {
    }

    /** @return every PostgreSQL health check, integrity and dangers first, style last */
    @Override
    public List<Check> checks() {
        return HealthChecks.all();
    }

    /**
     * @param id a check id such as {@code pg.fk-without-index}
     * @return that check, if it is one of these
     */
    public static Optional<Check> find(String id) {
        return HealthChecks.all().stream().filter(c -> c.id().equals(id)).findFirst();
    }
}
