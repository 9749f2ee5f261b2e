package io.drift.postgres.internal;

import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Outcome;
import io.drift.core.config.RowCountRule;
import io.drift.core.diff.Severity;
import io.drift.core.internal.Durations;
import io.drift.core.internal.Names;
import io.drift.core.model.ObjectPath;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Row-count floors and ceilings per table, counted exactly (reading at most the rows that decide, each count with its
 * own statement timeout) or taken from the planner's estimate (one statement for every table). A table never analysed
 * has an unknown estimate, never 0.
 */
public final class RowCountsCheck implements Check {

    /** The check's id. */
    public static final String ID = "row-counts";

    /** Fewer rows than the floor. */
    public static final FindingCode BELOW_MIN = new FindingCode("DRIFT-ROWS-BELOW-MIN", Severity.ERROR,
            "Fewer rows than required",
            "A table the application needs filled (reference data, a seeded admin account, a feed) has fewer rows"
                    + " than its floor: a load or a seed did not run, or a job deleted them. Restore the data, or"
                    + " lower the floor if it was wrong.");
    /** More rows than the ceiling. */
    public static final FindingCode ABOVE_MAX = new FindingCode("DRIFT-ROWS-ABOVE-MAX", Severity.WARNING,
            "More rows than expected",
            "A table has more rows than its ceiling: a lookup table loaded twice, or a log or queue that is no longer"
                    + " purged. Find what fills it; raise the ceiling if the growth is expected.");
    /** The count is not known. */
    public static final FindingCode UNKNOWN = new FindingCode("DRIFT-ROWS-UNKNOWN", Severity.WARNING,
            "Row count unknown",
            "The count could not be established: the planner has no estimate because the table was never analysed"
                    + " (which is not the same as empty), a view has none, or an exact count took longer than its"
                    + " timeout or was not permitted. Run ANALYZE on the table, or count it exactly (estimate:"
                    + " false), or give the count more time (exact-timeout).");
    /** The table does not exist. */
    public static final FindingCode TABLE_MISSING = new FindingCode("DRIFT-ROWS-TABLE-MISSING", Severity.ERROR,
            "Table with a row-count rule is missing",
            "A table with a row-count rule does not exist, so its rows cannot be counted: the table was not created"
                    + " (the required-objects and schema-drift checks say more), or the rule names it wrongly"
                    + " (the finding suggests the closest name).");

    static final Duration DEFAULT_EXACT_TIMEOUT = Duration.ofSeconds(10);
    private static final String SQL = load("checks/row-estimates.sql");

    private final List<RowCountRule> rules;

    /** With the rules its options give. */
    public RowCountsCheck() {
        this(List.of());
    }

    /** @param rules rules besides those its options give (an option for the same table wins) */
    public RowCountsCheck(List<RowCountRule> rules) {
        this.rules = List.copyOf(rules);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Tables have at least (and at most) the rows their rules say, counted exactly or estimated.";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(BELOW_MIN, ABOVE_MAX, UNKNOWN, TABLE_MISSING);
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("tables", "exact-timeout");
    }

    private Map<ObjectPath, RowCountRule> rules(CheckOptions options) {
        Map<ObjectPath, RowCountRule> out = new LinkedHashMap<>();
        rules.forEach(r -> out.put(r.table(), r));
        for (Map.Entry<String, CheckOptions> e : options.sections("tables").entrySet()) {
            CheckOptions t = e.getValue();
            t.requireOnly(Set.of("min", "max", "estimate"));
            try {
                ObjectPath table = RowCountRule.parse(e.getKey());
                long min = t.integer("min", -1, 0, Long.MAX_VALUE);
                long max = t.integer("max", -1, 0, Long.MAX_VALUE);
                out.put(table, new RowCountRule(table, min < 0 ? null : min, max < 0 ? null : max,
                        t.bool("estimate", false)));
            } catch (DriftException ex) {
                if (ex.reason() != DriftException.Reason.INVALID_ARGUMENT) {
                    throw ex;
                }
                throw options.invalid("tables." + e.getKey(), ex.getMessage());
            }
        }
        return out;
    }

    @Override
    public void validate(CheckOptions options) {
        rules(options);
        options.duration("exact-timeout", DEFAULT_EXACT_TIMEOUT);
    }

