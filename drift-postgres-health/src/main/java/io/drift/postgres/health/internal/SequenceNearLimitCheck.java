package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.DANGER;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.math.BigDecimal;
import java.math.MathContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code pg.sequence-near-limit}: pg-index-health's {@code SEQUENCE_OVERFLOW} rule (the share of its range a sequence
 * has used, in the direction it moves; one that cycles never runs out), with queries of Drift's own for every schema
 * at once, and three differences:
 * <ul>
 *     <li>the values are read in batches of {@value #BATCH}, each in a savepoint that is rolled back:
 *     {@code pg_sequence_last_value} locks each sequence until its (sub)transaction ends, and 10,000 sequences read in
 *     one transaction would exhaust a default server's lock table (64 × max_connections) and fail;</li>
 *     <li>a sequence the role may not read is counted in the summary instead of being taken silently for unused;</li>
 *     <li>the arithmetic is exact, so a sequence that spans the whole bigint range does not overflow.</li>
 * </ul>
 * A finding names the columns the sequence feeds (an identity column's sequence has its column's type).
 */
final class SequenceNearLimitCheck extends HealthCheck {

    /** Sequences read (and locked) per savepoint. */
    static final int BATCH = 500;

    SequenceNearLimitCheck() {
        super(BulkChecks.def("pg.sequence-near-limit", "Sequences that have used most of their range.", true,
                List.of(Codes.SEQUENCE_NEAR_LIMIT), Set.of(Params.THRESHOLD, Params.ERROR_THRESHOLD), DANGER));
    }

    private record Sequence(long oid, String schema, String name, String sql, String type, BigDecimal min,
                            BigDecimal max, long increment, BigDecimal start, boolean readable) {
        double used(BigDecimal last) {
            BigDecimal value = last == null ? start : last;
            BigDecimal range = max.subtract(min);
            BigDecimal done = increment > 0 ? value.subtract(min) : max.subtract(value);
            return done.divide(range, MathContext.DECIMAL64).doubleValue();
        }
    }

    @Override
    Inspection prepare(CheckOptions options) {
        Params p = Params.sequence(options);
        return (connection, context) -> inspect(connection, p);
    }

    private Report inspect(Connection connection, Params p) throws SQLException {
        List<Sequence> sequences = Catalog.query(connection, "sequences", rs -> new Sequence(rs.getLong("oid"),
                rs.getString("nspname"), rs.getString("relname"), rs.getString("sequence_sql"),
                rs.getString("data_type"), rs.getBigDecimal("seqmin"), rs.getBigDecimal("seqmax"),
                rs.getLong("seqincrement"), rs.getBigDecimal("seqstart"), rs.getBoolean("readable")));
        List<Sequence> readable = sequences.stream().filter(Sequence::readable).toList();
        Map<Long, BigDecimal> values = new HashMap<>();
        for (int from = 0; from < readable.size(); from += BATCH) {
            List<String> oids = readable.subList(from, Math.min(from + BATCH, readable.size())).stream()
                    .map(s -> Long.toString(s.oid())).toList();
            try (Statement s = connection.createStatement()) {
                s.execute("SAVEPOINT drift_sequence_values");
            }
            Catalog.query(connection, "sequence-values", rs -> values.put(rs.getLong("oid"),
                    rs.getBigDecimal("last_value")), oids);
            try (Statement s = connection.createStatement()) {
                s.execute("ROLLBACK TO SAVEPOINT drift_sequence_values");   // and with it, the locks
            }
        }
        List<Sequence> near = new ArrayList<>();
        for (Sequence s : readable) {
            if (s.used(values.get(s.oid())) >= p.threshold()) {
                near.add(s);
            }
        }
        Map<Long, String> feeds = new HashMap<>();
        if (!near.isEmpty()) {
            Catalog.query(connection, "sequence-feeds", rs -> feeds.put(rs.getLong("oid"), rs.getString("feeds")),
                    near.stream().map(s -> Long.toString(s.oid())).toList());
        }
        List<Finding> findings = new ArrayList<>();
        for (Sequence s : near) {
            double used = s.used(values.get(s.oid()));
            String fed = feeds.get(s.oid());
            Severity severity = used >= p.errorThreshold() ? Severity.ERROR : Severity.WARNING;
            Fix fix = "bigint".equals(s.type())
                    ? Fix.action("Give it a new range (ALTER SEQUENCE " + s.sql() + " MAXVALUE … or RESTART), or"
                    + " make it cycle if its values may repeat: a bigint sequence cannot be widened.")
                    : Fix.action("Widen it before it runs out: ALTER SEQUENCE " + s.sql() + " AS bigint; and every"
                    + " column it feeds" + (fed == null ? "" : " (" + fed + ")") + ": ALTER TABLE … ALTER COLUMN …"
                    + " TYPE bigint (a table rewrite under an ACCESS EXCLUSIVE lock: plan it). An identity column's"
                    + " sequence follows its column's type.");
            findings.add(Finding.of(Codes.SEQUENCE_NEAR_LIMIT, severity, ObjectPath.of(s.schema(), s.name()),
                    "Sequence " + s.sql() + " (" + s.type() + ") has used " + Texts.percent(used) + " of its range:"
                            + " once it reaches its limit, every insert that takes a value from it fails."
                            + (fed == null ? "" : " It feeds " + fed + ".")).withFix(fix));
        }
        int unreadable = sequences.size() - readable.size();
        String note = unreadable == 0 ? "" : "; " + Noun.of("sequence", "sequences").count(unreadable) + " not read:"
                + " the role lacks USAGE or SELECT on " + (unreadable == 1 ? "it" : "them") + " (GRANT SELECT ON"
                + " ALL SEQUENCES IN SCHEMA … TO the checking role)";
        return Report.counted(Noun.of("sequence near its limit", "sequences near their limit"), note, findings);
    }
}
