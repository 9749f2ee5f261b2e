package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.drift.core.DriftException;
import io.drift.core.internal.AtomicFiles;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.ExpectedSchemaSource;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * Writes and reads snapshot files: canonical JSON, so that an unchanged database saved twice gives byte-identical files
 * and a baseline committed to git changes by one line when one property changes.
 *
 * <pre>{@code
 * SnapshotFiles.write(snapshot, Path.of("src/test/resources/schema.json"));
 * Snapshot expected = SnapshotFiles.read(Path.of("src/test/resources/schema.json"));
 * ExpectedSchemaSource source = SnapshotFiles.source(Path.of("schema.json"));
 * }</pre>
 *
 * <p>The layout: UTF-8 without a byte-order mark, {@code \n} line ends, two-space indent, a final newline;
 * {@code "formatVersion"} first, then {@code "database"}, then one array per kind of object in path order, each object
 * with its fields in a fixed order, {@code null} fields and empty collections left out. {@code docs/snapshot-format.md}
 * lists every field.
 *
 * <p>Reading is strict, and all or nothing: malformed JSON, a file of a newer format, a file that is not a snapshot,
 * an unknown field, a value of the wrong type, an unknown enum value, a missing required field or two objects at one
 * path is a {@link SnapshotFormatException} naming the source, the line and column, the JSON path and the fix. A
 * reader of format N reads every file of format N or lower.
 *
 * @since 0.1.0
 */
public final class SnapshotFiles {

