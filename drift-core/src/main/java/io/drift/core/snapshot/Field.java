package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;

import java.io.IOException;
import java.util.function.Function;

/**
 * One field of a {@link Shape}: its name in the file, how to get it from the record, how to write and read it, and
 * whether a file must have it.
 *
 * @param <T> the record type
 * @param <V> the field's Java type
 */
final class Field<T, V> {

    final String name;
    /** The name, quoted and encoded once for every record written. */
    private final SerializedString serializedName;
    final Function<? super T, ? extends V> getter;
    final Codec<V> codec;
    final boolean required;

    private Field(String name, Function<? super T, ? extends V> getter, Codec<V> codec, boolean required) {
        this.name = name;
        this.serializedName = new SerializedString(name);
        this.getter = getter;
        this.codec = codec;
        this.required = required;
    }

    /** A field that must be present and not null. */
    static <T, V> Field<T, V> required(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
        return new Field<>(name, getter, codec, true);
    }

    /** A field that is left out when null (or empty, for collections and attributes). */
    static <T, V> Field<T, V> optional(String name, Function<? super T, ? extends V> getter, Codec<V> codec) {
        return new Field<>(name, getter, codec, false);
    }

    void write(JsonGenerator out, T record) throws IOException {
        V value = getter.apply(record);
        if (codec.omits(value)) {
            if (required) {
                throw new IllegalStateException("Required field " + name + " has no value in " + record);
            }
            return;
        }
        out.writeFieldName(serializedName);
        codec.write(out, value);
    }
}
