package io.drift.postgres.health.internal;

import io.drift.core.DriftException;
import io.drift.core.check.CheckOptions;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Sizes in options, written as PostgreSQL writes them ({@code 8kB}, {@code 10MB}, {@code 1GB}) or in bytes. */
final class Sizes {

    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|bytes?|kb|mb|gb|tb)?");

    private Sizes() {
    }

    /**
     * @return the option's value in bytes
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} naming the check, the option and the
     *                        forms it takes
     */
    static long read(CheckOptions options, String name, long defaultValue) {
        String text = options.string(name).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (m.matches()) {
            try {
                long n = Long.parseLong(m.group(1));
                String unit = m.group(2) == null ? "b" : m.group(2);
                long factor = switch (unit) {
                    case "kb" -> 1L << 10;
                    case "mb" -> 1L << 20;
                    case "gb" -> 1L << 30;
                    case "tb" -> 1L << 40;
                    default -> 1L;
                };
                return Math.multiplyExact(n, factor);
            } catch (NumberFormatException | ArithmeticException e) {
                // out of range: the message below
            }
        }
        throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + options.checkId() + ": option "
                + name + " must be a size such as 8kB, 10MB or 1GB (or a number of bytes), not '" + text + "'.");
    }

    /** @return {@code bytes} as PostgreSQL's {@code pg_size_pretty} would write it, near enough */
    static String pretty(long bytes) {
        String[] units = {"bytes", "kB", "MB", "GB", "TB"};
        double v = bytes;
        int u = 0;
        while (v >= 10 * 1024 && u < units.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(Locale.ROOT, "%d %s", Math.round(v), units[u]);
    }
}
