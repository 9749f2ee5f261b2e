package io.drift.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.DatabaseInfo;
import io.drift.core.spi.SnapshotProvider;

import org.junit.jupiter.api.Test;

import java.util.ServiceLoader;

class PostgresSnapshotProviderTest {

    private final PostgresSnapshotProvider provider = new PostgresSnapshotProvider();

    @Test
    void supports_postgresql_12_and_later_only() {
        assertThat(provider.supports(new DatabaseInfo("PostgreSQL", "11.22", 11, 22))).isFalse();
        assertThat(provider.supports(new DatabaseInfo("PostgreSQL", "12.22", 12, 22))).isTrue();
        assertThat(provider.supports(new DatabaseInfo("PostgreSQL", "18.1", 18, 1))).isTrue();
        assertThat(provider.supports(new DatabaseInfo("MySQL", "8.4", 8, 4))).isFalse();
    }

    @Test
    void is_found_by_service_loader() {
        assertThat(ServiceLoader.load(SnapshotProvider.class).stream().map(ServiceLoader.Provider::type))
                .contains(PostgresSnapshotProvider.class);
        assertThat(provider.name()).isEqualTo("postgres");
    }
}