    /** What is known of one table. */
    private record Found(boolean schemaFound, String name, char kind, double estimate, boolean known) {
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        CheckOptions options = context.options();
        Map<ObjectPath, RowCountRule> rules = rules(options);
        if (rules.isEmpty()) {
            return Outcome.skipped("No row-count rules: list tables under row-counts in drift.yaml, or give"
                    + " --min-rows TABLE=N.");
        }
        Duration exactTimeout = options.duration("exact-timeout", DEFAULT_EXACT_TIMEOUT);
        List<RowCountRule> list = List.copyOf(rules.values());
        return context.query(connection -> {
            List<Found> found = estimates(connection, list);
            List<Finding> findings = new ArrayList<>();
            List<ObjectPath> missing = new ArrayList<>();
            int ok = 0;
            for (int i = 0; i < list.size(); i++) {
                RowCountRule rule = list.get(i);
                Found f = found.get(i);
                if (f.name() == null) {
                    missing.add(rule.table());
                    continue;
                }
                Finding finding = rule.estimate() ? judgeEstimate(rule, f)
                        : judgeExact(connection, rule, f, exactTimeout, context);
                if (finding == null) {
                    ok++;
                } else {
                    findings.add(finding);
                }
            }
            if (!missing.isEmpty()) {
                List<String> existing = relationNames(connection);
                for (ObjectPath table : missing) {
                    Found f = found.get(list.indexOf(rules.get(table)));
                    String hint = Names.closest(table.toString(), existing).map(n -> " Did you mean " + n + "?")
                            .orElse("");
                    findings.add(Finding.of(TABLE_MISSING, table, "table " + table + " does not exist"
                            + (f.schemaFound() ? "" : " (nor does schema " + table.first() + ")")
                            + ", so its rows cannot be counted." + hint)
                            .withFix(Fix.action("Create the table, or correct the row-count rule's table name.")));
                }
            }
            String summary = list.size() + (list.size() == 1 ? " table" : " tables") + ": " + ok
                    + " within " + (list.size() == 1 ? "its rule" : "their rules")
                    + (findings.isEmpty() ? "" : ", " + findings.size() + " not");
            return Outcome.of(summary, findings);
        });
    }

