package io.drift.core.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The one way Drift writes a file (a snapshot, a report), with one behaviour wherever it is used:
 * <ul>
 *     <li><b>A regular file</b> (new or existing) is replaced atomically: the content goes to a temporary file in the
 *     same directory, is forced to disk, and is renamed over the target. Readers see the old content or the new, never
 *     a part; when anything fails the target is untouched and the temporary file is removed. A replaced file keeps its
 *     permissions (and, where the process may, its owner and group); a new one gets the process's defaults (umask).
 *     Missing parent directories are created, as {@code mkdir -p} would.</li>
 *     <li><b>A symbolic link</b> is followed (a chain of them too): the file it leads to is replaced as above and the
 *     link stays a link, as an editor would do it (git would otherwise see a committed baseline change type). A link
 *     to nothing creates the file it names.</li>
 *     <li><b>What is not a regular file</b> (a device such as {@code /dev/null}, a FIFO, a process substitution such as
 *     {@code /dev/fd/63}, {@code /dev/stdout}) is written to in place, never replaced: it cannot be written atomically,
 *     and replacing it (as root, {@code /dev/null}) would break the system. A descriptor path
 *     ({@code /dev/stdout}, {@code /dev/fd/N}, {@code /proc/self/fd/N}) is appended to, so that it continues what the
 *     shell opened rather than overwriting it from the start.</li>
 *     <li><b>A directory</b> is refused, naming it.</li>
 * </ul>
 * Every failure is a {@link DriftException} with reason {@code IO} whose message names the file, the cause and the
 * fix; a {@code DriftException} thrown by the content itself (a snapshot refused before writing) passes through as it
 * is, the target untouched.
 *
 * <p><b>Internal: may change without notice.</b> Public for Drift's own modules (the snapshot files, the command
 * line's reports), which must all write files the same way.
 */
public final class AtomicFiles {

