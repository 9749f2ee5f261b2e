package io.drift.postgres.health.internal;

import io.drift.core.check.Check;

import java.util.ArrayList;
import java.util.List;

/** Every PostgreSQL health check, in the order a report lists them: integrity and dangers first, style last. */
public final class HealthChecks {

    private static final List<Check> ALL = build();

    private HealthChecks() {
    }

    /** @return every check, the same instances every time */
    public static List<Check> all() {
        return ALL;
    }

    private static List<Check> build() {
        List<Check> checks = new ArrayList<>();
        checks.addAll(BulkChecks.all());
        checks.addAll(DangerChecks.all());
        checks.addAll(BulkChecks.runtime());
        checks.add(new OverlappingIndexCheck());
        checks.addAll(IndexHealthChecks.all());
        return List.copyOf(checks);
    }
}
