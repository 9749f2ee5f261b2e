package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/**
 * Which database product and version a snapshot came from, or a provider is asked to support.
 *
 * @param productName    the product, as JDBC reports it: {@code PostgreSQL}
 * @param productVersion the full version string: {@code 16.4}
 * @param majorVersion   the major version: {@code 16}
 * @param minorVersion   the minor version: {@code 4}
 * @since 0.1.0
 */
public record DatabaseInfo(String productName, String productVersion, int majorVersion, int minorVersion) {

    public DatabaseInfo {
        requireNonNull(productName, "productName");
        requireNonNull(productVersion, "productVersion");
    }

    /**
     * @param metaData a connection's metadata
     * @return the product and version it reports
     * @throws SQLException when the driver cannot tell
     */
    public static DatabaseInfo from(DatabaseMetaData metaData) throws SQLException {
        return new DatabaseInfo(metaData.getDatabaseProductName(), metaData.getDatabaseProductVersion(),
                metaData.getDatabaseMajorVersion(), metaData.getDatabaseMinorVersion());
    }

    @Override
    public String toString() {
        return productName + " " + productVersion;
    }
}
