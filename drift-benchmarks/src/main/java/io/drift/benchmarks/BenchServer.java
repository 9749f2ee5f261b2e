package io.drift.benchmarks;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The benchmark's own PostgreSQL 15 (embedded binaries from Maven Central), tuned for loading fast and measuring
 * steadily: no fsync, and no autovacuum (it would start in the middle of a measurement); the loader vacuums and
 * analyzes the catalogs itself once a database is loaded, as autovacuum would have by then on a real server.
 */
final class BenchServer implements AutoCloseable {

    private final EmbeddedPostgres postgres;

    private BenchServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    static BenchServer start(Path dataDirectory, Path log) throws IOException {
        Files.createDirectories(dataDirectory.getParent());
        EmbeddedPostgres pg = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(true)
                .setServerConfig("fsync", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("autovacuum", "off")
                .setServerConfig("max_connections", "40")
                // pg_dump locks every table it dumps in one transaction: 10,000+ locks
                .setServerConfig("max_locks_per_transaction", "1024")
                .setServerConfig("jit", "off")
                .setPGStartupWait(java.time.Duration.ofSeconds(60))
                .setOutputRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .setErrorRedirector(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        BenchServer server = new BenchServer(pg);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                pg.close();
            } catch (IOException | RuntimeException ignored) {
                // stopping anyway
            }
        }, "bench-postgres-stop"));
        return server;
    }

    int port() {
        return postgres.getPort();
    }

    String url(String database) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres";
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(url(database));
    }

    String version() throws SQLException {
        try (Connection c = connect("postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT version()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /**
     * Creates {@code database} from the schema's batches, one transaction each, then {@code variant} as a copy with
     * the migration applied; vacuums and analyzes both databases' catalogs.
     *
     * @return seconds spent loading the base database
     */
    double load(GeneratedSchema schema, String database, String variant) throws SQLException {
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + variant);
            s.execute("DROP DATABASE IF EXISTS " + database);
            s.execute("CREATE DATABASE " + database);
        }
        long start = System.nanoTime();
        // The simple query protocol sends each batch as one message; the server parses it statement by statement.
        try (Connection c = DriverManager.getConnection(url(database) + "&preferQueryMode=simple");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String batch : schema.batches()) {
                s.execute(batch);
                c.commit();
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        try (Connection admin = connect("postgres"); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + variant + " TEMPLATE " + database);
        }
        try (Connection c = DriverManager.getConnection(url(variant) + "&preferQueryMode=simple");
             Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(schema.migration());
            c.commit();
        }
        vacuumCatalogs(database);
        vacuumCatalogs(variant);
        try (Connection c = connect("postgres"); Statement s = c.createStatement()) {
            s.execute("CHECKPOINT");
        }
        return seconds;
    }

    private void vacuumCatalogs(String database) throws SQLException {
        try (Connection c = connect(database); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT c.relname FROM pg_class c WHERE c.relnamespace = "
                    + "'pg_catalog'::regnamespace AND c.relkind = 'r' ORDER BY 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                s.execute("VACUUM (ANALYZE) pg_catalog." + t);
            }
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }
}
