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
 * numbers, booleans and lists of them. The typed getters say, in a {@link DriftException}, which check and option hold a
 * value of the wrong type or out of range, and what was expected.
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
    private final Map<String, Object> values;

    private CheckOptions(String checkId, Map<String, Object> values) {
        this.checkId = requireNonNull(checkId, "checkId");
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(requireNonNull(k, "option name"), copyValue(v)));
        this.values = Collections.unmodifiableMap(copy);
    }

    private static Object copyValue(Object value) {
        if (value instanceof List<?>) {
            List<Object> list = new ArrayList<>();
            ((List<?>) value).forEach(e -> list.add(copyValue(e)));
            return Collections.unmodifiableList(list);
        }
        return value;
    }

    /**
     * @param checkId the check they are for, named in error messages
     * @param values  option name to value: a {@link String}, {@link Number}, {@link Boolean}, or a {@link List} of
     *                them; {@code null} values mean "not set"
     * @return the options
     */
    public static CheckOptions of(String checkId, Map<String, ?> values) {
        return new CheckOptions(checkId, new LinkedHashMap<>(values));
    }

    /**
     * @param checkId the check they are for
     * @return no options
     */
    public static CheckOptions none(String checkId) {
        return new CheckOptions(checkId, Map.of());
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
        if (value instanceof List<?>) {
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
        return new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + checkId + ": option " + name
                + " must be " + expected + ", not " + describe(value) + ".");
    }

    private DriftException outOfRange(String name, Object value, Number min, Number max) {
        return new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + checkId + ": option " + name
                + " must be between " + min + " and " + max + ", not " + describe(value) + ".");
    }

    private static String describe(Object value) {
        return value instanceof String ? "'" + value + "'" : String.valueOf(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CheckOptions && ((CheckOptions) o).checkId.equals(checkId)
                && ((CheckOptions) o).values.equals(values);
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
