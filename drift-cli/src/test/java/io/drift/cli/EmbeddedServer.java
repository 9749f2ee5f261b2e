package io.drift.cli;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL for the end-to-end tests, with password authentication for every role but the superuser, so that
 * wrong passwords are really refused. (The drift-test harness will take this over once it offers the same.)
 */
final class EmbeddedServer implements AutoCloseable {

    static final String USER = "app";
    static final String PASSWORD = "s3cret-Pa55word-xyzzy";

    private final EmbeddedPostgres postgres;

    private EmbeddedServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static EmbeddedServer start(Path dataDirectory) throws IOException, SQLException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(dataDirectory)
                // A throwaway server: durability buys nothing and costs time on a shared machine.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .start();
        EmbeddedServer server = new EmbeddedServer(postgres);
        server.sql("postgres", "CREATE ROLE " + USER + " LOGIN PASSWORD '" + PASSWORD + "'");
        // The superuser keeps trust so the tests can set up; everyone else must give a password.
        Files.writeString(dataDirectory.resolve("pg_hba.conf"), String.join("\n",
                "local all all trust",
                "host all postgres 127.0.0.1/32 trust",
                "host all postgres ::1/128 trust",
                "host all all 127.0.0.1/32 scram-sha-256",
                "host all all ::1/128 scram-sha-256", ""));
        server.sql("postgres", "SELECT pg_reload_conf()");
        return server;
    }

    int port() {
        return postgres.getPort();
    }

    /** @return a URL with no credentials in it */
    String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database;
    }

    void createDatabase(String name, String ddl) throws SQLException {
        sql("postgres", "CREATE DATABASE " + name + " OWNER " + USER);
        sql(name, ddl);
    }

    void sql(String database, String sql) throws SQLException {
        try (Connection c = postgres.getDatabase("postgres", database).getConnection();
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
