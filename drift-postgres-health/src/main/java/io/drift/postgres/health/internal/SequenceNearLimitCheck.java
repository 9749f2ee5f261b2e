package io.drift.postgres.health.internal;

import static io.drift.core.check.CheckTag.DANGER;

import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code pg.sequence-near-limit}: pg-index-health's {@code SEQUENCE_OVERFLOW} rule (the share of its range a
 * sequence has used, in the direction it moves; one that cycles never runs out), with one query of Drift's own for
 * every schema, and two differences: a sequence the role may not read is counted in the summary instead of being
 * taken silently for unused, and the arithmetic is numeric, so that a sequence spanning the whole bigint range does
 * not overflow the query.
 */
final class SequenceNearLimitCheck extends HealthCheck {

    SequenceNearLimitCheck() {
        super(BulkChecks.def("pg.sequence-near-limit", "Sequences that have used most of their range.", true,
                List.of(Codes.SEQUENCE_NEAR_LIMIT), Set.of(Params.THRESHOLD, Params.ERROR_THRESHOLD),
                DANGER));
    }

    private record Row(String schema, String name, String sql, String type, boolean readable, double used,
                       String feeds) {
    }

    @Override
    Inspection prepare(CheckOptions options) {
        Params p = Params.sequence(options);
        return (connection, context) -> inspect(connection, p);
    }

    private Report inspect(Connection connection, Params p) throws SQLException {
        List<Row> rows = Catalog.query(connection, "sequences-near-limit", rs -> new Row(rs.getString("nspname"),
                rs.getString("relname"), rs.getString("sequence_sql"), rs.getString("data_type"),
                rs.getBoolean("readable"), rs.getDouble("used"), rs.getString("feeds")), p.threshold());
        List<Finding> findings = new ArrayList<>();
        int unreadable = 0;
        for (Row r : rows) {
            if (!r.readable()) {
                unreadable++;
                continue;
            }
            Severity severity = r.used() >= p.errorThreshold() ? Severity.ERROR : Severity.WARNING;
            Fix fix = "bigint".equals(r.type())
                    ? Fix.action("Give it a new range (ALTER SEQUENCE " + r.sql() + " MAXVALUE … or RESTART), or"
                    + " make it cycle if its values may repeat: a bigint sequence cannot be widened.")
                    : Fix.action("Widen it before it runs out: ALTER SEQUENCE " + r.sql() + " AS bigint; and every"
                    + " column it feeds" + (r.feeds() == null ? "" : " (" + r.feeds() + ")") + ": ALTER TABLE … ALTER"
                    + " COLUMN … TYPE bigint (a table rewrite under an ACCESS EXCLUSIVE lock: plan it). An identity"
                    + " column's sequence follows its column's type.");
            findings.add(Finding.of(Codes.SEQUENCE_NEAR_LIMIT, severity, ObjectPath.of(r.schema(),
                            r.name()), "Sequence " + r.sql() + " (" + r.type() + ") has used " + Texts.percent(r.used())
                            + " of its range: once it reaches its limit, every insert that takes a value from it"
                            + " fails." + (r.feeds() == null ? "" : " It feeds " + r.feeds() + ".")).withFix(fix));
        }
        String note = unreadable == 0 ? "" : "; " + Noun.of("sequence", "sequences").count(unreadable) + " not read:"
                + " the role lacks USAGE or SELECT on " + (unreadable == 1 ? "it" : "them") + " (GRANT SELECT ON"
                + " ALL SEQUENCES IN SCHEMA … TO the checking role)";
        return Report.counted(Noun.of("sequence near its limit", "sequences near their limit"), note, findings);
    }
}