    /** What goes into the file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out where to write; closed by the caller
         * @throws IOException when writing fails; the target is then left as it was (for a regular file)
         */
        void writeTo(OutputStream out) throws IOException;
    }

    /** How a path is written. */
    public enum Mode {
        /** A regular file, new or existing: written next to it and renamed over it. */
        REPLACE,
        /** Something that is not a regular file (a device, a FIFO, a descriptor): written to in place. */
        IN_PLACE
    }

    /**
     * Where a path leads, resolved once: the file that is really written, and how.
     *
     * @param given  the path as given
     * @param target the file written: {@code given} with symbolic links followed (for {@link Mode#IN_PLACE}, the path
     *               as given, which the operating system resolves itself)
     * @param mode   how it is written
     */
    public record Target(Path given, Path target, Mode mode) {
        public Target {
            requireNonNull(given, "given");
            requireNonNull(target, "target");
            requireNonNull(mode, "mode");
        }

        /** @return whether the target exists already */
        public boolean exists() {
            return Files.exists(target);
        }
    }

    /** Linux's own limit on the links followed in one path (ELOOP). */
    private static final int MAX_LINKS = 40;
    /** Paths that stand for an open file descriptor rather than a file. */
    private static final Pattern DESCRIPTOR = Pattern.compile("/dev/(fd/\\d+|std(in|out|err))|/proc/[^/]+/fd/\\d+");

    private AtomicFiles() {
    }

    /**
     * Resolves where writing {@code file} would go, without writing anything.
     *
     * @param file the path to write
     * @param what what is written, for messages ({@code snapshot file}, {@code report})
     * @return the target
     * @throws DriftException with reason {@code IO} for a directory, a loop of links, or a path that cannot be read
     */
    public static Target resolve(Path file, String what) {
        requireNonNull(file, "file");
        requireNonNull(what, "what");
        if (file.toString().isEmpty()) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "Cannot write " + what + " to an empty path. Name a"
                    + " file.");
        }
        Path path = file.toAbsolutePath();
        try {
            for (int links = 0; ; links++) {
                if (DESCRIPTOR.matcher(path.toString()).matches()) {
                    return new Target(file, file.toAbsolutePath(), Mode.IN_PLACE);
                }
                if (!Files.isSymbolicLink(path)) {
                    break;
                }
                if (links == MAX_LINKS) {
                    throw new FileSystemLoopException(file.toString());
                }
                Path link = Files.readSymbolicLink(path);
                Path parent = path.getParent();
                path = parent == null ? link : parent.resolve(link);
            }
        } catch (FileSystemLoopException e) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": its symbolic links form a"
                    + " loop (or more than " + MAX_LINKS + " lead one to the next). Fix the links, or choose another"
                    + " path.", e);
        } catch (IOException e) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": cannot read the symbolic"
                    + " link (" + e + "). Check the path and its permissions.", e);
        }
        if (Files.isDirectory(path)) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": "
                    + (path.equals(file.toAbsolutePath()) ? "it is" : "it leads to " + path + ", which is")
                    + " a directory. Name a file instead.");
        }
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            return new Target(file, file.toAbsolutePath(), Mode.IN_PLACE);
        }
        return new Target(file, path, Mode.REPLACE);
    }

    /**
     * Fails before any expensive work (a capture, a diff) when {@code file} could not be written afterwards: a
     * directory, a parent path that is not a directory, a directory that is not writable.
     *
     * @param file the path that will be written
     * @param what what is written, for messages
     * @return where it will be written
     * @throws DriftException with reason {@code IO} naming the problem and the fix
     */
    public static Target check(Path file, String what) {
        Target target = resolve(file, what);
        if (target.mode() == Mode.IN_PLACE) {
            if (!Files.isWritable(target.target())) {
                throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": it is not writable."
                        + " Fix its permissions, or choose another path.");
            }
            return target;
        }
        Path ancestor = target.target().getParent();
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor == null) {
            return target;
        }
        if (!Files.isDirectory(ancestor)) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": " + ancestor
                    + " is a file, not a directory. Choose another path.");
        }
        if (!Files.isWritable(ancestor)) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": the directory " + ancestor
                    + " is not writable (Drift writes a temporary file next to the target, then renames it). Fix"
                    + " its permissions, or choose another path.");
        }
        return target;
    }

    /**
     * Writes {@code file} as the class describes.
     *
     * @param file    the path to write
     * @param what    what is written, for messages ({@code snapshot file}, {@code report})
     * @param content produces the bytes
     * @throws DriftException with reason {@code IO} naming the file, the cause and the fix; or what {@code content}
     *                        threw, when that is a {@code DriftException}
     */
    public static void write(Path file, String what, Content content) {
        requireNonNull(content, "content");
        Target target = resolve(file, what);
        if (target.mode() == Mode.IN_PLACE) {
            writeInPlace(target, what, content);
        } else {
            replace(target, what, content);
        }
    }

    private static void writeInPlace(Target target, String what, Content content) {
        boolean descriptor = DESCRIPTOR.matcher(target.target().toString()).matches();
        try (OutputStream out = descriptor
                ? Files.newOutputStream(target.target(), StandardOpenOption.WRITE, StandardOpenOption.APPEND)
                : Files.newOutputStream(target.target(), StandardOpenOption.WRITE)) {
            content.writeTo(out);
            out.flush();
        } catch (DriftException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw new DriftException(Reason.IO, "Cannot write " + what + " " + target.given() + " (" + describe(e)
                    + "). It is not a regular file, so it was written in place: check where it leads (a full disk, a"
                    + " closed pipe, a device that refuses writes).", e);
        }
    }

    private static void replace(Target target, String what, Content content) {
        Path file = target.target();
        Path directory = file.getParent();
        Path temp = directory.resolve("." + file.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean existed = Files.exists(file);
        try {
            Files.createDirectories(directory);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            keepAttributes(file, temp);
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException suppressed) {
                e.addSuppressed(suppressed);
            }
            if (e instanceof DriftException) {
                throw (DriftException) e;   // the content's own refusal, not the file's
            }
            throw failure(target, what, e, existed);
        }
    }

    /**
     * A replaced file keeps its POSIX permissions, and its owner and group where the process may set them (root
     * replacing a user's file); a new one keeps the process's defaults.
     */
    private static void keepAttributes(Path target, Path temp) throws IOException {
        if (!Files.isRegularFile(target)
                || !Files.getFileStore(temp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        PosixFileAttributes before = Files.readAttributes(target, PosixFileAttributes.class);
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        PosixFileAttributes now = view.readAttributes();
        try {
            if (!before.group().equals(now.group())) {
                view.setGroup(before.group());
            }
            if (!before.owner().equals(now.owner())) {
                view.setOwner(before.owner());
            }
        } catch (IOException | UnsupportedOperationException e) {
            // Only a privileged process may give a file away; the content matters more than its owner.
        }
        view.setPermissions(before.permissions());
    }

    private static DriftException failure(Target target, String what, Exception e, boolean existed) {
        Path file = target.given();
        String unchanged = existed ? " The existing file is unchanged." : "";
        if (e instanceof AccessDeniedException) {
            String on = ((AccessDeniedException) e).getFile();
            return new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": permission denied on "
                    + (on == null ? file : on) + "." + unchanged + " Make its directory writable by the user running"
                    + " Drift, or choose another path.", e);
        }
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException
                || e instanceof NoSuchFileException && !existed) {
            return new DriftException(Reason.IO, "Cannot write " + what + " " + file + ": a part of its directory"
                    + " path is not a directory (" + describe(e) + "). Choose another path.", e);
        }
        return new DriftException(Reason.IO, "Cannot write " + what + " " + file + " (" + describe(e) + ")."
                + unchanged + " Check the disk has space and the directory is writable.", e);
    }

    /** @return the exception in a few words: the reason a file system gives, else its message */
    private static String describe(Exception e) {
        if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
            return ((FileSystemException) e).getReason();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
