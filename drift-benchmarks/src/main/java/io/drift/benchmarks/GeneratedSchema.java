package io.drift.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * A generated schema: the SQL that creates it, in batches to run one transaction each, and the migration that turns it
 * into its variant with about 1% of its objects changed.
 *
 * @param tables       the number of tables asked for
 * @param seed         the seed; the same seed and size give the same SQL, byte for byte
 * @param batches      the scripts that create the base schema, in order, each meant to run in one transaction
 * @param migration    the script that changes a copy of the base schema into the variant, one transaction
 * @param objectCounts how many objects of each kind the base schema has, in a stable order
 * @param changeCounts how many changes of each kind the migration makes, in a stable order
 */
public record GeneratedSchema(int tables, long seed, List<String> batches, String migration,
                              Map<String, Integer> objectCounts, Map<String, Integer> changeCounts) {

    public GeneratedSchema {
        batches = List.copyOf(batches);
        objectCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(objectCounts));
        changeCounts = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(changeCounts));
    }

    /** @return the total number of changes the migration makes */
    public int totalChanges() {
        return changeCounts.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** @return the number of objects, not counting columns */
    public int totalObjectsWithoutColumns() {
        return objectCounts.entrySet().stream()
                .filter(e -> !e.getKey().equals("columns"))
                .mapToInt(Map.Entry::getValue)
                .sum();
    }

    /** @return the base schema as one script */
    public String baseSql() {
        return String.join("\n", batches);
    }
}
