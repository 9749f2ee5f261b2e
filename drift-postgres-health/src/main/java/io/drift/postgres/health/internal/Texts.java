package io.drift.postgres.health.internal;

import java.time.Duration;
import java.util.Locale;

/** Durations and percentages as a person reads them in a health report. */
final class Texts {

    private Texts() {
    }

    /** @return {@code 850 ms}, {@code 42 s}, {@code 3 min 5 s}, {@code 2 h 10 min}, {@code 9 days 4 h} */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        long s = d.toSeconds();
        if (s < 60) {
            return s + " s";
        }
        if (s < 3600) {
            return s / 60 + " min" + (s % 60 == 0 ? "" : " " + s % 60 + " s");
        }
        if (s < 86_400) {
            return s / 3600 + " h" + (s % 3600 / 60 == 0 ? "" : " " + s % 3600 / 60 + " min");
        }
        long days = s / 86_400;
        return days + (days == 1 ? " day" : " days") + (s % 86_400 / 3600 == 0 ? "" : " " + s % 86_400 / 3600 + " h");
    }

    /** @return a fraction as a percentage: {@code 0.8512} gives {@code 85.1%} */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    /** @return a count with thousands separators */
    static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
