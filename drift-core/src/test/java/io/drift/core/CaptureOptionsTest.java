package io.drift.core;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;

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
        assertInvalidArgument(() -> CaptureOptions.builder().maxConnections(0)).hasMessageContaining("maxConnections");
        assertInvalidArgument(() -> CaptureOptions.builder().statementTimeout(Duration.ZERO).build())
                .hasMessageContaining("statementTimeout must be positive, not PT0S. The default is PT1M.");
        assertInvalidArgument(() -> CaptureOptions.builder().lockTimeout(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("lockTimeout");
        assertInvalidArgument(() -> CaptureOptions.builder().schemas(" ").build()).hasMessageContaining("blank");
        assertInvalidArgument(() -> CaptureOptions.builder().excludeSchemas("").build())
                .hasMessageContaining("blank");
        assertInvalidArgument(() -> new CaptureOptions(java.util.List.of(), java.util.List.of(), Duration.ofSeconds(1),
                Duration.ofSeconds(1), 0)).hasMessageContaining("Give 1 to read on one connection");
    }
}
