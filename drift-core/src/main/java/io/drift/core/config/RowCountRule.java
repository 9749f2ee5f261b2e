package io.drift.core.config;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectPath;

import java.util.OptionalLong;

/**
 * How many rows a table must have, for the {@code row-counts} check: a floor, a ceiling, or both, counted exactly
 * (reading at most the rows that decide: {@code min} rows for a floor, {@code max + 1} for a ceiling) or taken from
 * the planner's estimate, which costs nothing but is only as fresh as the last {@code ANALYZE}.
 *
 * <pre>{@code
 * RowCountRule users = RowCountRule.atLeast("public.users", 1);
 * RowCountRule countries = new RowCountRule(ObjectPath.of("public", "countries"), 200L, 300L, false);
 * }</pre>
 *
 * @param table    the table (or view, counted exactly), with its schema
 * @param min      the fewest rows allowed, or {@code null} for no floor
 * @param max      the most rows allowed, or {@code null} for no ceiling
 * @param estimate whether to use the planner's estimate rather than count
 * @since 0.1.0
 */
public record RowCountRule(ObjectPath table, Long min, Long max, boolean estimate) {

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a path that is not
     *                        {@code schema.table}, a negative bound, a floor above the ceiling, or neither a floor of
     *                        at least 1 nor a ceiling
     */
    public RowCountRule {
        requireNonNull(table, "table");
        if (table.depth() != 2 || table.member()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + table + "' is not a table. Write"
                    + " it with its schema: public.users.");
        }
        if ((min != null && min < 0) || (max != null && max < 0)) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Row counts of " + table
                    + " cannot be negative (min " + min + ", max " + max + ").");
        }
        if (min != null && max != null && min > max) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The minimum row count of " + table
                    + " (" + min + ") is above its maximum (" + max + ").");
        }
        if ((min == null || min == 0) && max == null) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The row-count rule of " + table
                    + " checks nothing: give min (at least 1) or max.");
        }
    }

    /**
     * @param table {@code schema.table}
     * @param min   the fewest rows allowed
     * @return an exact floor
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a path that is not a table
     */
    public static RowCountRule atLeast(String table, long min) {
        return new RowCountRule(parse(table), min, null, false);
    }

    /**
     * @param text {@code schema.table}, quoted where a name needs it ({@code public."Order Lines"})
     * @return the path
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when it is not one
     */
    public static ObjectPath parse(String text) {
        ObjectPath path;
        try {
            path = ObjectPath.parse(text);
        } catch (IllegalArgumentException | DriftException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + text + "' is not a table path."
                    + " Write it with its schema: public.users (quote a name with dots: public.\"my.table\").");
        }
        if (path.depth() != 2 || path.member()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + text + "' is not a table. Write"
                    + " it with its schema: public.users.");
        }
        return path;
    }

    /** @return the floor, if any */
    public OptionalLong findMin() {
        return min == null ? OptionalLong.empty() : OptionalLong.of(min);
    }

    /** @return the ceiling, if any */
    public OptionalLong findMax() {
        return max == null ? OptionalLong.empty() : OptionalLong.of(max);
    }
}