    private static List<Found> estimates(Connection connection, List<RowCountRule> list) throws SQLException {
        String[] schemas = list.stream().map(r -> r.table().first()).toArray(String[]::new);
        String[] names = list.stream().map(r -> r.table().name()).toArray(String[]::new);
        List<Found> found = new ArrayList<>(list.size());
        try (PreparedStatement ps = connection.prepareStatement(SQL)) {
            Array schemaArray = connection.createArrayOf("text", schemas);
            Array nameArray = connection.createArrayOf("text", names);
            ps.setArray(1, schemaArray);
            ps.setArray(2, nameArray);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String kind = rs.getString("relkind");
                    found.add(new Found(rs.getBoolean("schema_found"), rs.getString("relname"),
                            kind == null ? ' ' : kind.charAt(0), rs.getDouble("estimate"), rs.getBoolean("known")));
                }
            }
        }
        return found;
    }

    private static Finding judgeEstimate(RowCountRule rule, Found f) {
        ObjectPath table = rule.table();
        String noun = noun(f.kind());
        if (!f.known()) {
            String why = f.kind() == 'v'
                    ? "a view has no row estimate"
                    : "the planner has no estimate: it was never analysed, which is not the same as empty";
            return Finding.of(UNKNOWN, table, "The row count of " + noun + " " + table + " is unknown (" + why
                    + "), so its " + bounds(rule) + " cannot be checked.")
                    .withFix(f.kind() == 'v' ? Fix.action("Count it exactly: set estimate: false for it.")
                            : Fix.sql("ANALYZE " + quote(table.first()) + "." + quote(f.name()) + ";"));
        }
        long estimate = Math.round(f.estimate());
        if (rule.min() != null && estimate < rule.min()) {
            return Finding.of(BELOW_MIN, table, noun + " " + table + " has about " + estimate
                    + " rows (the planner's estimate), fewer than its minimum of " + rule.min() + ".")
                    .withFix(Fix.action("Load the rows it needs. If they are there, run ANALYZE on it or count it"
                            + " exactly: the estimate is only as fresh as the last ANALYZE."));
        }
        if (rule.max() != null && estimate > rule.max()) {
            return Finding.of(ABOVE_MAX, table, noun + " " + table + " has about " + estimate
                    + " rows (the planner's estimate), more than its maximum of " + rule.max() + ".")
                    .withFix(Fix.action("Find what fills it, or raise the maximum."));
        }
        return null;
    }

    private static Finding judgeExact(Connection connection, RowCountRule rule, Found f, Duration exactTimeout,
                                      CheckContext context) throws SQLException {
        ObjectPath table = rule.table();
        String noun = noun(f.kind());
        // Reading more rows than decide the rule would only cost time: at most max + 1 (to see it exceeded), else min.
        long limit = rule.max() != null ? Math.max(rule.max() + 1, rule.min() == null ? 0 : rule.min()) : rule.min();
        Duration timeout = context.remainingTime().compareTo(exactTimeout) < 0 ? context.remainingTime()
                : exactTimeout;
        long millis = Math.max(1, timeout.toMillis());
        String sql = "SELECT count(*) FROM (SELECT FROM " + quote(table.first()) + "." + quote(f.name()) + " LIMIT "
                + limit + ") AS counted";
        Savepoint savepoint = connection.setSavepoint();
        long count;
        try (Statement st = connection.createStatement()) {
            st.execute("SET LOCAL statement_timeout = " + millis);
            try (ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                count = rs.getLong(1);
            }
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            String state = e.getSQLState() == null ? "" : e.getSQLState();
            String why;
            Fix fix;
            if (state.equals("57014")) {
                why = "counting it took longer than " + Durations.format(timeout);
                fix = Fix.action("Give the count more time (exact-timeout), or use the planner's estimate"
                        + " (estimate: true).");
            } else if (state.equals("42501")) {
                why = "the role may not read it (" + firstLine(e.getMessage()) + ")";
                fix = Fix.sql("GRANT SELECT ON " + quote(table.first()) + "." + quote(f.name())
                        + " TO <the role Drift connects as>;");
            } else {
                why = "counting it failed (" + firstLine(e.getMessage()) + ")";
                fix = Fix.action("Use the planner's estimate (estimate: true).");
            }
            return Finding.of(UNKNOWN, table, "The row count of " + noun + " " + table + " is unknown: " + why
                    + ", so its " + bounds(rule) + " cannot be checked.").withFix(fix);
        }
        if (rule.min() != null && count < rule.min()) {
            return Finding.of(BELOW_MIN, table, noun + " " + table + " has " + count + (count == 1 ? " row" : " rows")
                    + ", fewer than its minimum of " + rule.min() + ".")
                    .withFix(Fix.action("Load the rows it needs (a seed or a reference-data migration that did not"
                            + " run?)."));
        }
        if (rule.max() != null && count > rule.max()) {
            return Finding.of(ABOVE_MAX, table, noun + " " + table + " has more than " + rule.max()
                    + " rows, its maximum.")
                    .withFix(Fix.action("Find what fills it, or raise the maximum."));
        }
        return null;
    }

    private static List<String> relationNames(Connection connection) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT n.nspname, c.relname FROM pg_catalog.pg_class c"
                     + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                     + " WHERE c.relkind IN ('r', 'p', 'm', 'f', 'v')"
                     + " AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'")) {
            while (rs.next()) {
                names.add(ObjectPath.of(rs.getString(1), rs.getString(2)).toString());
            }
        }
        return names;
    }

    private static String bounds(RowCountRule rule) {
        if (rule.min() != null && rule.max() != null) {
            return "bounds (" + rule.min() + " to " + rule.max() + " rows)";
        }
        return rule.min() != null ? "minimum of " + rule.min() + " rows" : "maximum of " + rule.max() + " rows";
    }

    private static String noun(char relkind) {
        switch (relkind) {
            case 'v':
                return "view";
            case 'm':
                return "materialized view";
            case 'f':
                return "foreign table";
            default:
                return "table";
        }
    }

    /** An identifier quoted as PostgreSQL's quote_ident would, always: a double quote inside is doubled. */
    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String firstLine(String message) {
        return message == null ? "no message" : message.lines().findFirst().orElse("").strip();
    }

    private static String load(String resource) {
        try (InputStream in = RowCountsCheck.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return ID;
    }

}
