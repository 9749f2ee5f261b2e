package io.drift.flyway.internal.shadow;

import io.drift.core.DriftException;
import io.drift.flyway.ShadowDatabase;
import io.drift.flyway.ShadowTarget;
import io.drift.flyway.ShadowUnavailableException;
import io.drift.postgres.PostgresConnections;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/** Touches Testcontainers' classes; loaded only once {@link ContainerShadow} has seen them on the class path. */
final class Containers {

    /** The image's major version when there is no target to match. */
    static final int DEFAULT_MAJOR = 17;

    private Containers() {
    }

    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static ShadowDatabase.Instance start(ShadowTarget target) {
        if (!dockerAvailable()) {
            throw new ShadowUnavailableException(DriftException.Reason.UNREACHABLE, "No Testcontainers shadow: no"
                    + " Docker engine is reachable.");
        }
        int major = target.majorVersion().orElse(DEFAULT_MAJOR);
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>(DockerImageName.parse("postgres:" + major));
        try {
            container.start();
        } catch (RuntimeException e) {
            container.close();
            throw new DriftException(DriftException.Reason.OTHER, "Could not start a PostgreSQL " + major
                    + " container for the shadow database (" + e.getMessage() + ").", e);
        }
        Cleanup cleanup = Cleanup.register("container " + container.getContainerName(), container::close);
        return new SimpleInstance(PostgresConnections.dataSource(container.getJdbcUrl(), container.getUsername(),
                container.getPassword()), "PostgreSQL " + major + " container " + container.getContainerName(),
                major, cleanup);
    }
}
