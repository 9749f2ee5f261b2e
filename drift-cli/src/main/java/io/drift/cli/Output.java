package io.drift.cli;

import io.drift.cli.internal.StdoutStream;
import io.drift.core.DriftException;
import io.drift.core.DriftException.Reason;
import io.drift.core.internal.AtomicFiles;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Where a command's result goes, for every command that writes one ({@code snapshot}, {@code diff}, and those to
 * come): stdout, or the {@code --output} file, written by drift-core's one file writer ({@link AtomicFiles}): a
 * regular file replaced atomically, a link written through, a device or a FIFO written in place, never a half-written
 * file. Checked when the command starts, before any connection; written once the result is known.
 *
 * <p>A command calls {@link #of} when it starts (a usage error for an empty name, stdout for none or {@code -}),
 * {@link #refuseToOverwrite} for each file it reads (so that {@code drift diff a.json b.json -o a.json} is refused
 * before anything is read), and {@link #writeText} once, with the rendered result.
 *
 * <p>A write or flush error on stdout (a full disk, a closed pipe, {@code > /dev/full}) is an error (exit 3), never a
 * success with a truncated result.
 */
final class Output {

    /** Produces text, written as UTF-8. */
    @FunctionalInterface
    interface TextContent {
        void writeTo(Writer out) throws IOException;
    }

    private final CliContext context;
    private final String what;
    private final AtomicFiles.Target target;

    private Output(CliContext context, String what, AtomicFiles.Target target) {
        this.context = context;
        this.what = what;
        this.target = target;
    }

    /**
     * @param context the command's context
     * @param option  the {@code --output} value as given: {@code null} or {@code -} for stdout
     * @param what    what is written, for messages ({@code report}, {@code snapshot file})
     * @return the output, checked: a directory, a path below a file, a directory that is not writable fail now
     * @throws DriftException {@code INVALID_ARGUMENT} for an empty value, {@code IO} for a path that cannot be
     *                        written
     */
    static Output of(CliContext context, String option, String what) {
        if (option == null || option.equals("-")) {
            return new Output(context, what, null);
        }
        if (option.isBlank()) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--output is empty. Give a file name, or - for"
                    + " stdout");
        }
        Path file;
        try {
            file = Path.of(option);
        } catch (InvalidPathException e) {
            throw new DriftException(Reason.INVALID_ARGUMENT, "--output '" + option + "' is not a file name ("
                    + e.getReason() + ")", e);
        }
        return new Output(context, what, AtomicFiles.check(file, what));
    }

    boolean isFile() {
        return target != null;
    }

    /** @return the file as given */
    Path file() {
        return target == null ? null : target.given();
    }

    String describe() {
        return target == null ? "stdout" : target.given().toString();
    }

    /**
     * Refuses an output that is one of the command's inputs, which writing would destroy before anyone saw the
     * result: {@code drift diff expected.json actual.json -o expected.json}.
     *
     * @param role  the input's name in the usage ({@code EXPECTED})
     * @param input the input as given: a file, or anything else (a URL, {@code -}), which is ignored
     */
    void refuseToOverwrite(String role, String input) {
        // Only a regular file is replaced; a device or a pipe may well be stdin and stdout at once (a terminal).
        if (target == null || input == null || target.mode() != AtomicFiles.Mode.REPLACE || !target.exists()) {
            return;
        }
        Path in;
        try {
            in = Path.of(input);
        } catch (InvalidPathException e) {
            return;
        }
        try {
            if (Files.exists(in) && Files.isSameFile(in, target.target())) {
                throw new DriftException(Reason.INVALID_ARGUMENT, "--output " + target.given() + " is " + role
                        + " (" + input + "), which the command reads: writing the " + what + " there would replace"
                        + " it. Give another --output");
            }
        } catch (IOException e) {
            // Cannot tell: the write itself will say what is wrong.
        }
    }

    /** Writes bytes to stdout or the file. */
    void write(AtomicFiles.Content content) {
        if (target != null) {
            AtomicFiles.write(target.given(), what, content);
            return;
        }
        PrintStream out = context.out();
        try {
            content.writeTo(out);
        } catch (IOException e) {
            throw stdoutFailure(e);
        }
        checkStdout();
    }

    /** Writes text (UTF-8) to stdout or the file. */
    void writeText(TextContent content) {
        write(stream -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 64 * 1024);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /**
     * Flushes stdout and fails when anything written to it so far was lost.
     *
     * @throws DriftException with reason {@code IO}
     */
    void checkStdout() {
        PrintStream out = context.out();
        out.flush();
        if (out.checkError()) {
            throw stdoutFailure(out instanceof StdoutStream ? ((StdoutStream) out).failure().orElse(null) : null);
        }
    }

    static DriftException stdoutFailure(IOException cause) {
        String why = cause == null || cause.getMessage() == null ? "the write failed" : cause.getMessage();
        return new DriftException(Reason.IO, "Cannot write to stdout (" + why + "): the output is incomplete."
                + " Check where stdout leads (a full disk, a closed pipe), or write to a file with --output.", cause);
    }
}
