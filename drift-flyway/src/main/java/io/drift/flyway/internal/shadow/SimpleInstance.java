package io.drift.flyway.internal.shadow;

import io.drift.flyway.ShadowDatabase;

import javax.sql.DataSource;

/** A shadow whose removal is one {@link Cleanup}. */
final class SimpleInstance implements ShadowDatabase.Instance {

    private final DataSource dataSource;
    private final String description;
    private final int majorVersion;
    private final Cleanup cleanup;

    SimpleInstance(DataSource dataSource, String description, int majorVersion, Cleanup cleanup) {
        this.dataSource = dataSource;
        this.description = description;
        this.majorVersion = majorVersion;
        this.cleanup = cleanup;
    }

    @Override
    public DataSource dataSource() {
        return dataSource;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public int majorVersion() {
        return majorVersion;
    }

    @Override
    public void close() {
        cleanup.close();
    }

    @Override
    public String toString() {
        return description;
    }
}
