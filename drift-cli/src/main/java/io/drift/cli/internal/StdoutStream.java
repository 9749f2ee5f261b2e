package io.drift.cli.internal;

import static java.util.Objects.requireNonNull;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The command line's stdout: a {@link PrintStream}, as picocli and the renderers want, that remembers the first write
 * or flush error instead of only setting a flag, so that {@code drift snapshot > /dev/full} or a redirect onto a full
 * disk fails with what went wrong rather than exiting 0 with a truncated file. {@link #checkError()} tells whether
 * anything failed; {@link #failure()} says what.
 */
public final class StdoutStream extends PrintStream {

    private final Recorder recorder;

    private StdoutStream(Recorder recorder) {
        super(recorder, false, StandardCharsets.UTF_8);
        this.recorder = recorder;
    }

    /** @return the process's stdout, buffered */
    public static StdoutStream system() {
        return of(new FileOutputStream(FileDescriptor.out));
    }

    /**
     * @param target where the bytes go
     * @return a stream over {@code target} that remembers its first failure
     */
    public static StdoutStream of(OutputStream target) {
        return new StdoutStream(new Recorder(new BufferedOutputStream(requireNonNull(target, "target"), 64 * 1024)));
    }

    /** @return the first error writing or flushing, if any */
    public Optional<IOException> failure() {
        return Optional.ofNullable(recorder.failure);
    }

    @Override
    public void close() {
        flush();    // never the process's own stdout: the JVM does that
    }

    /** Passes everything on, and keeps the first exception before the print stream swallows it. */
    private static final class Recorder extends FilterOutputStream {
        private volatile IOException failure;

        Recorder(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) {
                failure = e;
            }
            return e;
        }
    }
}
