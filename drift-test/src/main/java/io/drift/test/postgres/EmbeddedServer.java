package io.drift.test.postgres;

import io.drift.core.DriftException;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;

/** A zonky embedded server of one major version, started once per JVM. */
final class EmbeddedServer implements Server {

    private final EmbeddedPostgres postgres;
    private final EmbeddedBinaries.Binaries binaries;

    private EmbeddedServer(EmbeddedPostgres postgres, EmbeddedBinaries.Binaries binaries) {
        this.postgres = postgres;
        this.binaries = binaries;
    }

    static EmbeddedServer start(EmbeddedBinaries.Binaries binaries) {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                // A test server: durability buys nothing and costs time on a shared machine.
                .setServerConfig("fsync", "off")
                .setServerConfig("synchronous_commit", "off")
                .setServerConfig("full_page_writes", "off")
                .setServerConfig("max_connections", "60")
                // Two-phase commit, so that a test can leave a prepared transaction behind (pg.prepared-transaction)
                .setServerConfig("max_prepared_transactions", "4")
                .setServerConfig("shared_buffers", "32MB");
        if (binaries.jar() != null) {
            builder.setPgBinaryResolver((system, machine) -> EmbeddedBinaries.openArchive(binaries.jar()));
        }
        try {
            return new EmbeddedServer(builder.start(), binaries);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.OTHER, "Cannot start embedded PostgreSQL "
                    + binaries.version() + " from " + binaries.origin() + ": " + e.getMessage() + ". Check the temporary"
                    + " folder (java.io.tmpdir) is writable and has room, and that the binaries match this platform ("
                    + EmbeddedBinaries.platform() + ").", e);
        }
    }

    @Override
    public int majorVersion() {
        return binaries.major();
    }

    @Override
    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + database;
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public String password() {
        return "";
    }

    @Override
    public Connection adminConnection() throws SQLException {
        return postgres.getPostgresDatabase().getConnection();
    }

    @Override
    public String describe() {
        return "embedded PostgreSQL " + binaries.version() + " on port " + postgres.getPort();
    }

    @Override
    public boolean embedded() {
        return true;
    }

    void stop() {
        try {
            postgres.close();
        } catch (IOException e) {
            // Stopping at JVM exit: nothing left to tell.
        }
    }
}
