package io.drift.test.postgres;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * A {@code postgres:<major>} container. Only this class names Testcontainers, and it is loaded only when asked for,
 * so the optional dependency stays optional.
 */
final class ContainerServer implements Server {

    private final PostgreSQLContainer<?> container;
    private final int major;

    private ContainerServer(PostgreSQLContainer<?> container, int major) {
        this.container = container;
        this.major = major;
    }

    /** @return whether a Docker engine answers */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped by the shutdown hook
    static ContainerServer start(int major) {
        PostgreSQLContainer<?> container = new PostgreSQLContainer<>("postgres:" + major + "-alpine");
        container.start();
        return new ContainerServer(container, major);
    }

    @Override
    public int majorVersion() {
        return major;
    }

    @Override
    public String jdbcUrl(String database) {
        return JdbcUrl.withDatabase(container.getJdbcUrl(), database);
    }

    @Override
    public String user() {
        return container.getUsername();
    }

    @Override
    public String password() {
        return container.getPassword();
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return DriverManager.getConnection(container.getJdbcUrl(), user(), password());
    }

    @Override
    public String describe() {
        return "PostgreSQL " + major + " in container " + container.getDockerImageName();
    }

    void stop() {
        container.stop();
    }
}
