package io.drift.postgres.health.internal;

import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.model.ObjectPath;
import io.drift.postgres.health.internal.HealthCheck.Report;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What pg-index-health's queries leave out, added by Drift with a query of its own: the sequences and tables the
 * checking role cannot read (which pg-index-health passes over without a word), and constraints of domains.
 */
final class Supplements {

    private Supplements() {
    }

    /** pg-index-health reads a sequence it may not read as if it were unused: say how many there are. */
    static Report unreadableSequences(Connection connection, List<String> schemas) throws SQLException {
        long n = count(connection, "unreadable-sequences", schemas);
        return Report.of(n == 0 ? "" : "; " + Noun.of("sequence", "sequences").count(n) + " not read: the role lacks"
                + " USAGE or SELECT on " + (n == 1 ? "it" : "them") + " (GRANT SELECT ON ALL SEQUENCES IN SCHEMA … TO"
                + " the checking role)", List.of());
    }

    /** pg_stats shows a role only the tables it may SELECT: bloat of the others cannot be estimated. */
    static String noReadableTable(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Catalog.sql("bloat-readable"));
             ResultSet rs = s.executeQuery()) {
            rs.next();
            long tables = rs.getLong("tables");
            long readable = rs.getLong("readable");
            if (tables > 0 && readable == 0) {
                return "The role " + rs.getString("role") + " may not read any of the " + Texts.number(tables)
                        + " tables, and pg_stats shows statistics only of tables a role may SELECT, so bloat cannot"
                        + " be estimated. Grant it SELECT on the tables, or run the check as a role that has it.";
            }
            return null;
        }
    }

    static Report unreadableTables(Connection connection, List<String> schemas) throws SQLException {
        long n = count(connection, "bloat-unreadable", schemas);
        return Report.of(n == 0 ? "" : "; " + Noun.of("table", "tables").count(n) + " not estimated: the role may not"
                + " SELECT from " + (n == 1 ? "it" : "them") + ", so pg_stats hides " + (n == 1 ? "its" : "their")
                + " statistics", List.of());
    }

    /** pg-index-health's query names a domain's constraint by its table, which a domain has not: Drift's own. */
    static Report notValidDomainConstraints(Connection connection, List<String> schemas) throws SQLException {
        List<Finding> findings = new ArrayList<>();
        try (PreparedStatement s = connection.prepareStatement(Catalog.sql("not-valid-domain-constraints"))) {
            s.setArray(1, names(connection, schemas));
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    String domain = rs.getString("domain_sql");
                    String constraint = rs.getString("constraint_sql");
                    findings.add(Finding.of(IndexHealthChecks.NOT_VALID_CONSTRAINT,
                                    ObjectPath.of(rs.getString("nspname"), rs.getString("typname"))
                                            .member(rs.getString("conname")),
                                    "Constraint " + constraint + " of domain " + domain + " was added NOT VALID and"
                                            + " never validated: values from before may break it.")
                            .withFix(Fix.sql("ALTER DOMAIN " + domain + " VALIDATE CONSTRAINT " + constraint + ";")));
                }
            }
        }
        return Report.of("", findings);
    }

    private static long count(Connection connection, String query, List<String> schemas) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(Catalog.sql(query))) {
            s.setArray(1, names(connection, schemas));
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Array names(Connection connection, List<String> schemas) throws SQLException {
        return connection.createArrayOf("text", schemas.toArray());
    }
}
