package io.drift.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.time.Duration;

class CaptureOptionsTest {

    @Test
    void defaults_capture_every_schema_with_bounded_waits_on_up_to_two_connections() {
        CaptureOptions options = CaptureOptions.defaults();
        assertThat(options.schemas()).isEmpty();
        assertThat(options.excludeSchemas()).isEmpty();
        assertThat(options.statementTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.lockTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(options.maxConnections()).isEqualTo(2);
    }

    @Test
    void to_builder_keeps_every_setting() {
        CaptureOptions options = CaptureOptions.builder().schemas("public", "billing").excludeSchemas("audit")
                .statementTimeout(Duration.ofSeconds(7)).lockTimeout(Duration.ofMillis(300)).maxConnections(1)
                .build();
        assertThat(options.toBuilder().build()).isEqualTo(options);
        assertThat(options.maxConnections()).isEqualTo(1);
    }

    @Test
    void refuses_what_cannot_work_naming_the_setting() {
        assertThatThrownBy(() -> CaptureOptions.builder().maxConnections(0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxConnections");
        assertThatThrownBy(() -> CaptureOptions.builder().statementTimeout(Duration.ZERO).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("statementTimeout");
        assertThatThrownBy(() -> CaptureOptions.builder().lockTimeout(Duration.ofSeconds(-1)).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("lockTimeout");
        assertThatThrownBy(() -> CaptureOptions.builder().schemas(" ").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("blank");
        assertThatThrownBy(() -> new CaptureOptions(java.util.List.of(), java.util.List.of(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
