package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.drift.core.DriftException;
import io.drift.core.model.Attributes;
import io.drift.core.model.ObjectPath;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The scalar, list, enum, path and attribute codecs the shapes are made of. */
final class Codecs {

    private Codecs() {
    }

    static final Codec<String> STRING = new Codec<>() {
        @Override
        void write(JsonGenerator out, String value) throws IOException {
            out.writeString(value);
        }

        @Override
        String read(JsonIn in) throws IOException {
            if (in.token() != JsonToken.VALUE_STRING) {
                throw in.expected("a string");
            }
            return in.parser.getText();
        }
    };

    static final Codec<Boolean> BOOLEAN = new Codec<>() {
        @Override
        void write(JsonGenerator out, Boolean value) throws IOException {
            out.writeBoolean(value);
        }

        @Override
        Boolean read(JsonIn in) throws IOException {
            if (in.token() != JsonToken.VALUE_TRUE && in.token() != JsonToken.VALUE_FALSE) {
                throw in.expected("true or false");
            }
            return in.token() == JsonToken.VALUE_TRUE;
        }
    };

    static final Codec<Integer> INT = new Codec<>() {
        @Override
        void write(JsonGenerator out, Integer value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        Integer read(JsonIn in) throws IOException {
            wholeNumber(in);
            if (in.parser.getNumberType() != JsonParser.NumberType.INT) {
                throw in.problem("number out of range: " + in.parser.getText() + " (the largest allowed is "
                        + Integer.MAX_VALUE + ")");
            }
            return in.parser.getIntValue();
        }
    };

    static final Codec<Long> LONG = new Codec<>() {
        @Override
        void write(JsonGenerator out, Long value) throws IOException {
            out.writeNumber(value);
        }

        @Override
        Long read(JsonIn in) throws IOException {
            wholeNumber(in);
            JsonParser.NumberType type = in.parser.getNumberType();
            if (type != JsonParser.NumberType.INT && type != JsonParser.NumberType.LONG) {
                throw in.problem("number out of range: " + in.parser.getText() + " (a 64-bit integer is expected)");
            }
            return in.parser.getLongValue();
        }
    };

    private static void wholeNumber(JsonIn in) {
        if (in.token() != JsonToken.VALUE_NUMBER_INT) {
            throw in.expected("a whole number");
        }
    }

    /** An {@link ObjectPath} as its {@code toString()}, read back with {@link ObjectPath#parse}. */
    static final Codec<ObjectPath> PATH = new Codec<>() {
        @Override
        void write(JsonGenerator out, ObjectPath value) throws IOException {
            out.writeString(value.toString());
        }

        @Override
        ObjectPath read(JsonIn in) throws IOException {
            String text = STRING.read(in);
            try {
                return ObjectPath.parse(text);
            } catch (DriftException e) {
                throw in.problem("not an object path: " + JsonIn.quote(text)
                        + " (parts are separated by '.', a member by '/', and a part holding either is "
                        + "double-quoted)");
            }
        }
    };

    /** Attributes as a JSON object of strings, in key order; left out when empty. */
    static final Codec<Attributes> ATTRIBUTES = new Codec<>() {
        @Override
        void write(JsonGenerator out, Attributes value) throws IOException {
            out.writeStartObject();
            for (Map.Entry<String, String> e : value.values().entrySet()) {
                out.writeStringField(e.getKey(), e.getValue());
            }
            out.writeEndObject();
        }

        @Override
        Attributes read(JsonIn in) throws IOException {
            if (in.token() != JsonToken.START_OBJECT) {
                throw in.expected("an object of string values");
            }
            TreeMap<String, String> values = new TreeMap<>();
            while (in.next() == JsonToken.FIELD_NAME) {
                String key = in.parser.currentName();
                in.pushField(key);
                if (values.containsKey(key)) {
                    throw in.problem("the attribute appears twice", "Keep one of them");
                }
                in.next();
                values.put(key, STRING.read(in));
                in.pop();
            }
            return Attributes.of(values);
        }

        @Override
        boolean omits(Attributes value) {
            return value == null || value.isEmpty();
        }

        @Override
        Attributes absent() {
            return Attributes.empty();
        }
    };

    /** @return the kebab-case id of an enum constant: {@code BY_DEFAULT} is {@code by-default} */
    static String id(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** An enum constant as its kebab-case id; reading accepts exactly the ids. */
    static <E extends Enum<E>> Codec<E> enumOf(Class<E> type) {
        Map<String, E> byId = new LinkedHashMap<>();
        for (E constant : type.getEnumConstants()) {
            byId.put(id(constant), constant);
        }
        String accepted = String.join(", ", byId.keySet());
        return new Codec<>() {
            @Override
            void write(JsonGenerator out, E value) throws IOException {
                out.writeString(id(value));
            }

            @Override
            E read(JsonIn in) throws IOException {
                String text = STRING.read(in);
                E value = byId.get(text);
                if (value == null) {
                    throw in.problem("unknown value " + JsonIn.quote(text), "Use one of: " + accepted);
                }
                return value;
            }
        };
    }

    static <E> ListCodec<E> listOf(Codec<E> element) {
        return new ListCodec<>(element, List.of(), e -> null);
    }

    static final ListCodec<String> STRINGS = listOf(STRING);
    static final ListCodec<ObjectPath> PATHS = listOf(PATH);

    /**
     * A JSON array, in the list's own order; left out when empty. It can refuse duplicates by a key (two columns
     * named {@code id}) and elements that do not belong (a materialized view among the views).
     */
    static final class ListCodec<E> extends Codec<List<E>> {
        private final Codec<E> element;
        private final List<Key<E>> keys;
        private final Function<E, String> check;

        private ListCodec(Codec<E> element, List<Key<E>> keys, Function<E, String> check) {
            this.element = element;
            this.keys = keys;
            this.check = check;
        }

        /** @return a copy that refuses two elements with equal {@code key}, described as {@code what} */
        ListCodec<E> unique(String what, Function<E, Object> key) {
            List<Key<E>> next = new ArrayList<>(keys);
            next.add(new Key<>(what, key));
            return new ListCodec<>(element, List.copyOf(next), check);
        }

        /** @return a copy that refuses an element for which {@code problem} returns a message */
        ListCodec<E> check(Function<E, String> problem) {
            return new ListCodec<>(element, keys, problem);
        }

        /**
         * Writes the array, refusing what {@link #read} would refuse (a duplicate key, an element that does not
         * belong) with the same problem and path, so that a file that could not be read back is never written,
         * without reading every file back.
         */
        @Override
        void write(JsonGenerator out, List<E> value) throws IOException {
            List<Map<Object, Integer>> seen = keys.isEmpty() ? List.of()
                    : keys.stream().map(k -> new HashMap<Object, Integer>(value.size() * 2)).collect(Collectors.toList());
            out.writeStartArray();
            for (int index = 0; index < value.size(); index++) {
                E e = value.get(index);
                String problem = check.apply(e);
                if (problem != null) {
                    throw JsonIn.problemAt(JsonLocation.NA, writePath(out, index), problem);
                }
                for (int k = 0; k < keys.size(); k++) {
                    Key<E> key = keys.get(k);
                    Object keyValue = key.key.apply(e);
                    Integer earlier = seen.get(k).putIfAbsent(keyValue, index);
                    if (earlier != null) {
                        throw new FormatProblem(JsonLocation.NA, writePath(out, index), "duplicate " + key.what + " "
                                + (keyValue instanceof String ? JsonIn.quote((String) keyValue) : keyValue)
                                + " (the same as " + writePath(out, earlier) + ")", "Keep one of them");
                    }
                }
                element.write(out, e);
            }
            out.writeEndArray();
        }

        /** @return the path of element {@code index} of the array being written, as the reader names it */
        private static String writePath(JsonGenerator out, int index) {
            return JsonIn.pathOf(out.getOutputContext().getParent()) + "[" + index + "]";
        }

        @Override
        List<E> read(JsonIn in) throws IOException {
            if (in.token() != JsonToken.START_ARRAY) {
                throw in.expected("an array");
            }
            List<E> values = new ArrayList<>();
            List<Map<Object, Integer>> seen = keys.stream().map(k -> new HashMap<Object, Integer>())
                    .collect(Collectors.toList());
            while (in.next() != JsonToken.END_ARRAY) {
                int index = values.size();
                in.pushIndex(index);
                JsonLocation at = in.location();
                E value = element.read(in);
                String problem = check.apply(value);
                if (problem != null) {
                    throw JsonIn.problemAt(at, in.path(), problem);
                }
                for (int k = 0; k < keys.size(); k++) {
                    Key<E> key = keys.get(k);
                    Object keyValue = key.key.apply(value);
                    Integer earlier = seen.get(k).putIfAbsent(keyValue, index);
                    if (earlier != null) {
                        String here = in.path();
                        String arrayPath = here.substring(0, here.lastIndexOf('['));
                        throw new FormatProblem(at, here, "duplicate " + key.what + " "
                                + (keyValue instanceof String ? JsonIn.quote((String) keyValue) : keyValue)
                                + " (the same as " + arrayPath + "[" + earlier + "])", "Keep one of them");
                    }
                }
                values.add(value);
                in.pop();
            }
            return List.copyOf(values);
        }

        @Override
        boolean omits(List<E> value) {
            return value == null || value.isEmpty();
        }

        @Override
        List<E> absent() {
            return List.of();
        }
    }

    private static final class Key<E> {
        final String what;
        final Function<E, Object> key;

        Key(String what, Function<E, Object> key) {
            this.what = what;
            this.key = key;
        }
    }
}
