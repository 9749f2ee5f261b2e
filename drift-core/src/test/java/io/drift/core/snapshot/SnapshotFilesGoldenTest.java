package io.drift.core.snapshot;

import io.drift.core.model.Snapshot;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The golden file is the format made visible: a change to it is a change to every committed baseline. To rewrite it
 * after a deliberate change, run this test with {@code DRIFT_UPDATE_GOLDEN=true} from the module directory, review
 * the file by eye, and commit it with the reason.
 */
class SnapshotFilesGoldenTest {

    private static final String GOLDEN = "all-kinds.json";

    @Test
    void writing_the_all_kinds_snapshot_gives_the_golden_file_byte_for_byte() throws IOException {
        byte[] written = SnapshotFiles.toJson(AllKinds.snapshot()).getBytes(StandardCharsets.UTF_8);
        if ("true".equals(System.getenv("DRIFT_UPDATE_GOLDEN"))) {
            Files.write(Path.of("src/test/resources/io/drift/core/snapshot", GOLDEN), written);
        }

        byte[] golden = golden();

        assertThat(new String(written, StandardCharsets.UTF_8)).isEqualTo(new String(golden, StandardCharsets.UTF_8));
        assertThat(written).isEqualTo(golden);
    }

    @Test
    void reading_the_golden_file_gives_the_all_kinds_snapshot() throws IOException {
        try (InputStream in = SnapshotFilesGoldenTest.class.getResourceAsStream(GOLDEN)) {
            Snapshot read = SnapshotFiles.read(in, GOLDEN);

            assertThat(read).isEqualTo(AllKinds.snapshot());
        }
    }

    static byte[] golden() throws IOException {
        try (InputStream in = SnapshotFilesGoldenTest.class.getResourceAsStream(GOLDEN)) {
            assertThat(in).as("golden file %s on the test class path", GOLDEN).isNotNull();
            return in.readAllBytes();
        }
    }
}
