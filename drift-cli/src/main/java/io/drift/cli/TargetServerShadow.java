package io.drift.cli;

import io.drift.cli.internal.DatabaseConnector;
import io.drift.cli.internal.DatabaseTarget;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;

/**
 * A shadow that knows the command line's database: given a target, it can reach the target's server with the same
 * credentials, so that a temporary shadow database can be made there although the data source cannot say how.
 */
final class TargetServerShadow implements ShadowDatabase {

    private final ShadowDatabase delegate;
    private final DatabaseTarget target;

    TargetServerShadow(ShadowDatabase delegate, DatabaseTarget target) {
        this.delegate = delegate;
        this.target = target;
    }

    @Override
    public String description() {
        return delegate.description();
    }

    @Override
    public Instance open(ShadowTarget ignored) {
        return delegate.open(Migrations.shadowTarget(target, DatabaseConnector.dataSource(target)));
    }
}
