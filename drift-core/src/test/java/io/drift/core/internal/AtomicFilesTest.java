package io.drift.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.drift.core.DriftException;
import io.drift.core.internal.AtomicFiles.Mode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one file writer (issues 8 and 9): what it does with each kind of path. Devices are only ever reached through a
 * link in the test's own directory, so that a regression replaces the link, never {@code /dev/null} itself (these
 * tests may run as root).
 */
class AtomicFilesTest {

    @TempDir
    Path dir;

    private static AtomicFiles.Content text(String text) {
        return out -> out.write(text.getBytes(StandardCharsets.UTF_8));
    }

    private Path link(String name, Path target) throws IOException {
        Path link = dir.resolve(name);
        try {
            return Files.createSymbolicLink(link, target);
        } catch (UnsupportedOperationException e) {
            Assumptions.abort("no symbolic links here: " + e);
            return null;
        }
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void a_new_file_is_created_with_its_missing_directories() throws IOException {
        Path file = dir.resolve("a/b/out.json");

        AtomicFiles.write(file, "report", text("new"));

        assertThat(file).hasContent("new");
        assertThat(names()).containsExactly("a");
    }

    @Test
    void an_existing_file_is_replaced_and_no_temporary_file_remains() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");

        AtomicFiles.write(file, "report", text("new"));

        assertThat(file).hasContent("new");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void a_failure_half_way_leaves_the_old_file_and_no_temporary_file() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");

        DriftException e = catchThrowableOfType(DriftException.class, () -> AtomicFiles.write(file, "report", out -> {
            out.write("half".getBytes(StandardCharsets.UTF_8));
            throw new IOException("No space left on device");
        }));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).isEqualTo("Cannot write report " + file + " (No space left on device). The existing"
                + " file is unchanged. Check the disk has space and the directory is writable.");
        assertThat(file).hasContent("old");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void a_drift_exception_of_the_content_passes_through_unchanged() throws IOException {
        Path file = Files.writeString(dir.resolve("out.json"), "old");
        DriftException refusal = new DriftException(DriftException.Reason.INVALID_ARGUMENT, "refused");

        DriftException e = catchThrowableOfType(DriftException.class, () -> AtomicFiles.write(file, "report", out -> {
            out.write('{');
            throw refusal;
        }));

        assertThat(e).isSameAs(refusal);
        assertThat(file).hasContent("old");
        assertThat(names()).containsExactly("out.json");
    }

    @Test
    void a_link_to_a_file_is_written_through_and_stays_a_link() throws IOException {
        Path real = Files.writeString(Files.createDirectory(dir.resolve("real")).resolve("baseline.json"), "old");
        Path link = link("link.json", dir.relativize(real));
        Path linkToLink = link("link2.json", link.getFileName());

        AtomicFiles.write(linkToLink, "snapshot file", text("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isSymbolicLink(linkToLink)).isTrue();
        assertThat(real).hasContent("new");
        assertThat(AtomicFiles.resolve(linkToLink, "x")).isEqualTo(new AtomicFiles.Target(linkToLink,
                dir.resolve("real/baseline.json"), Mode.REPLACE));
    }

    @Test
    void a_link_to_nothing_creates_the_file_it_names() throws IOException {
        Path link = link("link.json", Path.of("made.json"));

        AtomicFiles.write(link, "report", text("new"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(dir.resolve("made.json")).hasContent("new");
    }

    @Test
    void a_link_to_a_device_writes_to_the_device_and_leaves_the_link() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null");
        Path link = link("null.json", Path.of("/dev/null"));

        AtomicFiles.write(link, "report", text("discarded"));

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(Path.of("/dev/null"));
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(AtomicFiles.resolve(link, "report").mode()).isEqualTo(Mode.IN_PLACE);
        assertThat(names()).containsExactly("null.json");
    }

    @Test
    void a_device_that_refuses_the_write_is_an_io_error_naming_the_path() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/full")), "no /dev/full");
        Path link = link("full.json", Path.of("/dev/full"));

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> AtomicFiles.write(link, "report", text("x".repeat(100_000))));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).startsWith("Cannot write report " + link + " (No space left on device). It is not a"
                + " regular file, so it was written in place");
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    @Test
    void a_fifo_is_written_to_not_replaced() throws Exception {
        Path fifo = dir.resolve("pipe");
        Process mkfifo;
        try {
            mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
            return;
        }
        Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        CompletableFuture<String> reader = CompletableFuture.supplyAsync(() -> {
            try (InputStream in = Files.newInputStream(fifo)) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });

        AtomicFiles.write(fifo, "report", text("through the pipe"));

        assertThat(reader.get(30, TimeUnit.SECONDS)).isEqualTo("through the pipe");
        assertThat(Files.isRegularFile(fifo)).isFalse();
        assertThat(names()).containsExactly("pipe");
    }

    @Test
    void descriptor_paths_are_written_in_place() {
        for (String path : new String[] {"/dev/stdout", "/dev/stderr", "/dev/fd/63", "/proc/self/fd/1"}) {
            assertThat(AtomicFiles.resolve(Path.of(path), "report").mode()).as(path).isEqualTo(Mode.IN_PLACE);
        }
    }

    @Test
    void a_directory_is_refused_naming_it_and_what_the_link_leads_to() throws IOException {
        Path directory = Files.createDirectory(dir.resolve("reports"));
        Path link = link("report.json", directory.getFileName());

        DriftException direct = catchThrowableOfType(DriftException.class,
                () -> AtomicFiles.write(directory, "report", text("x")));
        DriftException viaLink = catchThrowableOfType(DriftException.class,
                () -> AtomicFiles.check(link, "report"));

        assertThat(direct.getMessage()).isEqualTo("Cannot write report " + directory + ": it is a directory. Name a"
                + " file instead.");
        assertThat(viaLink.getMessage()).isEqualTo("Cannot write report " + link + ": it leads to " + directory
                + ", which is a directory. Name a file instead.");
    }

    @Test
    void a_loop_of_links_is_refused() throws IOException {
        Path a = link("a.json", Path.of("b.json"));
        link("b.json", Path.of("a.json"));

        DriftException e = catchThrowableOfType(DriftException.class, () -> AtomicFiles.write(a, "report", text("x")));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).contains("symbolic links form a loop");
    }

    @Test
    void check_refuses_a_path_below_a_regular_file_before_any_work() throws IOException {
        Path plain = Files.writeString(dir.resolve("plain"), "x");

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> AtomicFiles.check(plain.resolve("sub/out.json"), "report"));

        assertThat(e.getMessage()).isEqualTo("Cannot write report " + plain.resolve("sub/out.json") + ": " + plain
                + " is a file, not a directory. Choose another path.");
    }

    @Test
    void an_empty_path_is_an_invalid_argument() {
        DriftException e = catchThrowableOfType(DriftException.class,
                () -> AtomicFiles.write(Path.of(""), "report", text("x")));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
    }
}
