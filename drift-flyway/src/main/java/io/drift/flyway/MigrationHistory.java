package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A database's Flyway history table, as read by {@link FlywayMigrations#history(javax.sql.DataSource)}: two queries
 * in a read-only session, whatever its length.
 *
 * @param table   where it is, and whether it exists (when it does not, {@code applied} is empty)
 * @param applied its rows, in the order they were applied
 * @since 0.1.0
 */
public record MigrationHistory(HistoryTable table, List<AppliedMigration> applied) {

    public MigrationHistory {
        requireNonNull(table, "table");
        applied = List.copyOf(applied);
    }

    /**
     * @return each migration once, by version (a repeatable one by description, its latest run): the rows Flyway
     *         writes for itself (the schema creation marker) left out
     */
    public Map<String, AppliedMigration> byMigration() {
        Map<String, AppliedMigration> out = new LinkedHashMap<>();
        for (AppliedMigration m : applied) {
            if (m.type().equals("SCHEMA") || m.type().equals("DELETE")) {
                continue;
            }
            out.put(m.version() != null ? "V" + m.version() : "R" + m.description(), m);
        }
        return out;
    }

    /**
     * Compares two histories: "local against production", "staging against production".
     *
     * @param other the other database's history
     * @return every migration one has applied and the other has not, and every one both have applied differently
     */
    public List<HistoryDifference> compareWith(MigrationHistory other) {
        Map<String, AppliedMigration> mine = byMigration();
        Map<String, AppliedMigration> theirs = other.byMigration();
        List<HistoryDifference> out = new ArrayList<>();
        for (Map.Entry<String, AppliedMigration> e : mine.entrySet()) {
            AppliedMigration a = e.getValue();
            AppliedMigration b = theirs.get(e.getKey());
            if (b == null) {
                out.add(new HistoryDifference(HistoryDifference.Kind.ONLY_IN_FIRST, a, null));
            } else if (!a.type().equals(b.type())) {
                out.add(new HistoryDifference(HistoryDifference.Kind.TYPE, a, b));
            } else if (!Objects.equals(a.checksum(), b.checksum())) {
                out.add(new HistoryDifference(HistoryDifference.Kind.CHECKSUM, a, b));
            } else if (a.success() != b.success()) {
                out.add(new HistoryDifference(HistoryDifference.Kind.SUCCESS, a, b));
            } else if (!a.description().equals(b.description())) {
                out.add(new HistoryDifference(HistoryDifference.Kind.DESCRIPTION, a, b));
            }
        }
        for (Map.Entry<String, AppliedMigration> e : theirs.entrySet()) {
            if (!mine.containsKey(e.getKey())) {
                out.add(new HistoryDifference(HistoryDifference.Kind.ONLY_IN_SECOND, null, e.getValue()));
            }
        }
        return out;
    }
}
