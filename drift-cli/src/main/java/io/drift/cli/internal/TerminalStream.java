package io.drift.cli.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.report.ControlCharacters;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the command line prints for a person to read (stderr): every line redacted, then every control character
 * and every character that prints as nothing escaped as {@code \}{@code uXXXX}, except the line feeds and tabs that
 * lay the text out. A user name, a database name, a path or an option value echoed in a message can then neither
 * send the terminal an escape sequence (a colour, a new window title, a cleared screen) nor hide a character.
 * Lines are passed on whole, so that a password cannot escape redaction by being written in two pieces.
 */
public final class TerminalStream extends PrintStream {

    private TerminalStream(Filter filter) {
        super(filter, true, StandardCharsets.UTF_8);
    }

    /**
     * @param target    where the safe text goes
     * @param redaction masks every password before anything else
     * @return a stream that makes everything written to it safe to print; {@code target} itself when it is one
     */
    public static PrintStream wrap(PrintStream target, Redaction redaction) {
        requireNonNull(target, "target");
        requireNonNull(redaction, "redaction");
        if (target instanceof TerminalStream) {
            return target;
        }
        return new TerminalStream(new Filter(target, redaction));
    }

    /**
     * @param line text from anywhere
     * @return the text as {@link TerminalStream} prints it, without redaction: controls and invisible characters
     *         escaped, line feeds and tabs kept
     */
    public static String escape(String line) {
        StringBuilder out = new StringBuilder(line.length() + 16);
        int clean = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\n' || c == '\t' || !ControlCharacters.isUnsafe(c)) {
                continue;
            }
            out.append(line, clean, i);
            ControlCharacters.appendEscaped(out, line, i, i + 1);
            clean = i + 1;
        }
        return clean == 0 ? line : out.append(line, clean, line.length()).toString();
    }

    /** Collects bytes up to a line end, then writes the line redacted and escaped. */
    private static final class Filter extends OutputStream {
        private final PrintStream target;
        private final Redaction redaction;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);

        Filter(PrintStream target, Redaction redaction) {
            this.target = target;
            this.redaction = redaction;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                passOn();
            }
        }

        @Override
        public synchronized void write(byte[] bytes, int offset, int length) {
            int start = offset;
            for (int i = offset; i < offset + length; i++) {
                if (bytes[i] == '\n') {
                    line.write(bytes, start, i + 1 - start);
                    passOn();
                    start = i + 1;
                }
            }
            line.write(bytes, start, offset + length - start);
        }

        @Override
        public synchronized void flush() {
            passOn();
            target.flush();
        }

        @Override
        public void close() {
            flush();
        }

        private void passOn() {
            if (line.size() == 0) {
                return;
            }
            String text = escape(redaction.redact(line.toString(StandardCharsets.UTF_8)));
            line.reset();
            target.print(text);
        }
    }

    @Override
    public void close() {
        flush();    // never the process's own stderr
    }
}
