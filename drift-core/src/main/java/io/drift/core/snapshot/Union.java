package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Records of several types in one JSON array, told apart by a discriminator field the file names itself
 * ({@code "type": "primary-key"}), never by a Jackson type id. Each variant's {@link Shape} lists the discriminator
 * among its fields, so it is written where the shape puts it; on reading it may be anywhere in the object.
 *
 * @param <T> the common supertype
 */
final class Union<T> extends Codec<T> {

    private final String what;
    private final String discriminator;
    private final Map<String, Shape<? extends T>> variants = new LinkedHashMap<>();
    private final Map<Class<?>, Shape<? extends T>> byClass = new HashMap<>();
    private final Map<String, Codec<?>> codecs = new HashMap<>();
    private final Map<String, Object> absent = new HashMap<>();

    Union(String what, String discriminator) {
        this.what = what;
        this.discriminator = discriminator;
    }

    /** Adds a variant; a field name shared with another variant must use the same codec. */
    <S extends T> Union<T> variant(String id, Class<S> type, Shape<S> shape) {
        variants.put(id, shape);
        byClass.put(type, shape);
        for (Field<S, ?> field : shape.fields) {
            Codec<?> previous = codecs.putIfAbsent(field.name, field.codec);
            if (previous != null && previous != field.codec) {
                throw new IllegalArgumentException("Field " + field.name + " has two codecs in " + what);
            }
        }
        absent.putAll(shape.absentValues());
        return this;
    }

    @Override
    @SuppressWarnings("unchecked")
    void write(JsonGenerator out, T value) throws IOException {
        Shape<T> shape = (Shape<T>) byClass.get(value.getClass());
        if (shape == null) {
            throw new IllegalStateException("No " + what + " variant for " + value.getClass());
        }
        shape.write(out, value);
    }

    @Override
    T read(JsonIn in) throws IOException {
        JsonLocation start = in.location();
        Values values = Shape.readFields(in, JsonIn.a(what), absent, codecs::get,
                () -> String.join(", ", new TreeSet<>(codecs.keySet())));
        if (!values.has(discriminator) || values.get(discriminator) == null) {
            throw JsonIn.problemAt(start, in.pathOf(discriminator), "required field of " + JsonIn.a(what)
                    + " is missing; it is one of: " + String.join(", ", variants.keySet()));
        }
        String id = values.get(discriminator);
        Shape<? extends T> shape = variants.get(id);
        if (shape == null) {
            throw Shape.fieldProblem(in, values, discriminator, "unknown " + what + " type " + JsonIn.quote(id),
                    "Use one of: " + String.join(", ", variants.keySet()));
        }
        for (String name : values.names()) {
            if (shape.field(name) == null) {
                throw Shape.fieldProblem(in, values, name, "not a field of " + JsonIn.a(shape.what),
                        "Remove it; the fields are: " + shape.fieldNames());
            }
        }
        return shape.finish(in, start, values);
    }
}
