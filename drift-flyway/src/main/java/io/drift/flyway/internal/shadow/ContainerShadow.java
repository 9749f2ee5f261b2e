package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;

/** A PostgreSQL container of the target's major version (Testcontainers), started for the build and removed after. */
public final class ContainerShadow implements ShadowDatabase {

    static final String TESTCONTAINERS = "org.testcontainers.containers.PostgreSQLContainer";

    @Override
    public String description() {
        return "a Testcontainers PostgreSQL";
    }

    @Override
    public Instance open(ShadowTarget target) {
        if (!EmbeddedShadow.present(TESTCONTAINERS)) {
            throw new ShadowUnavailableException(DriftException.Reason.UNSUPPORTED_DATABASE, "No Testcontainers:"
                    + " org.testcontainers:postgresql is not on the class path.");
        }
        return Containers.start(target);
    }

    @Override
    public String toString() {
        return description();
    }
}
