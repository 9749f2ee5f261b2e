package io.drift.postgres.internal;

import io.drift.core.check.Check;
import io.drift.core.spi.CheckProvider;

import java.util.List;

/** The checks drift-postgres adds to a runner that discovers them: {@code row-counts}. */
public final class PostgresCheckProvider implements CheckProvider {

    @Override
    public List<Check> checks() {
        return List.of(new RowCountsCheck());
    }
}
