package io.drift.core.snapshot;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.spi.ExpectedSchemaSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class SnapshotFilesIoTest {

    @TempDir
    Path dir;

    @Test
    void a_written_file_reads_back_equal_and_holds_the_canonical_json() throws IOException {
        Path file = dir.resolve("schema.json");

        SnapshotFiles.write(AllKinds.snapshot(), file);

        assertThat(SnapshotFiles.read(file)).isEqualTo(AllKinds.snapshot());
        assertThat(Files.readAllBytes(file)).isEqualTo(SnapshotFilesGoldenTest.golden());
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void writing_replaces_an_existing_file_and_leaves_no_temporary_file() throws IOException {
        Path file = dir.resolve("schema.json");
        Files.writeString(file, "old content");

        SnapshotFiles.write(Snapshot.empty(), file);

        assertThat(Files.readString(file)).isEqualTo("{\n  \"formatVersion\": 1\n}\n");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void writing_creates_missing_parent_directories() {
        Path file = dir.resolve("baselines/prod/schema.json");

        SnapshotFiles.write(AllKinds.snapshot(), file);

        assertThat(SnapshotFiles.read(file)).isEqualTo(AllKinds.snapshot());
    }

    @Test
    void a_write_that_fails_half_way_leaves_the_existing_file_intact_and_removes_the_temporary_file()
            throws IOException {
        Path file = dir.resolve("schema.json");
        SnapshotFiles.write(AllKinds.snapshot(), file);
        byte[] before = Files.readAllBytes(file);

        DriftException e = catchThrowableOfType(DriftException.class, () -> SnapshotFiles.writeAtomically(file,
                out -> {
                    out.write("{\n  \"formatVersion\": 1,\n  \"tab".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("No space left on device");
                }));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).contains(file.toString()).contains("No space left on device")
                .contains("The existing file is unchanged");
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_serialization_that_throws_leaves_the_existing_file_intact() throws IOException {
        Path file = dir.resolve("schema.json");
        Files.writeString(file, "precious");

        DriftException e = catchThrowableOfType(DriftException.class, () -> SnapshotFiles.writeAtomically(file,
                out -> {
                    out.write('{');
                    throw new IllegalStateException("cannot render this snapshot");
                }));

        assertThat(e.getMessage()).contains("cannot render this snapshot");
        assertThat(Files.readString(file)).isEqualTo("precious");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_replaced_file_keeps_its_permissions() throws IOException {
        Path file = dir.resolve("schema.json");
        Files.writeString(file, "old");
        Assumptions.assumeTrue(Files.getFileStore(file).supportsFileAttributeView(PosixFileAttributeView.class));
        Set<PosixFilePermission> permissions = PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(file, permissions);

        SnapshotFiles.write(AllKinds.snapshot(), file);

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(permissions);
    }

    @Test
    void a_symbolic_link_to_a_file_is_written_through_not_replaced() throws IOException {
        Path real = Files.writeString(dir.resolve("real.json"), "old");
        Path link = dir.resolve("link.json");
        try {
            Files.createSymbolicLink(link, real.getFileName());
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }

        SnapshotFiles.write(AllKinds.snapshot(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(SnapshotFiles.read(real)).isEqualTo(AllKinds.snapshot());
    }

    @Test
    void a_symbolic_link_to_a_device_writes_to_the_device_and_stays_a_link_issue9() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/null")), "no /dev/null");
        Path link = dir.resolve("null.json");
        try {
            Files.createSymbolicLink(link, Path.of("/dev/null"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }

        SnapshotFiles.write(AllKinds.snapshot(), link);

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.isRegularFile(Path.of("/dev/null"))).isFalse();
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void a_snapshot_that_would_not_read_back_is_refused_and_the_file_is_untouched() throws IOException {
        Path file = dir.resolve("schema.json");
        Files.writeString(file, "precious");
        Snapshot twoColumnsNamedId = Snapshot.builder()
                .add(Table.builder(ObjectPath.of("public", "t")).column("id", "bigint").column("id", "text").build())
                .build();

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> SnapshotFiles.write(twoColumnsNamedId, file));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.INVALID_ARGUMENT);
        assertThat(e.getMessage()).isEqualTo("Cannot write this snapshot: it would not read back (at "
                + "tables[0].columns[1]: duplicate column name \"id\" (the same as tables[0].columns[0])). The "
                + "snapshot holds something a database cannot; check how it was captured or built.");
        assertThat(Files.readString(file)).isEqualTo("precious");
        assertThat(temporaryFiles()).isEmpty();
    }

    @Test
    void writing_to_a_directory_is_refused_naming_it() throws IOException {
        Path target = Files.createDirectory(dir.resolve("schema.json"));

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> SnapshotFiles.write(AllKinds.snapshot(), target));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).isEqualTo("Cannot write snapshot file " + target
                + ": it is a directory. Name a file instead.");
        assertThat(Files.isDirectory(target)).isTrue();
    }

    @Test
    void writing_below_a_regular_file_is_refused_naming_the_file() throws IOException {
        Path notADirectory = Files.writeString(dir.resolve("plain"), "x");
        Path file = notADirectory.resolve("schema.json");

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> SnapshotFiles.write(AllKinds.snapshot(), file));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).startsWith("Cannot write snapshot file " + file + ":")
                .contains("not a directory");
        assertThat(Files.readString(notADirectory)).isEqualTo("x");
    }

    @Test
    void reading_a_missing_file_fails_with_an_io_reason_naming_the_file_and_the_fix() {
        Path file = dir.resolve("missing.json");

        DriftException e = catchThrowableOfType(DriftException.class, () -> SnapshotFiles.read(file));

        assertThat(e).isNotInstanceOf(SnapshotFormatException.class);
        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).isEqualTo("Cannot read snapshot file " + file + ": it does not exist. Check the "
                + "path, or capture a snapshot and write it there first.");
    }

    @Test
    void reading_a_directory_fails_with_an_io_reason_naming_it() {
        DriftException e = catchThrowableOfType(DriftException.class, () -> SnapshotFiles.read(dir));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).isEqualTo("Cannot read snapshot file " + dir + ": it is a directory. Name the "
                + "snapshot file (a .json file) instead.");
    }

    @Test
    void a_format_problem_in_a_file_names_the_file() throws IOException {
        Path file = Files.writeString(dir.resolve("package.json"), "{\"name\": \"app\"}\n");

        SnapshotFormatException e = catchThrowableOfType(SnapshotFormatException.class,
                () -> SnapshotFiles.read(file));

        assertThat(e.sourceName()).isEqualTo(file.toString());
        assertThat(e.getMessage()).startsWith("Cannot read snapshot " + file + " (line 1, column 1): not a Drift "
                + "snapshot");
    }

    @Test
    void a_stream_that_fails_is_an_io_error_naming_the_source() {
        ByteArrayInputStream bytes = new ByteArrayInputStream(new byte[10]);
        FilterInputStream failing = new FilterInputStream(bytes) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                throw new IOException("connection reset");
            }
        };

        DriftException e = catchThrowableOfType(DriftException.class,
                () -> SnapshotFiles.read(failing, "http://example/schema.json"));

        assertThat(e.reason()).isEqualTo(DriftException.Reason.IO);
        assertThat(e.getMessage()).contains("http://example/schema.json").contains("connection reset");
    }

    @Test
    void streams_are_written_and_read_without_being_closed() {
        AtomicBoolean outClosed = new AtomicBoolean();
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        OutputStream out = new FilterOutputStream(buffer) {
            @Override
            public void close() {
                outClosed.set(true);
            }
        };
        AtomicBoolean inClosed = new AtomicBoolean();

        SnapshotFiles.write(AllKinds.snapshot(), out);
        FilterInputStream in = new FilterInputStream(new ByteArrayInputStream(buffer.toByteArray())) {
            @Override
            public void close() {
                inClosed.set(true);
            }
        };
        Snapshot read = SnapshotFiles.read(in, "buffer");

        assertThat(read).isEqualTo(AllKinds.snapshot());
        assertThat(outClosed).isFalse();
        assertThat(inClosed).isFalse();
        assertThat(buffer.toString(StandardCharsets.UTF_8)).isEqualTo(SnapshotFiles.toJson(AllKinds.snapshot()));
    }

    @Test
    void a_snapshot_file_is_an_expected_schema_source_described_by_its_file() throws IOException {
        Path file = dir.resolve("expected.json");
        Snapshot snapshot = Snapshot.builder().add(SchemaDef.named("public")).build();
        SnapshotFiles.write(snapshot, file);

        ExpectedSchemaSource source = SnapshotFiles.source(file);

        assertThat(source.description()).isEqualTo("snapshot file " + file);
        assertThat(source.load()).isEqualTo(snapshot);

        Files.writeString(file, "[]");
        SnapshotFormatException e = catchThrowableOfType(SnapshotFormatException.class, source::load);
        assertThat(e.sourceName()).isEqualTo(file.toString());
    }

    private Stream<Path> temporaryFilesStream() throws IOException {
        return Files.walk(dir).filter(p -> p.getFileName().toString().endsWith(".tmp"));
    }

    private java.util.List<Path> temporaryFiles() {
        try (Stream<Path> files = temporaryFilesStream()) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
