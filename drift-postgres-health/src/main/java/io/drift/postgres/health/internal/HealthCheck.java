package io.drift.postgres.health.internal;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Outcome;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectPath;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every PostgreSQL health check shares: its definition, the {@code exclude} option, option validation before the
 * database is touched, one read-only transaction (the runner's, with its timeouts) with an empty search path so that
 * the server renders every name schema-qualified, and a stable order of findings.
 */
abstract class HealthCheck implements Check {

    /** The option every health check takes: object globs whose findings are left out. */
    static final String EXCLUDE = "exclude";

    static final FindingCode EXCLUSION_UNUSED = new FindingCode("PG-EXCLUSION-UNUSED", Severity.WARNING,
            "An exclusion matched nothing",
            "A glob in the check's exclude option matched none of its findings: what it excluded is fixed or gone,"
                    + " or the glob is wrong (globs match case-sensitively). Remove it, or correct it.");

    /** The bookkeeping tables of migration tools, left out as the diff leaves them out by default. */
    private static final ObjectGlob BOOKKEEPING = ObjectGlob.of(DiffOptions.DEFAULT_IGNORED_TABLES);

    private static final Comparator<Finding> ORDER = Comparator
            .comparing(Finding::object, Comparator.nullsFirst(Comparator.<ObjectPath>naturalOrder()))
            .thenComparing(Finding::code)
            .thenComparing(Finding::message);

    private final Definition definition;

    HealthCheck(Definition definition) {
        this.definition = requireNonNull(definition, "definition");
    }

    /** What a check is, apart from how it runs. */
    record Definition(String id, String description, Set<CheckTag> tags, boolean enabledByDefault,
                      List<FindingCode> codes, Set<String> options) {
        Definition {
            tags = Set.copyOf(tags);
            List<FindingCode> all = new ArrayList<>(codes);
            all.add(EXCLUSION_UNUSED);
            codes = List.copyOf(all);
            Set<String> names = new TreeSet<>(options);
            names.add(EXCLUDE);
            options = Set.copyOf(names);
        }
    }

    /**
     * What an inspection found, or why it could not look.
     *
     * @param noun what the findings are, to count those no exclusion covers; {@code null} when the summary says it
     * @param note said after the count: what could not be looked at
     */
    record Report(boolean skipped, String summary, List<Finding> findings, Noun noun, String note) {
        Report {
            requireNonNull(summary, "summary");
            findings = List.copyOf(findings);
        }

        static Report of(String summary, List<Finding> findings) {
            return new Report(false, summary, findings, null, "");
        }

        /** The summary is the count of the findings that remain after exclusions, then the note. */
        static Report counted(Noun noun, String note, List<Finding> findings) {
            return new Report(false, noun.count(findings.size()) + note, findings, noun, note);
        }

        static Report skipped(String why) {
            return new Report(true, why, List.of(), null, "");
        }
    }

    /** The work of one run, made from validated options. */
    @FunctionalInterface
    interface Inspection {
        Report inspect(Connection connection, CheckContext context) throws SQLException;
    }

    @Override
    public final String id() {
        return definition.id();
    }

    @Override
    public final String description() {
        return definition.description();
    }

    @Override
    public final List<FindingCode> codes() {
        return definition.codes();
    }

    @Override
    public final Set<CheckTag> tags() {
        return definition.tags();
    }

    @Override
    public final boolean enabledByDefault() {
        return definition.enabledByDefault();
    }

    @Override
    public final Set<String> optionNames() {
        return definition.options();
    }

    /**
     * Reads and validates this check's options; called before the database is touched, so that a bad option is one
     * clear error and no query.
     *
     * @param options the check's options
     * @return the work to do
     * @throws DriftException with {@link DriftException.Reason#INVALID_CONFIG} for a bad option
     */
    abstract Inspection prepare(CheckOptions options);

    @Override
    public final Outcome run(CheckContext context) throws Exception {
        List<String> globs = excludes(context.options());
        Inspection inspection = prepare(context.options());
        Report report = context.query(connection -> {
            settle(connection);
            return inspection.inspect(connection, context);
        });
        if (report.skipped()) {
            return Outcome.skipped(report.summary());
        }
        List<Finding> kept = new ArrayList<>();
        Map<String, ObjectGlob> unused = new LinkedHashMap<>();
        globs.forEach(g -> unused.put(g, ObjectGlob.of(g)));
        Set<String> used = new LinkedHashSet<>();
        int excluded = 0;
        for (Finding finding : report.findings()) {
            if (finding.object() != null && excludedBy(finding.object(), Map.of("", BOOKKEEPING)) != null) {
                continue;
            }
            String by = excludedBy(finding.object(), unused);
            if (by == null) {
                kept.add(finding);
            } else {
                used.add(by);
                excluded++;
            }
        }
        long counted = kept.size();
        for (String glob : globs) {
            if (!used.contains(glob)) {
                kept.add(Finding.of(EXCLUSION_UNUSED, null, "The exclusion '" + glob + "' of " + id()
                                + " matched none of its findings.")
                        .withFix(Fix.action("Remove it from checks." + id() + ".exclude if what it excluded is fixed,"
                                + " or correct it: globs match the object or its table, case-sensitively"
                                + " (public.orders, public.tmp_*, audit.**).")));
            }
        }
        kept.sort(ORDER);
        String summary = (report.noun() == null ? report.summary() : report.noun().count(counted) + report.note())
                + (excluded == 0 ? "" : " (" + excluded + " excluded)");
        return Outcome.of(summary, kept);
    }

    private List<String> excludes(CheckOptions options) {
        List<String> globs = options.strings(EXCLUDE);
        for (String glob : globs) {
            try {
                ObjectGlob.requireValid(glob);
            } catch (DriftException e) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + id() + ": option "
                        + EXCLUDE + ": " + e.getMessage(), e);
            }
        }
        return globs;
    }

    /** A glob excludes a finding about its object or about anything inside it (a table's index, column…). */
    private static String excludedBy(ObjectPath object, Map<String, ObjectGlob> globs) {
        if (object == null) {
            return null;
        }
        for (Map.Entry<String, ObjectGlob> e : globs.entrySet()) {
            for (ObjectPath p = object; ; p = p.parent()) {
                if (e.getValue().matches(p)) {
                    return e.getKey();
                }
                if (p.depth() == 1) {
                    break;
                }
            }
        }
        return null;
    }

    /**
     * Settings for this transaction alone: an empty search path, so that the server renders every relation and type
     * name schema-qualified whatever the role's; no parallel workers and no JIT, so that catalog queries neither take
     * the server's workers nor spend longer compiling than running (the planner's estimates of catalog joins are
     * high enough to trigger JIT).
     */
    private static void settle(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT pg_catalog.set_config('search_path', '', true),"
                + " pg_catalog.set_config('max_parallel_workers_per_gather', '0', true),"
                + " pg_catalog.set_config('jit', 'off', true)")) {
            s.executeQuery().close();
        }
    }
}
