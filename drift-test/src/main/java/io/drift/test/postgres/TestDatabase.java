package io.drift.test.postgres;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import org.postgresql.ds.PGSimpleDataSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import javax.sql.DataSource;

/**
 * A fresh database on a {@link TestPostgres} server, with a random name; {@link #close()} drops it.
 *
 * @since 0.1.0
 */
public final class TestDatabase implements AutoCloseable {

    private final TestPostgres server;
    private final String name;
    private boolean closed;

    TestDatabase(TestPostgres server, String name) {
        this.server = server;
        this.name = name;
    }

    /** @return the database name: {@code drift_k3j9x0…} */
    public String name() {
        return name;
    }

    /** @return the server it lives on */
    public TestPostgres server() {
        return server;
    }

    /** @return the server's major version */
    public int majorVersion() {
        return server.majorVersion();
    }

    /** @return its JDBC URL, without credentials */
    public String jdbcUrl() {
        return server.jdbcUrl(name);
    }

    /** @return the user that owns it (the server's administrative user) */
    public String user() {
        return server.user();
    }

    /** @return that user's password, empty when none is needed */
    public String password() {
        return server.password();
    }

    /** @return a data source that connects as {@link #user()} */
    public DataSource dataSource() {
        return dataSource(user(), password());
    }

    /**
     * @param user     a role
     * @param password its password
     * @return a data source that connects to this database as {@code user}
     */
    public DataSource dataSource(String user, String password) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setURL(jdbcUrl());
        ds.setUser(user);
        ds.setPassword(password);
        return ds;
    }

    /** @return a new connection as {@link #user()}; the caller closes it */
    public Connection connect() throws SQLException {
        return connect(user(), password());
    }

    /** @return a new connection as {@code user}; the caller closes it */
    public Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /**
     * Runs a script of one or more statements in one round trip (dollar quoting, {@code DO} blocks and functions
     * are fine).
     *
     * @param sqlScript the script
     * @return this database
     * @throws io.drift.core.DriftException when a statement fails, with PostgreSQL's message
     */
    public TestDatabase execute(String sqlScript) {
        requireNonNull(sqlScript, "sqlScript");
        // The simple query protocol: the driver splits a script on semicolons, but not correctly after a
        // BEGIN ATOMIC function body (pgjdbc#3259), and it glues the rest of the script into one "statement" that the
        // extended protocol refuses ("cannot insert multiple commands into a prepared statement").
        Properties properties = new Properties();
        properties.setProperty("user", user());
        properties.setProperty("password", password());
        properties.setProperty("preferQueryMode", "simple");
        try (Connection c = DriverManager.getConnection(jdbcUrl(), properties); Statement s = c.createStatement()) {
            s.execute(sqlScript);
        } catch (SQLException e) {
            throw TestPostgres.scriptFailed("in database " + name + " (" + server.describe() + ")", e);
        }
        return this;
    }

    /**
     * Runs a UTF-8 script from the class path.
     *
     * @param resource its class path location: {@code fixtures/all-kinds/01-tables.sql}
     * @return this database
     * @throws io.drift.core.DriftException with {@code INVALID_ARGUMENT} when there is no such resource, {@code IO}
     *                                      when it cannot be read, or as {@link #execute(String)}
     */
    public TestDatabase executeResource(String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader != null ? loader : TestDatabase.class.getClassLoader())
                .getResourceAsStream(resource)) {
            if (in == null) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No such class path resource: "
                        + resource + ". Give its path from the class path root, without a leading '/'"
                        + " (fixtures/schema.sql for src/test/resources/fixtures/schema.sql).");
            }
            return execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read the class path resource " + resource
                    + ": " + e.getMessage(), e);
        }
    }

    /** Drops the database (ending any session still in it). Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (!closed) {
            closed = true;
            server.dropDatabase(name);
        }
    }

    @Override
    public String toString() {
        return name + " on " + server.describe();
    }
}
