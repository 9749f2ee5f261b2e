package io.drift.cli;

import io.drift.cli.internal.AtomicFiles;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Where a command's result goes: stdout, or a file written atomically. */
final class Output {

    private final CliContext context;
    private final Path file;

    /** @param file the {@code --output} file, or {@code null} for stdout */
    Output(CliContext context, Path file) {
        this.context = context;
        this.file = file;
    }

    boolean isFile() {
        return file != null;
    }

    String describe() {
        return file == null ? "stdout" : file.toString();
    }

    /** Fails before any work is done when the file could not be written afterwards. */
    void check() {
        if (file != null) {
            AtomicFiles.checkWritable(file);
        }
    }

    void write(AtomicFiles.Content content) {
        if (file != null) {
            AtomicFiles.write(file, content);
            return;
        }
        try {
            Writer out = new OutputStreamWriter(context.out(), StandardCharsets.UTF_8);
            content.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
