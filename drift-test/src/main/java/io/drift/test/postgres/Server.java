package io.drift.test.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/** Where a {@link TestPostgres} comes from: an embedded server, an existing one, or a container. */
interface Server {

    int majorVersion();

    /** @return a JDBC URL of {@code database} on this server */
    String jdbcUrl(String database);

    /** @return the administrative user, who may create databases and roles */
    String user();

    /** @return its password, empty when none is needed */
    String password();

    /** @return a connection as the administrative user to the maintenance database */
    Connection adminConnection() throws SQLException;

    /** @return a description for messages: {@code embedded PostgreSQL 17.11 on port 40123} */
    String describe();

    /** @return whether the harness can change the server's configuration files (only the embedded server) */
    default boolean embedded() {
        return false;
    }
}
