package io.drift.core.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of a diff: every {@link Difference}, sorted by path, then kind, then property; and the filters of the
 * {@link DiffOptions} that matched nothing on either side ({@link UnmatchedFilter}), which a caller should not pass
 * over in silence: an include glob with a typo gives a diff with no differences.
 *
 * @param differences      the differences; empty when the schemas match
 * @param unmatchedFilters the schema, object and vendor-kind filters that matched nothing on either side, in the
 *                         order of the options; empty when every filter matched something (or none was set)
 * @since 0.1.0
 */
public record SchemaDiff(List<Difference> differences, List<UnmatchedFilter> unmatchedFilters) {

    public SchemaDiff {
        differences = List.copyOf(differences);
        unmatchedFilters = List.copyOf(unmatchedFilters);
    }

    /**
     * @param differences the differences, with no unmatched filters
     * @since 0.1.0
     */
    public SchemaDiff(List<Difference> differences) {
        this(differences, List.of());
    }

    /** @return a diff with no differences */
    public static SchemaDiff empty() {
        return new SchemaDiff(List.of());
    }

    /** @return whether the two schemas match */
    public boolean isEmpty() {
        return differences.isEmpty();
    }

    /** @return the number of differences */
    public int size() {
        return differences.size();
    }

    /** @return whether any difference is an {@link Severity#ERROR} */
    public boolean hasErrors() {
        return differences.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    /** @return the highest severity present, or empty when there are no differences */
    public Optional<Severity> worstSeverity() {
        return differences.stream().map(Difference::severity).max(Enum::compareTo);
    }

    /** @return the number of differences per severity; every severity is a key, with 0 where there are none */
    public Map<Severity, Integer> countsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        differences.forEach(d -> counts.merge(d.severity(), 1, Integer::sum));
        return counts;
    }

    /** @return the number of differences per type; every type is a key, with 0 where there are none */
    public Map<DifferenceType, Integer> countsByType() {
        Map<DifferenceType, Integer> counts = new EnumMap<>(DifferenceType.class);
        for (DifferenceType t : DifferenceType.values()) {
            counts.put(t, 0);
        }
        differences.forEach(d -> counts.merge(d.type(), 1, Integer::sum));
        return counts;
    }

    /**
     * @param condition which differences to keep
     * @return a diff with only those, and the same unmatched filters
     */
    public SchemaDiff filter(Predicate<? super Difference> condition) {
        return new SchemaDiff(differences.stream().filter(condition).toList(), unmatchedFilters);
    }

    /**
     * @param threshold the lowest severity to keep
     * @return a diff with only the differences of that severity or worse
     */
    public SchemaDiff atLeast(Severity threshold) {
        return filter(d -> d.severity().atLeast(threshold));
    }
}
