package io.drift.cli;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * A duration as people write it on a command line: {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}, a bare number
 * of seconds, or ISO-8601 ({@code PT30S}). Zero and negative durations are refused: a timeout of nothing is a typo.
 */
final class DurationConverter implements ITypeConverter<Duration> {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)\\s*(ms|s|m|min|h)?");

    @Override
    public Duration convert(String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        Duration duration;
        Matcher m = SIMPLE.matcher(text);
        try {
            if (m.matches()) {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "s" : m.group(2);
                switch (unit) {
                    case "ms":
                        duration = Duration.ofMillis(n);
                        break;
                    case "m":
                    case "min":
                        duration = Duration.ofMinutes(n);
                        break;
                    case "h":
                        duration = Duration.ofHours(n);
                        break;
                    default:
                        duration = Duration.ofSeconds(n);
                }
            } else {
                duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
            }
        } catch (NumberFormatException | ArithmeticException | DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a duration: write 30s, 500ms, 2m or 1h");
        }
        if (duration.isZero() || duration.isNegative()) {
            throw new TypeConversionException("'" + value + "' is not a timeout: give a duration above zero");
        }
        return duration;
    }
}
