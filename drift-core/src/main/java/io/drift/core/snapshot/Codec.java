package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;

import java.io.IOException;

/**
 * How one value is written and read: a scalar, a list, a nested object. {@link #read} starts on the value's first
 * token and ends on its last.
 *
 * @param <V> the Java type
 */
abstract class Codec<V> {

    abstract void write(JsonGenerator out, V value) throws IOException;

    abstract V read(JsonIn in) throws IOException;

    /** @return whether a field holding {@code value} is left out of the file: nulls, and empty collections */
    boolean omits(V value) {
        return value == null;
    }

    /** @return the value of a field that is absent (or {@code null} in the file) */
    V absent() {
        return null;
    }
}
