package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.drift.core.model.Snapshot;

import java.io.IOException;

/**
 * The snapshot file format as a Jackson module: the model records carry no Jackson annotations, and the format
 * ({@link FormatV1}) evolves apart from them. The serializer writes {@link FormatV1#SNAPSHOT}; the deserializer reads
 * it and reports a problem as a {@link FormatProblem}, which {@link SnapshotFiles} turns into a
 * {@link SnapshotFormatException} naming the file. Use it through {@link SnapshotFiles}, which also checks the
 * {@code formatVersion} before reading anything else and fixes the layout ({@link CanonicalPrettyPrinter}).
 */
final class SnapshotModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    SnapshotModule() {
        super("drift-snapshot-format", Version.unknownVersion());
        addSerializer(Snapshot.class, new SnapshotSerializer());
        addDeserializer(Snapshot.class, new SnapshotDeserializer());
    }

    private static final class SnapshotSerializer extends StdSerializer<Snapshot> {
        private static final long serialVersionUID = 1L;

        SnapshotSerializer() {
            super(Snapshot.class);
        }

        @Override
        public void serialize(Snapshot value, JsonGenerator out, SerializerProvider provider) throws IOException {
            FormatV1.SNAPSHOT.write(out, value);
        }
    }

    private static final class SnapshotDeserializer extends StdDeserializer<Snapshot> {
        private static final long serialVersionUID = 1L;

        SnapshotDeserializer() {
            super(Snapshot.class);
        }

        @Override
        public Snapshot deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return FormatV1.SNAPSHOT.read(new JsonIn(parser));
        }
    }
}
