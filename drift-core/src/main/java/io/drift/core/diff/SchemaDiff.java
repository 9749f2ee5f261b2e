package io.drift.core.diff;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The result of a diff: every {@link Difference}, sorted by path, then kind, then property.
 *
 * @param differences the differences; empty when the schemas match
 * @since 0.1.0
 */
public record SchemaDiff(List<Difference> differences) {

    public SchemaDiff {
        differences = List.copyOf(differences);
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
     * @return a diff with only those
     */
    public SchemaDiff filter(Predicate<? super Difference> condition) {
        return new SchemaDiff(differences.stream().filter(condition).toList());
    }

    /**
     * @param threshold the lowest severity to keep
     * @return a diff with only the differences of that severity or worse
     */
    public SchemaDiff atLeast(Severity threshold) {
        return filter(d -> d.severity().atLeast(threshold));
    }
}
