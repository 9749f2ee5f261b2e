package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonLocation;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fields read from one JSON object, with where each was, for a {@link Shape} to build its record from. */
final class Values {

    private final Map<String, Object> values = new HashMap<>();
    /** In file order, so that a problem with several fields names the first. */
    private final Map<String, JsonLocation> locations = new LinkedHashMap<>();
    private final Map<String, Object> absent;

    Values(Map<String, Object> absent) {
        this.absent = absent;
    }

    void put(String name, Object value, JsonLocation location) {
        values.put(name, value);
        locations.put(name, location);
    }

    boolean has(String name) {
        return locations.containsKey(name);
    }

    JsonLocation location(String name) {
        return locations.get(name);
    }

    Iterable<String> names() {
        return locations.keySet();
    }

    /** @return the value read, or the field's absent value (null, empty list, no attributes) */
    @SuppressWarnings("unchecked")
    <V> V get(String name) {
        Object value = values.get(name);
        return (V) (value != null ? value : absent.get(name));
    }

    boolean bool(String name) {
        return this.<Boolean>get(name);
    }

    int integer(String name) {
        return this.<Integer>get(name);
    }

    long number(String name) {
        return this.<Long>get(name);
    }
}
