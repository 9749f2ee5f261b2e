package io.drift.core;

import static io.drift.core.InvalidArgument.assertInvalidArgument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.diff.DiffOptions;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectPath;

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
        assertThat(options.excludeTables().globs()).containsExactlyElementsOf(DiffOptions.DEFAULT_IGNORED_TABLES);
    }

    @Test
    void the_migration_tools_tables_are_left_out_by_default_as_the_diff_ignores_them() {
        CaptureOptions options = CaptureOptions.defaults();
        assertThat(options.excludesTable(ObjectPath.of("public", "flyway_schema_history"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("app", "databasechangelog"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("app", "databasechangeloglock"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("public", "users"))).isFalse();
        assertThat(CaptureOptions.builder().clearExcludedTables().build().excludesTable(
                ObjectPath.of("public", "flyway_schema_history"))).isFalse();
    }

    @Test
    void excluded_tables_add_to_the_defaults_and_match_by_path() {
        CaptureOptions options = CaptureOptions.builder().excludeTables("public.tmp_*", "**.audit_log")
                .excludeTables(java.util.List.of("Odd Schema.My Table")).build();
        assertThat(options.excludeTables().globs()).hasSize(6).contains("public.tmp_*");
        assertThat(options.excludesTable(ObjectPath.of("public", "tmp_import"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("other", "tmp_import"))).isFalse();
        assertThat(options.excludesTable(ObjectPath.of("billing", "audit_log"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("Odd Schema", "My Table"))).isTrue();
        assertThat(options.excludesTable(ObjectPath.of("public", "flyway_schema_history"))).isTrue();
        assertThat(options.toBuilder().build()).isEqualTo(options);
        assertThat(CaptureOptions.builder().clearExcludedTables().excludeTables("public.t").build()
                .excludeTables().globs()).containsExactly("public.t");
    }

    @Test
    void a_table_glob_that_can_match_no_table_is_refused_with_the_fix() {
        assertThatThrownBy(() -> CaptureOptions.builder().excludeTables("flyway_schema_history").build())
                .isInstanceOfSatisfying(DriftException.class, e -> {
                    assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
                    assertThat(e.getMessage()).contains("'**.flyway_schema_history'")
                            .contains("'public.flyway_schema_history'");
                });
        assertThatThrownBy(() -> CaptureOptions.builder().excludeTables(" ").build())
                .isInstanceOf(DriftException.class).hasMessageContaining("must not be empty");
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
        assertInvalidArgument(() -> new CaptureOptions(java.util.List.of(), java.util.List.of(), ObjectGlob.of(),
                Duration.ofSeconds(1), Duration.ofSeconds(1), 0)).hasMessageContaining("Give 1 to read on one connection");
    }
}
