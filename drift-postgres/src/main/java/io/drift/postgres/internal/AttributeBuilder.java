package io.drift.postgres.internal;

import io.drift.core.model.Attributes;

import java.util.Arrays;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Collects {@code pg.} attributes, skipping absent values. */
final class AttributeBuilder {

    private final TreeMap<String, String> values = new TreeMap<>();

    /** Adds {@code pg.<key>} when {@code value} is not {@code null}. */
    AttributeBuilder put(String key, Object value) {
        if (value != null) {
            values.put("pg." + key, value.toString());
        }
        return this;
    }

    /** Adds {@code pg.<key>} only when {@code value} is true. */
    AttributeBuilder flag(String key, boolean value) {
        if (value) {
            values.put("pg." + key, "true");
        }
        return this;
    }

    /**
     * Adds each {@code name=value} of a storage-parameter list ({@code reloptions}) as {@code pg.<name>}: the style
     * guide's {@code pg.fillfactor}.
     */
    AttributeBuilder options(String[] options) {
        if (options != null) {
            for (String option : options) {
                int eq = option.indexOf('=');
                if (eq > 0) {
                    values.put("pg." + option.substring(0, eq), option.substring(eq + 1));
                }
            }
        }
        return this;
    }

    /**
     * Options whose name says they hold a credential: their values never enter a snapshot. The SQL of foreign-data
     * wrappers and servers applies the same pattern.
     */
    static final Pattern CREDENTIAL = Pattern.compile("(?i)pass|secret|token|credential|key");

    /** What a credential's value reads as. */
    static final String REDACTED = "(redacted)";

    /**
     * Adds an option list that is not storage parameters (FDW options) as one sorted value; the value of a
     * {@link #CREDENTIAL} option reads {@link #REDACTED}.
     */
    AttributeBuilder list(String key, String[] items) {
        if (items != null && items.length > 0) {
            String[] sorted = items.clone();
            for (int i = 0; i < sorted.length; i++) {
                int eq = sorted[i].indexOf('=');
                if (eq > 0 && CREDENTIAL.matcher(sorted[i].substring(0, eq)).find()) {
                    sorted[i] = sorted[i].substring(0, eq + 1) + REDACTED;
                }
            }
            Arrays.sort(sorted);
            values.put("pg." + key, String.join(", ", sorted));
        }
        return this;
    }

    Attributes build() {
        return Attributes.of(values);
    }
}
