package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Properties the model does not name, as a sorted {@code String -> String} map: {@code pg.fillfactor},
 * {@code pg.tablespace}. Keys are namespaced by the provider that sets them. The diff compares attributes like any
 * named property, and the snapshot file writes them in key order.
 *
 * @param values the attributes, sorted by key
 * @since 0.1.0
 */
public record Attributes(SortedMap<String, String> values) {

    private static final Attributes EMPTY = new Attributes(new TreeMap<>());

    public Attributes {
        requireNonNull(values, "values");
        TreeMap<String, String> copy = new TreeMap<>();
        values.forEach((k, v) -> copy.put(requireNonNull(k, "key"), requireNonNull(v, () -> "value of " + k)));
        values = Collections.unmodifiableSortedMap(copy);
    }

    /** @return no attributes */
    public static Attributes empty() {
        return EMPTY;
    }

    /**
     * @param values the attributes; keys and values must not be {@code null}
     * @return attributes holding a sorted copy of {@code values}
     */
    public static Attributes of(Map<String, String> values) {
        return values.isEmpty() ? EMPTY : new Attributes(new TreeMap<>(values));
    }

    /**
     * @param key   the key, namespaced ({@code pg.fillfactor})
     * @param value the value
     * @return a copy with {@code key} set to {@code value}
     */
    public Attributes with(String key, String value) {
        TreeMap<String, String> copy = new TreeMap<>(values);
        copy.put(key, value);
        return new Attributes(copy);
    }

    /**
     * @param key the key
     * @return the value, if set
     */
    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** @return whether there are none */
    public boolean isEmpty() {
        return values.isEmpty();
    }
}
