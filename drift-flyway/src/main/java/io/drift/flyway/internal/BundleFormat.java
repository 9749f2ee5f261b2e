package io.drift.flyway.internal;

import io.drift.core.DriftException;
import io.drift.core.internal.AtomicFiles;
import io.drift.core.model.Snapshot;
import io.drift.core.snapshot.SnapshotFiles;
import io.drift.flyway.MigrationChecksum;
import io.drift.flyway.MigrationsSnapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The file of an expected snapshot: a JSON header with the migrations' checksums, then the snapshot in Drift's own
 * format under {@code "snapshot"}, read without parsing the snapshot twice (its bytes go to {@link SnapshotFiles}).
 */
public final class BundleFormat {

    /** The format this release writes and the newest it reads. */
    public static final int FORMAT_VERSION = 1;
    /** The value of {@code "format"}, which tells this file from a plain snapshot. */
    public static final String FORMAT = "drift-flyway-expected-schema";

    private static final JsonFactory JSON = new JsonFactory();
    private static final String FIX = " Write it again with 'drift migrations snapshot --output FILE' (or"
            + " MigrationsSnapshot.write).";

    private BundleFormat() {
    }

    /**
     * @param bundle what to write
     * @param file   where, atomically
     */
    public static void write(MigrationsSnapshot bundle, Path file) {
        String snapshotJson = SnapshotFiles.toJson(bundle.snapshot());
        // Drift's one file writer: a regular file replaced atomically, a link written through, never half-written.
        AtomicFiles.write(file, "expected schema", out -> {
            try (JsonGenerator g = JSON.createGenerator(out).useDefaultPrettyPrinter()
                    .configure(JsonGenerator.Feature.AUTO_CLOSE_TARGET, false)) {   // AtomicFiles closes it
                g.writeStartObject();
                g.writeStringField("format", FORMAT);
                g.writeNumberField("formatVersion", FORMAT_VERSION);
                g.writeStringField("flywayVersion", bundle.flywayVersion());
                g.writeStringField("builtIn", bundle.builtIn());
                g.writeStringField("historyTable", bundle.historyTable());
                g.writeArrayFieldStart("migrations");
                for (MigrationChecksum m : bundle.migrations()) {
                    g.writeStartObject();
                    if (m.version() != null) {
                        g.writeStringField("version", m.version());
                    }
                    g.writeStringField("description", m.description());
                    g.writeStringField("type", m.type());
                    g.writeStringField("script", m.script());
                    if (m.checksum() != null) {
                        g.writeNumberField("checksum", m.checksum());
                    }
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeFieldName("snapshot");
                g.writeRawValue(snapshotJson.strip());
                g.writeEndObject();
                g.writeRaw('\n');
            }
        });
    }

    /**
     * @param file a file written by {@link #write}
     * @return what it holds
     */
    public static MigrationsSnapshot read(Path file) {
        if (Files.isDirectory(file)) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read the expected snapshot " + file
                    + ": it is a directory. Name the file written by 'drift migrations snapshot'.");
        }
        try {
            return read(Files.readAllBytes(file), file.toString());
        } catch (NoSuchFileException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read the expected snapshot " + file
                    + ": it does not exist. Write it with 'drift migrations snapshot --output " + file + "'.", e);
        } catch (AccessDeniedException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read the expected snapshot " + file
                    + ": permission denied.", e);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read the expected snapshot " + file + " (" + e
                    + ").", e);
        }
    }

    /**
     * @param bytes the file's content
     * @param name  what to call it in messages
     * @return what it holds
     */
    public static MigrationsSnapshot read(byte[] bytes, String name) {
        String format = null;
        Integer version = null;
        String flyway = null;
        String builtIn = null;
        String historyTable = null;
        List<MigrationChecksum> migrations = null;
        Snapshot snapshot = null;
        try (JsonParser p = JSON.createParser(bytes)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw invalid(name, "it is not a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "format" -> format = p.getValueAsString();
                    case "formatVersion" -> version = value == JsonToken.VALUE_NUMBER_INT ? p.getIntValue() : -1;
                    case "flywayVersion" -> flyway = p.getValueAsString();
                    case "builtIn" -> builtIn = p.getValueAsString();
                    case "historyTable" -> historyTable = p.getValueAsString();
                    case "migrations" -> migrations = migrations(p, name);
                    case "snapshot" -> {
                        if (value != JsonToken.START_OBJECT) {
                            throw invalid(name, "\"snapshot\" is not an object");
                        }
                        requireHeader(name, format, version);
                        int start = (int) p.currentTokenLocation().getByteOffset();
                        p.skipChildren();
                        int end = (int) p.currentTokenLocation().getByteOffset() + 1;
                        snapshot = SnapshotFiles.read(new ByteArrayInputStream(bytes, start, end - start),
                                name + " (its snapshot)");
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonProcessingException e) {
            throw invalid(name, e.getOriginalMessage() + " at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr());
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot read " + name + " (" + e + ").", e);
        }
        requireHeader(name, format, version);
        if (snapshot == null || migrations == null || historyTable == null) {
            throw invalid(name, "it lacks " + (snapshot == null ? "\"snapshot\"" : migrations == null
                    ? "\"migrations\"" : "\"historyTable\""));
        }
        return new MigrationsSnapshot(snapshot, migrations, flyway == null ? "unknown" : flyway,
                builtIn == null ? "unknown" : builtIn, historyTable);
    }

    private static void requireHeader(String name, String format, Integer version) {
        if (!FORMAT.equals(format)) {
            throw invalid(name, "it is not an expected snapshot of migrations (\"format\": \"" + FORMAT + "\" is"
                    + " missing; a plain snapshot file is compared with 'drift diff')");
        }
        if (version == null || version < 1) {
            throw invalid(name, "\"formatVersion\" is missing or not a positive whole number");
        }
        if (version > FORMAT_VERSION) {
            throw new DriftException(DriftException.Reason.INVALID_SNAPSHOT, name + " has format version " + version
                    + ", newer than this Drift reads (" + FORMAT_VERSION + "). Use a newer Drift, or write it again"
                    + " with this one.");
        }
    }

    private static List<MigrationChecksum> migrations(JsonParser p, String name) throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw invalid(name, "\"migrations\" is not an array");
        }
        List<MigrationChecksum> out = new ArrayList<>();
        while (p.nextToken() == JsonToken.START_OBJECT) {
            String version = null;
            String description = null;
            String type = null;
            String script = null;
            Integer checksum = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "version" -> version = p.getValueAsString();
                    case "description" -> description = p.getValueAsString();
                    case "type" -> type = p.getValueAsString();
                    case "script" -> script = p.getValueAsString();
                    case "checksum" -> {
                        if (value != JsonToken.VALUE_NUMBER_INT) {
                            throw invalid(name, "a migration's \"checksum\" is not a whole number");
                        }
                        checksum = p.getIntValue();
                    }
                    default -> p.skipChildren();
                }
            }
            if (description == null || type == null) {
                throw invalid(name, "a migration lacks its \"description\" or \"type\"");
            }
            out.add(new MigrationChecksum(version, description, type, script, checksum));
        }
        return out;
    }

    private static DriftException invalid(String name, String problem) {
        return new DriftException(DriftException.Reason.INVALID_SNAPSHOT, name + " is not a valid expected snapshot:"
                + " " + problem + "." + FIX);
    }
}
