package io.drift.cli.internal;

import io.drift.core.DriftException;

import java.io.IOException;
import java.io.Writer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that readers see the old content or the new, never half of it: the content goes to a temporary
 * file in the same directory (so the move stays on one file system), is forced to disk, and then replaces the target
 * in one atomic rename. When anything fails the temporary file is removed and the target is untouched.
 */
public final class AtomicFiles {

    /** Produces the content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFiles() {
    }

    /**
     * Fails early, before any expensive work, when {@code target} cannot be written.
     *
     * @param target the file to be written later
     * @throws DriftException with reason IO naming the problem and the fix
     */
    public static void checkWritable(Path target) {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new DriftException(DriftException.Reason.IO, "Cannot write " + target + ": the directory " + dir
                    + " does not exist. Create it, or give another --output.");
        }
        if (Files.isDirectory(absolute)) {
            throw new DriftException(DriftException.Reason.IO, "Cannot write " + target
                    + ": it is a directory. Give a file name to --output.");
        }
        if (!Files.isWritable(dir)) {
            throw new DriftException(DriftException.Reason.IO, "Cannot write " + target + ": the directory " + dir
                    + " is not writable. Fix its permissions, or give another --output.");
        }
    }

    /**
     * @param target  the file to create or replace
     * @param content writes the content (UTF-8)
     * @throws DriftException with reason IO when the file cannot be written; {@code target} is then unchanged
     */
    public static void write(Path target, Content content) {
        checkWritable(target);
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, "." + absolute.getFileName() + ".", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                content.writeTo(out);
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            keepPermissions(absolute, temp);
            try {
                Files.move(temp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
            temp = null;
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot write " + target + " (" + e.getMessage()
                    + "). Check the disk has space and the directory is writable; the file was left as it was.", e);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Best effort: a stray temporary file beats hiding the error that brought us here.
                }
            }
        }
    }

    // A replaced file keeps its permissions; a new one gets rw-r--r-- rather than the temporary file's rw-------.
    private static void keepPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView tempView = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (tempView == null) {
            return;
        }
        PosixFileAttributeView targetView = Files.getFileAttributeView(target, PosixFileAttributeView.class);
        if (Files.exists(target) && targetView != null) {
            tempView.setPermissions(targetView.readAttributes().permissions());
        } else {
            tempView.setPermissions(PosixFilePermissions.fromString("rw-r--r--"));
        }
    }
}