    /** The format version this release writes, and the newest it reads. */
    public static final int FORMAT_VERSION = 1;

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new SnapshotModule())
            .build();

    private static final String NOT_A_SNAPSHOT_FIX = "Check that it names a snapshot file written by Drift (a JSON "
            + "object that starts with \"formatVersion\": " + FORMAT_VERSION + ")";
    /** The value found and the limit, in a {@link StreamConstraintsException}'s message. */
    private static final Pattern LIMIT = Pattern.compile("\\((\\d+)\\) exceeds the maximum allowed \\((\\d+)");
    private static final Pattern JACKSON_SOURCE = Pattern.compile("\\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)]");

    private SnapshotFiles() {
    }

    /**
     * @param snapshot a snapshot
     * @return its canonical JSON text, ending with a newline
     * @throws DriftException with reason {@code INVALID_ARGUMENT} when the text would not read back, because the
     *                        snapshot holds what no database can (two columns of one table with one name, two
     *                        constraints with one name); every writing method checks this before writing anything
     */
    public static String toJson(Snapshot snapshot) {
        return new String(toBytes(snapshot), StandardCharsets.UTF_8);
    }

    /**
     * @param json       the text of a snapshot file
     * @param sourceName what to call it in error messages
     * @return the snapshot
     * @throws SnapshotFormatException when it is not a readable snapshot; nothing is returned then
     */
    public static Snapshot fromJson(String json, String sourceName) {
        requireNonNull(json, "json");
        requireNonNull(sourceName, "sourceName");
        return parse(json.startsWith("\uFEFF") ? json.substring(1) : json, sourceName);
    }

    /**
     * Writes the canonical JSON of {@code snapshot} to a stream, and flushes it.
     *
     * @param snapshot a snapshot
     * @param out      where to write; not closed
     * @throws DriftException with reason {@code IO} when the stream fails
     */
    public static void write(Snapshot snapshot, OutputStream out) {
        byte[] bytes = toBytes(snapshot);
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO,
                    "Cannot write the snapshot to the output stream (" + e + "). Check where the stream leads.", e);
        }
    }

    /**
     * Writes a snapshot file atomically: the JSON goes to a temporary file in the same directory, which is then moved
     * over {@code file}. Readers see the old file or the new one, never a part; when writing fails the old file is
     * untouched and the temporary file is removed. Missing parent directories are created, as {@code mkdir -p} would.
     * A replaced file keeps its permissions, a new file gets the process's defaults (its umask). A symbolic link is
     * written through, not replaced; what is not a regular file ({@code /dev/null}, a FIFO, {@code /dev/stdout}) is
     * written to in place, never replaced; a directory is refused. The command line writes every file the same way.
     *
     * @param snapshot a snapshot
     * @param file     the file to write or replace
     * @throws DriftException with reason {@code IO} naming the file when it cannot be written, or
     *                        {@code INVALID_ARGUMENT} when the snapshot would not read back (see {@link #toJson})
     */
    public static void write(Snapshot snapshot, Path file) {
        requireNonNull(snapshot, "snapshot");
        requireNonNull(file, "file");
        if (AtomicFiles.resolve(file, "snapshot file").mode() == AtomicFiles.Mode.IN_PLACE) {
            // A device or a pipe cannot take back what was written: nothing goes out before the whole is rendered.
            byte[] bytes = toBytes(snapshot);
            writeAtomically(file, out -> out.write(bytes));
            return;
        }
        // Rendered straight into the temporary file: a 10,000-table snapshot is 38 MB of JSON, and an in-memory
        // copy first cost three times that in allocation (a growing buffer, then its copy). A snapshot the codecs
        // refuse half-way leaves only the temporary file, which is removed.
        writeAtomically(file, out -> {
            try {
                render(snapshot, out);
            } catch (FormatProblem e) {
                throw refused(e);
            }
        });
        assert readsBack(file, snapshot);
    }

    /**
     * Reads a snapshot from a stream, to its end.
     *
     * @param in         the stream; not closed
     * @param sourceName what to call it in error messages
     * @return the snapshot
     * @throws SnapshotFormatException when it is not a readable snapshot; nothing is returned then
     * @throws DriftException          with reason {@code IO} when the stream fails
     */
    public static Snapshot read(InputStream in, String sourceName) {
        requireNonNull(in, "in");
        requireNonNull(sourceName, "sourceName");
        byte[] bytes;
        try {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO,
                    "Cannot read snapshot " + sourceName + " (" + e + "). Check where the stream comes from.", e);
        }
        return parse(decode(bytes, sourceName), sourceName);
    }

    /**
     * Reads a snapshot file.
     *
     * @param file the file
     * @return the snapshot
     * @throws SnapshotFormatException when it is not a readable snapshot; nothing is returned then
     * @throws DriftException          with reason {@code IO} naming the file when it is missing, a directory, or
     *                                 cannot be read
     */
    public static Snapshot read(Path file) {
        requireNonNull(file, "file");
        if (Files.isDirectory(file)) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read snapshot file " + file
                    + ": it is a directory. Name the snapshot file (a .json file) instead.");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read snapshot file " + file
                    + ": it does not exist. Check the path, or capture a snapshot and write it there first.", e);
        } catch (AccessDeniedException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read snapshot file " + file
                    + ": permission denied. Make it readable by the user running Drift.", e);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read snapshot file " + file + " (" + e
                    + "). Check the file and the disk it is on.", e);
        }
        return parse(decode(bytes, file.toString()), file.toString());
    }

    /**
     * @param file a snapshot file
     * @return the expected schema as the file holds it, read again on every {@link ExpectedSchemaSource#load()}
     * @since 0.1.0
     */
    public static ExpectedSchemaSource source(Path file) {
        return new SnapshotFileSource(requireNonNull(file, "file"));
    }

    // Writing

    /**
     * Renders the file, refusing before anything is written what the reader would refuse, so that no file Drift
     * writes is one it refuses to read: the model allows what the format does not (two columns of one table with one
     * name), and a baseline that cannot be read back is found when it is written, with the old file still in place,
     * not in CI later. The codecs check on the way out what they check on the way in (duplicate keys, elements that
     * do not belong), so this costs one pass over the snapshot, not a second parse of the whole file and a deep
     * comparison (which made writing a 10,000-table snapshot take twice as long and hold three copies of it). With
     * assertions on, as in the tests, the file is read back and compared as well.
     */
    private static byte[] toBytes(Snapshot snapshot) {
        requireNonNull(snapshot, "snapshot");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            render(snapshot, out);
        } catch (FormatProblem e) {
            throw refused(e);
        } catch (IOException e) {
            // Only an in-memory buffer is written to; a failure here is a bug, not an I/O problem.
            throw new UncheckedIOException("Cannot render " + snapshot + " as JSON", e);
        }
        byte[] bytes = out.toByteArray();
        assert readsBack(bytes, snapshot);
        return bytes;
    }

    private static DriftException refused(FormatProblem e) {
        return new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Cannot write this snapshot: it "
                + "would not read back (" + (e.path().isEmpty() ? "" : "at " + e.path() + ": ") + e.problem()
                + "). The snapshot holds something a database cannot; check how it was captured or built.", e);
    }

    private static boolean readsBack(Path file, Snapshot snapshot) {
        try {
            return readsBack(Files.readAllBytes(file), snapshot);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read back " + file, e);
        }
    }

    private static boolean readsBack(byte[] bytes, Snapshot snapshot) {
        Snapshot back;
        try {
            back = parse(new String(bytes, StandardCharsets.UTF_8), "being written");
        } catch (SnapshotFormatException e) {
            throw new IllegalStateException("The snapshot file format wrote what it cannot read (a bug in Drift; "
                    + "please report it with the snapshot): " + e.getMessage(), e);
        }
        if (!back.equals(snapshot) || !Objects.equals(back.database(), snapshot.database())) {
            throw new IllegalStateException("The snapshot file format does not round-trip this snapshot (a bug in "
                    + "Drift; please report it with the snapshot): " + snapshot);
        }
        return true;
    }

    /**
     * Writes the canonical JSON and its final newline to {@code out}, which stays open.
     *
     * @throws FormatProblem when a codec refuses what it would not read back
     */
    private static void render(Snapshot snapshot, OutputStream out) throws IOException {
        try (JsonGenerator generator = MAPPER.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.setPrettyPrinter(new CanonicalPrettyPrinter());
            MAPPER.writeValue(generator, snapshot);
            generator.writeRaw('\n');
        } catch (IOException e) {
            // Jackson wraps what a serializer throws; a problem the codecs found is the snapshot's, not a bug.
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof FormatProblem) {
                    throw (FormatProblem) cause;
                }
            }
            throw e;
        }
    }

    /** Writes through the one writer Drift has for files; a seam for tests that make writing fail half-way. */
    static void writeAtomically(Path file, AtomicFiles.Content content) {
        AtomicFiles.write(file, "snapshot file", content);
    }

    // Reading

    /** Decodes strict UTF-8, so a file in another encoding is refused where its first bad byte is. */
    private static String decode(byte[] bytes, String sourceName) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int offset = in.position();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < offset; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new SnapshotFormatException(sourceName, line, offset - lineStart + 1, "",
                    String.format("not UTF-8 text (byte 0x%02X at offset %d)", bytes[offset] & 0xFF, offset),
                    "Save the file as UTF-8, or capture the snapshot again", null);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Snapshot parse(String json, String sourceName) {
        JsonParser current = null;
        try {
            try (JsonParser parser = MAPPER.createParser(json)) {
                current = parser;
                checkFormatVersion(parser);
            }
            try (JsonParser parser = MAPPER.createParser(json)) {
                current = parser;
                parser.nextToken();
                return MAPPER.readValue(parser, Snapshot.class);
            }
        } catch (StreamConstraintsException e) {
            throw beyondLimits(e, current, sourceName);
        } catch (FormatProblem p) {
            JsonLocation at = p.location();
            throw new SnapshotFormatException(sourceName, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), p.path(), p.problem(), p.fix(), null);
        } catch (StreamReadException e) {
            JsonLocation at = e.getLocation();
            String path = e.getProcessor() instanceof JsonParser
                    ? JsonIn.pathOf(((JsonParser) e.getProcessor()).getParsingContext()) : "";
            throw new SnapshotFormatException(sourceName, at == null ? -1 : at.getLineNr(),
                    at == null ? -1 : at.getColumnNr(), path, "malformed JSON: " + clean(e.getOriginalMessage()),
                    "Correct the JSON syntax, or capture the snapshot again", e);
        } catch (JsonProcessingException e) {
            throw new SnapshotFormatException(sourceName, -1, -1, "",
                    "cannot be read: " + clean(e.getOriginalMessage()), "Capture the snapshot again", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Reading from a string failed", e);
        }
    }

    /**
     * The first pass: the whole document is well-formed JSON, a single object, with a {@code formatVersion} this
     * reader knows. Only then is the content read, so that a newer file is reported as newer, not as a list of
     * unknown fields, and a {@code package.json} as not a snapshot. {@code formatVersion} may be anywhere among the
     * top-level fields (a file sorted by {@code jq -S} is still read); Drift writes it first.
     */
    private static void checkFormatVersion(JsonParser parser) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) {
            throw new FormatProblem(parser.currentLocation(), "", "not a Drift snapshot: it is empty",
                    NOT_A_SNAPSHOT_FIX);
        }
        JsonLocation start = parser.currentTokenLocation();
        if (token != JsonToken.START_OBJECT) {
            throw new FormatProblem(start, "", "not a Drift snapshot: it holds " + JsonIn.describe(parser)
                    + ", not a JSON object", NOT_A_SNAPSHOT_FIX);
        }
        JsonLocation versionAt = null;
        String versionText = null;
        boolean huge = false;
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            parser.nextToken();
            if (FormatV1.FORMAT_VERSION.equals(name)) {
                if (versionAt != null) {
                    throw new FormatProblem(parser.currentTokenLocation(), name, "the field appears twice",
                            "Keep one of them");
                }
                versionAt = parser.currentTokenLocation();
                if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
                    throw new FormatProblem(versionAt, name, "expected a whole number, found "
                            + JsonIn.describe(parser), JsonIn.CONTENT_FIX);
                }
                versionText = parser.getText();
                huge = parser.getNumberType() != JsonParser.NumberType.INT;
            }
            parser.skipChildren();
        }
        JsonToken after = parser.nextToken();
        if (after != null) {
            throw new FormatProblem(parser.currentTokenLocation(), "",
                    "more JSON after the end of the snapshot object: " + JsonIn.describe(parser),
                    "A snapshot file holds one JSON object; remove what follows it");
        }
        if (versionAt == null) {
            throw new FormatProblem(start, "", "not a Drift snapshot: the top-level object has no \"formatVersion\"",
                    NOT_A_SNAPSHOT_FIX);
        }
        long version = huge ? Long.MAX_VALUE : Long.parseLong(versionText);
        if (version > FORMAT_VERSION) {
            throw new FormatProblem(versionAt, FormatV1.FORMAT_VERSION, "written by a newer Drift (format "
                    + versionText + ", this Drift reads up to " + FORMAT_VERSION + ")",
                    "Upgrade Drift, or capture the snapshot again with this version");
        }
        if (version < 1) {
            throw new FormatProblem(versionAt, FormatV1.FORMAT_VERSION, "there is no format version " + versionText
                    + " (the first is 1)", JsonIn.CONTENT_FIX);
        }
    }

    /**
     * A document beyond the JSON parser's limits (nesting depth, number length, name and string length), which no
     * snapshot comes near: said in Drift's words, with where the parser stopped.
     */
    private static SnapshotFormatException beyondLimits(StreamConstraintsException e, JsonParser parser,
                                                        String sourceName) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        Matcher numbers = LIMIT.matcher(message);
        boolean known = numbers.find();
        String found = known ? numbers.group(1) : "?";
        String limit = known ? numbers.group(2) : "?";
        String problem;
        if (message.startsWith("Document nesting depth")) {
            problem = "nested " + found + " levels deep, deeper than the " + limit + " Drift reads (a snapshot"
                    + " nests a handful)";
        } else if (message.startsWith("Number value length")) {
            problem = "a number of " + found + " digits, longer than the " + limit + " Drift reads";
        } else if (message.startsWith("Name length")) {
            problem = "a field name of " + found + " characters, longer than the " + limit + " Drift reads";
        } else if (message.startsWith("String value length")) {
            problem = "a string of " + found + " characters, longer than the " + limit + " Drift reads";
        } else if (message.startsWith("Document length")) {
            problem = "a document of " + found + " characters, longer than the " + limit + " Drift reads";
        } else {
            problem = "beyond what Drift reads (" + clean(message) + ")";
        }
        JsonLocation at = parser == null ? e.getLocation() : parser.currentLocation();
        String path = parser == null ? "" : JsonIn.pathOf(parser.getParsingContext());
        return new SnapshotFormatException(sourceName, at == null ? -1 : at.getLineNr(),
                at == null ? -1 : at.getColumnNr(), path, "not a Drift snapshot: " + problem,
                "Check that it names a snapshot file written by Drift, or capture the snapshot again", e);
    }

    /** Jackson's own messages name the source in a way that only repeats ours; keep the line and column. */
    private static String clean(String message) {
        String text = message == null ? "" : message;
        return JACKSON_SOURCE.matcher(text).replaceAll("line $1, column $2").replace('\n', ' ').trim();
    }
}
