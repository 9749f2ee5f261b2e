package io.drift.examples;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

/**
 * The embedded PostgreSQL an example's {@code main} runs on, so that its one command needs nothing installed: a real
 * server process from the zonky binaries on the class path, stopped (and its files removed) by {@link #close()}.
 */
final class ExampleServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private ExampleServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** @return a started server; a few seconds the first time the binaries are unpacked, about one after */
    static ExampleServer start() {
        try {
            return new ExampleServer(EmbeddedPostgres.builder()
                    // A throwaway server: durability buys nothing and costs seconds.
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded PostgreSQL: " + e.getMessage(), e);
        }
    }

    /**
     * @param name a new database's name, a plain lower-case identifier
     * @return a data source on it, as the user {@code postgres}
     */
    DataSource createDatabase(String name) throws SQLException {
        try (Connection c = postgres.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return postgres.getDatabase("postgres", name);
    }

    /** @return the server's port */
    int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
