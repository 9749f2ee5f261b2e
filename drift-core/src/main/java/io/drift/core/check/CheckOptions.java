package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One check's options, as they come from {@code drift.yaml} ({@code checks.<id>.<option>}) or from code: strings,
 * numbers, booleans, lists of them, and sections (maps of option name to value, read with {@link #sections(String)}).
 * The typed getters say, in a {@link DriftException} with {@link DriftException.Reason#INVALID_CONFIG}, which check
 * and option hold a value of the wrong type or out of range, what was expected and, for options read from a file,
 * where the value is ({@link #withOrigins(Map)}).
 *
 * <pre>{@code
 * CheckOptions options = CheckOptions.of("pg.sequence-near-limit", Map.of("threshold", 0.8));
 * double threshold = options.number("threshold", 0.9, 0.0, 1.0);      // 0.8
 * }</pre>
 *
 * @since 0.1.0
 */
public final class CheckOptions {

    private final String checkId;
    private final String prefix;
    private final Map<String, Object> values;
    private final Map<String, String> origins;

    private CheckOptions(String checkId, String prefix, Map<String, ?> values, Map<String, String> origins) {
        this.checkId = requireNonNull(checkId, "checkId");
        this.prefix = prefix;
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(requireNonNull(k, "option name"), copyValue(v)));
        this.values = Collections.unmodifiableMap(copy);
        this.origins = origins;
    }

    private static Object copyValue(Object value) {
        if (value instanceof List<?>) {
            List<Object> list = new ArrayList<>();
            ((List<?>) value).forEach(e -> list.add(copyValue(e)));
            return Collections.unmodifiableList(list);
        }
        if (value instanceof Map<?, ?>) {
            Map<String, Object> map = new LinkedHashMap<>();
            ((Map<?, ?>) value).forEach((k, v) -> map.put(String.valueOf(requireNonNull(k, "option name")),
                    copyValue(v)));
            return Collections.unmodifiableMap(map);
        }
        return value;
    }

    /**
     * @param checkId the check they are for, named in error messages
     * @param values  option name to value: a {@link String}, {@link Number}, {@link Boolean}, a {@link List} of
     *                them, or a {@link Map} of names to such values (a section); {@code null} values mean "not set"
     * @return the options
     */
    public static CheckOptions of(String checkId, Map<String, ?> values) {
        return new CheckOptions(checkId, "", values, Map.of());
    }

    /**
     * Says where each option was written, so that every error about it names the place. {@code drift.yaml} does this
     * for the options it reads; options from code have no origin.
     *
     * @param value option name to place ({@code drift.yaml, line 12, column 5}); an option inside a section is named
     *              by its path: {@code tables.public.users.min}
     * @return a copy that names those places in its errors
     * @since 0.1.0
     */
    public CheckOptions withOrigins(Map<String, String> value) {
        return new CheckOptions(checkId, prefix, values, Map.copyOf(value));
    }

    /**
     * @param name an option
     * @return where it was written, if it came from a file
     * @since 0.1.0
     */
    public Optional<String> origin(String name) {
        return Optional.ofNullable(origins.get(prefix + name));
    }

    /**
     * @param checkId the check they are for
     * @return no options
     */
    public static CheckOptions none(String checkId) {
        return new CheckOptions(checkId, "", Map.of(), Map.of());
    }

    /** @return the check these options are for */
    public String checkId() {
        return checkId;
    }

    /** @return the names of the options that are set */
    public Set<String> names() {
        return values.keySet();
    }

    /** @return every option, as given */
    public Map<String, Object> asMap() {
        return values;
    }

    /** @return whether no option is set */
    public boolean isEmpty() {
        return values.isEmpty();
    }

    /**
     * @param name an option
     * @return whether it is set
     */
    public boolean has(String name) {
        return values.get(name) != null;
    }

    /**
     * @param name an option
     * @return its value as text, if set; numbers and booleans are given as written
     * @throws DriftException when it is a list
     */
    public Optional<String> string(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof List<?> || value instanceof Map<?, ?>) {
            throw wrongType(name, value, "a single value");
        }
        return Optional.of(value.toString());
    }

    /**
     * @param name         an option
     * @param defaultValue the value when it is not set
     * @return its value as text
     */
    public String string(String name, String defaultValue) {
        return string(name).orElse(defaultValue);
    }

    /**
     * @param name an option
     * @return its values: a list as given, a single value as a list of one, nothing when it is not set
     */
    public List<String> strings(String name) {
        Object value = values.get(name);
        if (value == null) {
            return List.of();
        }
        if (value instanceof List<?>) {
            List<String> out = new ArrayList<>();
            for (Object element : (List<?>) value) {
                if (element == null || element instanceof List<?> || element instanceof Map<?, ?>) {
                    throw wrongType(name, value, "a list of single values");
                }
                out.add(element.toString());
            }
            return List.copyOf(out);
        }
        if (value instanceof Map<?, ?>) {
            throw wrongType(name, value, "a value or a list of values");
        }
        return List.of(value.toString());
    }

    /**
     * @param name         an option
     * @param defaultValue the value when it is not set
     * @return its value
     * @throws DriftException when it is not {@code true} or {@code false}
     */
    public boolean bool(String name, boolean defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        if (value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.parseBoolean(text);
        }
        throw wrongType(name, value, "true or false");
    }

    /**
     * @param name         an option
     * @param defaultValue the value when it is not set
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @return its value
     * @throws DriftException when it is not a whole number, or out of range
     */
    public long integer(String name, long defaultValue, long min, long max) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        long n;
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            n = ((Number) value).longValue();
        } else {
            try {
                n = Long.parseLong(value.toString().trim().replace("_", ""));
            } catch (NumberFormatException e) {
                throw wrongType(name, value, "a whole number");
            }
        }
        if (n < min || n > max) {
            throw outOfRange(name, value, min, max);
        }
        return n;
    }

    /**
     * @param name         an option
     * @param defaultValue the value when it is not set
     * @param min          the smallest value allowed
     * @param max          the largest value allowed
     * @return its value
     * @throws DriftException when it is not a number, or out of range
     */
    public double number(String name, double defaultValue, double min, double max) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        double n;
        if (value instanceof Number) {
            n = ((Number) value).doubleValue();
        } else {
            try {
                n = Double.parseDouble(value.toString().trim());
            } catch (NumberFormatException e) {
                throw wrongType(name, value, "a number");
            }
        }
        if (Double.isNaN(n) || n < min || n > max) {
            throw outOfRange(name, value, min, max);
        }
        return n;
    }

    /**
     * @param name         an option
     * @param defaultValue the value when it is not set
     * @return its value: {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, or an ISO-8601 duration ({@code PT30S})
     * @throws DriftException when it is not a positive duration
     */
    public Duration duration(String name, Duration defaultValue) {
        Object value = values.get(name);
        if (value == null) {
            return defaultValue;
        }
        Duration d = parseDuration(value.toString());
        if (d == null || d.isNegative() || d.isZero()) {
            throw wrongType(name, value, "a positive duration such as 500ms, 30s, 5m or 1h");
        }
        return d;
    }

    /**
     * Reads a section: a map whose every value is itself a map of options, such as the tables of {@code row-counts}
     * ({@code tables: {public.users: {min: 1}}}). Each is returned as options of the same check, whose errors name
     * the option by its path ({@code tables.public.users.min}).
     *
     * @param name an option
     * @return its entries in the order written; empty when it is not set
     * @throws DriftException when it is not a map of maps
     * @since 0.1.0
     */
    public Map<String, CheckOptions> sections(String name) {
        Object value = values.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?>)) {
            throw wrongType(name, value, "a section of names, each with its options");
        }
        Map<String, CheckOptions> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
            String key = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?>)) {
                throw wrongType(name + "." + key, e.getValue(), "a section of options");
            }
            @SuppressWarnings("unchecked")
            Map<String, ?> inner = (Map<String, ?>) e.getValue();
            out.put(key, new CheckOptions(checkId, prefix + name + "." + key + ".", inner, origins));
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Refuses an option that is not one of {@code known}, with the closest name: for the options inside a section,
     * which {@link Check#optionNames()} cannot list.
     *
     * @param known the names allowed
     * @throws DriftException naming the first unknown option
     * @since 0.1.0
     */
    public void requireOnly(Set<String> known) {
        for (String name : values.keySet()) {
            if (!known.contains(name)) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, where(name) + "Check " + checkId
                        + " has no option '" + prefix + name + "'." + io.drift.core.internal.Names.didYouMean(name,
                        known) + " Its options here: " + String.join(", ", new java.util.TreeSet<>(known)) + ".");
            }
        }
    }

    /**
     * @param name    an option
     * @param problem what is wrong with it and how to fix it
     * @return an error about that option, naming the check, the option and where it was written
     * @since 0.1.0
     */
    public DriftException invalid(String name, String problem) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, where(name) + "Check " + checkId
                + ", option " + prefix + name + ": " + problem);
    }

    private String where(String name) {
        String origin = origins.get(prefix + name);
        return origin == null ? "" : origin + ": ";
    }

    /**
     * @param text {@code 500ms}, {@code 30s}, {@code 5m}, {@code 1h}, {@code 2d}, or ISO-8601 ({@code PT30S})
     * @return the duration, or {@code null} when the text is none of these
     */
    public static Duration parseDuration(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("p")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2).trim()));
            }
            if (t.isEmpty()) {
                return null;
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1).trim());
            switch (t.charAt(t.length() - 1)) {
                case 's':
                    return Duration.ofSeconds(n);
                case 'm':
                    return Duration.ofMinutes(n);
                case 'h':
                    return Duration.ofHours(n);
                case 'd':
                    return Duration.ofDays(n);
                default:
                    return null;
            }
        } catch (NumberFormatException | DateTimeParseException e) {
            return null;
        }
    }

    private DriftException wrongType(String name, Object value, String expected) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, where(name) + "Check " + checkId
                + ": option " + prefix + name + " must be " + expected + ", not " + describe(value) + ".");
    }

    private DriftException outOfRange(String name, Object value, Number min, Number max) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, where(name) + "Check " + checkId
                + ": option " + prefix + name + " must be between " + min + " and " + max + ", not "
                + describe(value) + ".");
    }

    private static String describe(Object value) {
        if (value instanceof Map<?, ?>) {
            return "a section";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckOptions && ((CheckOptions) o).checkId.equals(checkId)
                && ((CheckOptions) o).prefix.equals(prefix) && ((CheckOptions) o).values.equals(values);
    }

    @Override
    public int hashCode() {
        return checkId.hashCode() * 31 + values.hashCode();
    }

    @Override
    public String toString() {
        return checkId + values;
    }
}
