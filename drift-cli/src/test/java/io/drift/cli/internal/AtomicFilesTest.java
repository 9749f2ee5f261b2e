package io.drift.cli.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.DriftException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writes_a_new_file() throws IOException {
        Path file = dir.resolve("out.json");
        AtomicFiles.write(file, w -> w.write("new"));
        assertThat(file).hasContent("new");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void replaces_an_existing_file() throws IOException {
        Path file = dir.resolve("out.json");
        Files.writeString(file, "old");
        AtomicFiles.write(file, w -> w.write("new"));
        assertThat(file).hasContent("new");
    }

    @Test
    void a_failure_while_writing_leaves_the_old_file_and_no_temporary_file() throws IOException {
        Path file = dir.resolve("out.json");
        Files.writeString(file, "old");
        assertThatThrownBy(() -> AtomicFiles.write(file, w -> {
            w.write("half");
            throw new IOException("disk full");
        })).isInstanceOf(DriftException.class).hasMessageContaining("disk full");
        assertThat(file).hasContent("old");
        assertThat(Files.list(dir)).containsExactly(file);
    }

    @Test
    void a_missing_directory_is_reported_before_any_work() {
        assertThatThrownBy(() -> AtomicFiles.checkWritable(dir.resolve("nope/out.json")))
                .isInstanceOf(DriftException.class)
                .hasMessageContaining("does not exist")
                .extracting(e -> ((DriftException) e).reason()).isEqualTo(DriftException.Reason.IO);
    }
}
