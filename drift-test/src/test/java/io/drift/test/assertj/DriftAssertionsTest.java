package io.drift.test.assertj;

import static io.drift.test.assertj.DriftAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.BDDAssertions.then;

import io.drift.core.check.CheckReport;
import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Status;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.snapshot.SnapshotFiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DriftAssertionsTest {

    @TempDir
    Path dir;

    @AfterEach
    void stopUpdating() {
        System.clearProperty(Baselines.PROPERTY);
    }

    private static Snapshot schema(String... tables) {
        Snapshot.Builder b = Snapshot.builder().add(SchemaDef.named("public"));
        for (String t : tables) {
            b.add(Table.builder(ObjectPath.of("public", t)).column("id", "bigint").column("email", "text")
                    .comment(t.equals("users") ? "people" : null).build());
        }
        return b.build();
    }

    @Test
    void matches_passes_for_the_same_schema_and_fails_with_the_text_report() {
        assertThatCode(() -> assertThat(schema("users", "orders")).matches(schema("users", "orders")))
                .doesNotThrowAnyException();

        Throwable error = catchThrowable(() -> assertThat(schema("users")).matches(schema("users", "orders")));
        then(error).isInstanceOf(AssertionError.class)
                .hasMessageContaining("Expecting the snapshot to match the expected snapshot, but it differs:")
                .hasMessageContaining("missing table")
                .hasMessageContaining("public.orders");
    }

    @Test
    void ignoring_and_excluding_apply_to_the_comparisons_that_follow() {
        Snapshot withoutComment = Snapshot.builder().add(SchemaDef.named("public"))
                .add(Table.builder(ObjectPath.of("public", "users")).column("id", "bigint").column("email", "text")
                        .build())
                .add(Table.builder(ObjectPath.of("public", "tmp_import")).column("id", "bigint").build())
                .build();
        assertThatThrownBy(() -> assertThat(withoutComment).matches(schema("users")))
                .hasMessageContaining("comment");
        assertThatCode(() -> assertThat(withoutComment).ignoring("comment").excluding("public.tmp_*")
                .matches(schema("users"))).doesNotThrowAnyException();
    }

    @Test
    void has_table_and_column_name_what_is_there_when_they_fail() {
        assertThat(schema("users")).hasTable("public.users").hasColumn("public.users.email")
                .hasColumn("public.users", "id").doesNotHaveTable("public.orders");

        assertThatThrownBy(() -> assertThat(schema("users")).hasTable("public.user"))
                .hasMessageContaining("Expecting the snapshot to have the table")
                .hasMessageContaining("Did you mean public.users?");
        assertThatThrownBy(() -> assertThat(schema("users")).hasColumn("public.users.mail"))
                .hasMessageContaining("but table public.users has only: id, email");
    }

    @Test
    void has_no_differences_above_lets_lower_severities_pass() {
        SchemaDiff diff = Differ.standard().diff(schema("users"), schema("users", "extra"));   // unexpected: warning
        assertThat(diff).hasNoDifferencesAbove(Severity.WARNING).hasSize(1).hasDifferenceAt("public.extra");
        assertThatThrownBy(() -> assertThat(diff).hasNoDifferencesAbove(Severity.INFO))
                .hasMessageContaining("Expecting no differences above INFO, but found 1 difference:")
                .hasMessageContaining("unexpected table");
        assertThatThrownBy(() -> assertThat(diff).isEmpty()).hasMessageContaining("public.extra");
    }

    @Test
    void a_missing_baseline_fails_with_the_command_that_creates_it_and_writes_nothing() {
        Path baseline = dir.resolve("schema/baseline.json");
        assertThatThrownBy(() -> assertThat(schema("users")).matches(baseline))
                .hasMessageContaining("There is no baseline at")
                .hasMessageContaining("mvn test -Ddrift.updateBaselines=true");
        then(baseline).doesNotExist();
    }

    @Test
    void update_mode_writes_the_baseline_and_fails_once_naming_it_then_passes() throws Exception {
        Path baseline = dir.resolve("schema/baseline.json");
        System.setProperty(Baselines.PROPERTY, "true");

        assertThatThrownBy(() -> assertThat(schema("users")).matches(baseline))
                .hasMessageContaining("Created the baseline " + baseline.toAbsolutePath());
        then(SnapshotFiles.read(baseline)).isEqualTo(schema("users"));

        assertThatCode(() -> assertThat(schema("users")).matches(baseline)).doesNotThrowAnyException();

        String before = Files.readString(baseline);
        assertThatThrownBy(() -> assertThat(schema("users", "orders")).matches(baseline))
                .hasMessageStartingWith("\nUpdated the baseline");
        then(Files.readString(baseline)).isNotEqualTo(before).contains("orders");

        System.clearProperty(Baselines.PROPERTY);
        assertThatCode(() -> assertThat(schema("users", "orders")).matches(baseline)).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(schema("users")).matches(baseline))
                .hasMessageContaining("but it differs")
                .hasMessageContaining("update the baseline with -Ddrift.updateBaselines=true");
    }

    @Test
    void check_report_assertions_show_the_report() {
        FindingCode code = new FindingCode("TEST-EMPTY", Severity.ERROR, "Empty", "A table is empty.");
        CheckReport failed = new CheckReport(List.of(new CheckResult("rows", "Rows.", Set.of(), Status.FAILED,
                "1 empty table", List.of(Finding.of(code, ObjectPath.of("public", "users"), "public.users is empty")),
                Duration.ofMillis(3), null)), Duration.ofMillis(5));

        assertThat(failed).hasFinding("TEST-EMPTY").hasStatus("rows", Status.FAILED).hasNoFinding("TEST-OTHER");
        assertThatThrownBy(() -> assertThat(failed).passes())
                .hasMessageContaining("Expecting the checks to pass (failing on ERROR), but they did not:")
                .hasMessageContaining("FAILED   rows")
                .hasMessageContaining("public.users is empty");
        assertThatThrownBy(() -> assertThat(failed).hasStatus("rows", Status.PASSED))
                .hasMessageContaining("Expecting check rows to be PASSED, but it is FAILED");
        assertThatThrownBy(() -> assertThat(failed).hasNoFinding("TEST-EMPTY"))
                .hasMessageContaining("Expecting no finding TEST-EMPTY");
    }
}
