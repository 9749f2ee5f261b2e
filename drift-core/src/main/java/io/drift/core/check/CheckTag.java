package io.drift.core.check;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import java.util.regex.Pattern;

/**
 * A label a runner chooses checks by. Tags are open: Drift names the ones below, and an adapter adds its own with
 * {@link #of(String)} ({@code flyway}, {@code jpa}). Two tags with the same name are equal.
 *
 * @param name lower case, kebab-case: {@code expensive}, {@code integrity}
 * @since 0.1.0
 */
public record CheckTag(String name) implements Comparable<CheckTag> {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

    /** Reads a lot (table statistics, every row of a catalog): the quick profile skips it. */
    public static final CheckTag EXPENSIVE = new CheckTag("expensive");
    /** Compares the schema with an expected one (a baseline, the migrations, the entities). */
    public static final CheckTag DRIFT = new CheckTag("drift");
    /** Looks at the database's health rather than at its schema. */
    public static final CheckTag HEALTH = new CheckTag("health");
    /** Finds what can lose or corrupt data, or reject writes: a foreign key without an index, a constraint not valid. */
    public static final CheckTag INTEGRITY = new CheckTag("integrity");
    /** Finds a danger that grows until it stops the database: transaction-ID wraparound, a sequence running out. */
    public static final CheckTag DANGER = new CheckTag("danger");
    /** Finds what makes queries slow: a missing or duplicated index. */
    public static final CheckTag PERFORMANCE = new CheckTag("performance");
    /** Reads runtime statistics ({@code pg_stat_*}), which depend on the workload since the last reset. */
    public static final CheckTag RUNTIME = new CheckTag("runtime");
    /** Style and naming conventions; off unless turned on. */
    public static final CheckTag STYLE = new CheckTag("style");
    /** Checks the migrations and their history. */
    public static final CheckTag MIGRATIONS = new CheckTag("migrations");

    /**
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a name that is not kebab-case
     */
    public CheckTag {
        requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A check tag is lower case and"
                    + " kebab-case (expensive, integrity, my-team), not '" + name + "'.");
        }
    }

    /**
     * @param name lower case, kebab-case
     * @return the tag
     */
    public static CheckTag of(String name) {
        return new CheckTag(name);
    }

    @Override
    public int compareTo(CheckTag other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
