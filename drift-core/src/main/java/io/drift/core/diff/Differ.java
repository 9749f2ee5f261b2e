package io.drift.core.diff;

import io.drift.core.model.Snapshot;

/**
 * Compares an expected snapshot with an actual one.
 *
 * <p>Implementations must be pure (no I/O, no logging), deterministic (the same inputs give the same differences in
 * the same order) and linear in the number of objects.
 *
 * @since 0.1.0
 */
public interface Differ {

    /** @return the standard differ, which compares every kind the model knows */
    static Differ standard() {
        return StandardDiffer.INSTANCE;
    }

    /**
     * @param expected what the schema should be (the migrations, the baseline)
     * @param actual   what it is (the live database)
     * @param options  what to compare and how much each difference matters
     * @return the differences, sorted by path, then kind, then property, empty when the two match; and the filters
     *         of the options that matched nothing on either side ({@link SchemaDiff#unmatchedFilters()})
     */
    SchemaDiff diff(Snapshot expected, Snapshot actual, DiffOptions options);

    /**
     * Compares with {@link DiffOptions#defaults()}.
     *
     * @param expected what the schema should be
     * @param actual   what it is
     * @return the differences
     */
    default SchemaDiff diff(Snapshot expected, Snapshot actual) {
        return diff(expected, actual, DiffOptions.defaults());
    }
}
