package io.drift.postgres.health.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;

import org.junit.jupiter.api.Test;

import java.util.Map;

class SizesTest {

    private static long read(Object value) {
        return Sizes.read(CheckOptions.of("pg.table-bloat", Map.of("min-size", value)), "min-size", -1);
    }

    @Test
    void reads_sizes_as_postgresql_writes_them() {
        assertThat(read("8kB")).isEqualTo(8192);
        assertThat(read("10MB")).isEqualTo(10L << 20);
        assertThat(read("1 GB")).isEqualTo(1L << 30);
        assertThat(read("2tb")).isEqualTo(2L << 40);
        assertThat(read(4096)).isEqualTo(4096);
        assertThat(Sizes.read(CheckOptions.none("pg.table-bloat"), "min-size", 7)).isEqualTo(7);
    }

    @Test
    void refuses_anything_else_naming_the_check_and_the_option() {
        assertThatThrownBy(() -> read("-1MB")).isInstanceOf(DriftException.class)
                .hasMessage("Check pg.table-bloat: option min-size must be a size such as 8kB, 10MB or 1GB (or a number"
                        + " of bytes), not '-1MB'.");
        assertThatThrownBy(() -> read("99999999999TB")).isInstanceOf(DriftException.class);
    }

    @Test
    void prints_sizes_for_people() {
        assertThat(Sizes.pretty(512)).isEqualTo("512 bytes");
        assertThat(Sizes.pretty(64L << 20)).isEqualTo("64 MB");
    }
}
