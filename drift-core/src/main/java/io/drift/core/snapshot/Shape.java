package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import io.drift.core.DriftException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The JSON object a record becomes: its fields in file order, and how to build the record from what was read. The
 * same list drives writing and reading, so the two cannot disagree on names or order.
 *
 * @param <T> the record type
 */
final class Shape<T> extends Codec<T> {

    /** What one such object is called in messages: {@code column}, {@code primary-key constraint}. */
    final String what;
    final List<Field<T, ?>> fields;
    private final Map<String, Field<T, ?>> byName;
    private final Map<String, Object> absent;
    private final Function<Values, T> build;

    private Shape(String what, List<Field<T, ?>> fields, Function<Values, T> build) {
        this.what = what;
        this.fields = List.copyOf(fields);
        this.build = build;
        Map<String, Field<T, ?>> names = new LinkedHashMap<>();
        Map<String, Object> absentValues = new HashMap<>();
        for (Field<T, ?> field : fields) {
            if (names.put(field.name, field) != null) {
                throw new IllegalArgumentException("Field " + field.name + " twice in " + what);
            }
            absentValues.put(field.name, field.codec.absent());
        }
        this.byName = Collections.unmodifiableMap(names);
        this.absent = absentValues;
    }

    /** @return a builder of the shape called {@code what} in messages */
    static <T> Builder<T> of(String what) {
        return new Builder<>(what);
    }

    Field<T, ?> field(String name) {
        return byName.get(name);
    }

    String fieldNames() {
        return fields.stream().map(f -> f.name).collect(Collectors.joining(", "));
    }

    @Override
    void write(JsonGenerator out, T value) throws IOException {
        out.writeStartObject();
        for (Field<T, ?> field : fields) {
            field.write(out, value);
        }
        out.writeEndObject();
    }

    @Override
    T read(JsonIn in) throws IOException {
        JsonLocation start = in.location();
        Values values = readFields(in, JsonIn.a(what), absent, name -> {
            Field<T, ?> field = byName.get(name);
            return field == null ? null : field.codec;
        }, this::fieldNames);
        return finish(in, start, values);
    }

    /** Checks the required fields are there, then builds the record; the model's own checks become problems too. */
    T finish(JsonIn in, JsonLocation start, Values values) {
        for (Field<T, ?> field : fields) {
            if (!field.required) {
                continue;
            }
            if (!values.has(field.name)) {
                throw JsonIn.problemAt(start, in.pathOf(field.name),
                        "required field of " + JsonIn.a(what) + " is missing");
            }
            if (values.get(field.name) == null) {
                throw JsonIn.problemAt(values.location(field.name), in.pathOf(field.name),
                        "must not be null in " + JsonIn.a(what));
            }
        }
        try {
            return build.apply(values);
        } catch (DriftException | IllegalArgumentException | NullPointerException e) {
            throw JsonIn.problemAt(start, in.path(), "not a valid " + what + ": " + e.getMessage());
        }
    }

    /** Reads the fields of an object, refusing unknown and repeated names. Starts on '{', ends on '}'. */
    static Values readFields(JsonIn in, String what, Map<String, Object> absent,
                             Function<String, Codec<?>> codecs, java.util.function.Supplier<String> known)
            throws IOException {
        if (in.token() != JsonToken.START_OBJECT) {
            throw in.expected(what + " object");
        }
        Values values = new Values(absent);
        while (in.next() == JsonToken.FIELD_NAME) {
            String name = in.parser.currentName();
            in.pushField(name);
            JsonLocation at = in.location();
            Codec<?> codec = codecs.apply(name);
            if (codec == null) {
                throw in.problem("unknown field in " + what,
                        "Remove it or correct its name; the fields are: " + known.get());
            }
            if (values.has(name)) {
                throw in.problem("the field appears twice in " + what, "Keep one of them");
            }
            in.next();
            if (in.token() == JsonToken.VALUE_NULL && codec.absent() != null) {
                // A list or attributes is empty or absent, never null: "columns": null is as wrong as "path": null.
                throw in.problem("must not be null in " + what + " (" + (codec.absent() instanceof List
                        ? "an array" : "an object") + ")", "Leave the field out when there are none");
            }
            values.put(name, in.token() == JsonToken.VALUE_NULL ? null : codec.read(in), at);
            in.pop();
        }
        return values;
    }

    /** Collects fields in file order. */
    static final class Builder<T> {
        private final String what;
        private final List<Field<T, ?>> fields = new ArrayList<>();

        private Builder(String what) {
            this.what = what;
        }

        <V> Builder<T> required(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
            fields.add(Field.required(name, getter, codec));
            return this;
        }

        <V> Builder<T> optional(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
            fields.add(Field.optional(name, getter, codec));
            return this;
        }

        Shape<T> build(Function<Values, T> build) {
            return new Shape<>(what, fields, build);
        }
    }

    /** Used by {@link Union}: the absent values of every field. */
    Map<String, Object> absentValues() {
        return absent;
    }

    /** Used by {@link Union}: where a field was, for a problem about it. */
    static FormatProblem fieldProblem(JsonIn in, Values values, String name, String problem, String fix) {
        return new FormatProblem(values.location(name), in.pathOf(name), problem, fix);
    }
}
