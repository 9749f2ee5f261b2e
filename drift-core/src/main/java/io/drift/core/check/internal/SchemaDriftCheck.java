package io.drift.core.check.internal;

import io.drift.core.DriftException;
import io.drift.core.check.Check;
import io.drift.core.check.CheckContext;
import io.drift.core.check.CheckOptions;
import io.drift.core.check.CheckTag;
import io.drift.core.check.Finding;
import io.drift.core.check.FindingCode;
import io.drift.core.check.Fix;
import io.drift.core.check.Outcome;
import io.drift.core.diff.Changed;
import io.drift.core.diff.DiffOption;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.diff.DifferenceType;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.SeverityPolicy;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.ExpectedSchemaSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.FutureTask;

/**
 * The database against an expected schema (a baseline snapshot file, or any {@link ExpectedSchemaSource}: a reference
 * database), through the diff engine: one finding per difference, its severity the difference's.
 */
public final class SchemaDriftCheck implements Check {

    /** The check's id. */
    public static final String ID = "schema-drift";

    static final String BASELINE = "baseline";
    static final String SCHEMAS = "schemas";
    static final String INCLUDE = "include";
    static final String EXCLUDE = "exclude";
    static final String IGNORE = "ignore";
    static final String IGNORE_TABLES = "ignore-tables";

    /** Every code, by kind and type of difference: stable, because both enums are. */
    private static final Map<ObjectKind, Map<DifferenceType, FindingCode>> CODES = codes(SeverityPolicy.defaults());

    private final ExpectedSchemaSource expected;

    /** Compares with the snapshot file its option {@code baseline} names; skipped without one. */
    public SchemaDriftCheck() {
        this(null);
    }

    /**
     * @param expected the expected schema, or {@code null} for the file the option {@code baseline} names
     */
    public SchemaDriftCheck(ExpectedSchemaSource expected) {
        this.expected = expected;
    }

    /**
     * @param kind a kind of object
     * @param type a type of difference
     * @return the code of that difference: {@code DRIFT-TABLE-MISSING}, {@code DRIFT-COLUMN-CHANGED},
     *         {@code DRIFT-VENDOR-OBJECT-UNEXPECTED}
     */
    public static FindingCode code(ObjectKind kind, DifferenceType type) {
        return CODES.get(kind).get(type);
    }

    private static Map<ObjectKind, Map<DifferenceType, FindingCode>> codes(SeverityPolicy policy) {
        Map<ObjectKind, Map<DifferenceType, FindingCode>> codes = new EnumMap<>(ObjectKind.class);
        for (ObjectKind kind : ObjectKind.values()) {
            Map<DifferenceType, FindingCode> byType = new EnumMap<>(DifferenceType.class);
            String noun = noun(kind);
            String id = kind == ObjectKind.VENDOR ? "VENDOR-OBJECT" : kind.id().toUpperCase(Locale.ROOT);
            String title = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
            byType.put(DifferenceType.MISSING, new FindingCode("DRIFT-" + id + "-MISSING",
                    policy.severityOf(kind, DifferenceType.MISSING, null), title + " missing",
                    "The expected schema has this " + noun + " and the database does not. Apply the migration that"
                            + " creates it, or update the baseline if it was dropped on purpose."));
            byType.put(DifferenceType.UNEXPECTED, new FindingCode("DRIFT-" + id + "-UNEXPECTED",
                    policy.severityOf(kind, DifferenceType.UNEXPECTED, null), "Unexpected " + noun,
                    "The database has this " + noun + " and the expected schema does not: made by hand, or by a"
                            + " migration the baseline does not know. Add it to a migration and the baseline, or"
                            + " drop it if nothing needs it."));
            byType.put(DifferenceType.CHANGED, new FindingCode("DRIFT-" + id + "-CHANGED",
                    policy.severityOf(kind, DifferenceType.CHANGED, null), title + " changed",
                    "A property of this " + noun + " differs from the expected schema (the finding names it, with"
                            + " both values). Write a migration that makes them agree, or update the baseline if"
                            + " the change is intended."));
            codes.put(kind, Collections.unmodifiableMap(byType));
        }
        return Collections.unmodifiableMap(codes);
    }

    private static String noun(ObjectKind kind) {
        return kind == ObjectKind.VENDOR ? "vendor object" : kind.displayName();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The schema matches the baseline snapshot (or a reference database), through the diff engine.";
    }

    @Override
    public List<FindingCode> codes() {
        List<FindingCode> all = new ArrayList<>();
        CODES.values().forEach(byType -> all.addAll(byType.values()));
        return List.copyOf(all);
    }

    @Override
    public Set<CheckTag> tags() {
        return Set.of(CheckTag.DRIFT);
    }

    @Override
    public Set<String> optionNames() {
        Set<String> names = new LinkedHashSet<>(List.of(BASELINE, SCHEMAS, INCLUDE, EXCLUDE, IGNORE, IGNORE_TABLES));
        for (DiffOption option : DiffOption.values()) {
            names.add(optionName(option));
        }
        return Collections.unmodifiableSet(names);
    }

    /** @return {@code ignore-column-order} for {@link DiffOption#IGNORE_COLUMN_ORDER} */
    static String optionName(DiffOption option) {
        return option.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * @param options this check's options
     * @return the diff options they say
     * @throws DriftException naming the option that is wrong
     */
    public static DiffOptions diffOptions(CheckOptions options) {
        DiffOptions.Builder builder = DiffOptions.builder();
        builder.includeSchemas(globs(options, SCHEMAS));
        builder.includeObjects(globs(options, INCLUDE));
        builder.excludeObjects(globs(options, EXCLUDE));
        if (options.has(IGNORE_TABLES)) {
            builder.ignoredTables(List.of(globs(options, IGNORE_TABLES)));
        }
        for (String name : options.strings(IGNORE)) {
            if (name.isBlank()) {
                throw options.invalid(IGNORE, "an ignored kind or property must not be empty.");
            }
            builder.ignore(name);
        }
        for (DiffOption option : DiffOption.values()) {
            String name = optionName(option);
            if (options.bool(name, option.enabledByDefault())) {
                builder.enable(option);
            } else {
                builder.disable(option);
            }
        }
        try {
            return builder.build();
        } catch (IllegalArgumentException | DriftException e) {
            throw options.invalid(IGNORE, e.getMessage() + ".");
        }
    }

    private static String[] globs(CheckOptions options, String name) {
        List<String> globs = options.strings(name);
        for (String glob : globs) {
            try {
                ObjectGlob.requireValid(glob);
            } catch (DriftException e) {
                throw options.invalid(name, e.getMessage());
            }
        }
        return globs.toArray(String[]::new);
    }

    @Override
    public void validate(CheckOptions options) {
        diffOptions(options);
        options.string(BASELINE);
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        CheckOptions options = context.options();
        DiffOptions diffOptions = diffOptions(options);
        ExpectedSchemaSource source = expected;
        if (source == null) {
            String file = options.string(BASELINE).orElse(null);
            if (file == null) {
                return Outcome.skipped("No baseline to compare with: name one as baseline in drift.yaml, or give"
                        + " --baseline FILE (written by drift snapshot).");
            }
            source = Baselines.file(file);
        }
        FutureTask<Snapshot> loading = Baselines.startLoading(source);
        Snapshot actual = context.snapshot();
        Snapshot expectedSnapshot = Baselines.await(loading, source, context.remainingTime());
        SchemaDiff diff = Differ.standard().diff(expectedSnapshot, actual, diffOptions);
        List<Finding> findings = new ArrayList<>(diff.size());
        for (Difference d : diff.differences()) {
            findings.add(finding(d));
        }
        if (findings.isEmpty()) {
            return Outcome.passed("Matches " + source.description() + " (" + expectedSnapshot.size()
                    + " objects)");
        }
        Map<Severity, Integer> counts = diff.countsBySeverity();
        return Outcome.of(count(diff.size(), "difference") + " from " + source.description() + " ("
                + count(counts.get(Severity.ERROR), "error") + ", " + count(counts.get(Severity.WARNING), "warning")
                + ", " + counts.get(Severity.INFO) + " info)", findings);
    }

    /**
     * @param d a difference
     * @return it as a finding: its code, its severity, its object and, for a change, the property and both values
     */
    public static Finding finding(Difference d) {
        FindingCode code = code(d.kind(), d.type());
        String what = noun(d.kind()) + " " + d.path();
        Finding f;
        switch (d.type()) {
            case MISSING:
                f = Finding.of(code, d.severity(), d.path(), what + " is missing: the expected schema has it.")
                        .withFix(Fix.action("Apply the migration that creates it, or update the baseline if it was"
                                + " dropped on purpose."));
                break;
            case UNEXPECTED:
                f = Finding.of(code, d.severity(), d.path(), what + " is unexpected: the expected schema does not"
                        + " have it.")
                        .withFix(Fix.action("Add it to a migration and to the baseline, or drop it if nothing"
                                + " needs it."));
                break;
            default:
                Changed c = (Changed) d;
                String message = shortValue(c.actual()) && shortValue(c.expected())
                        ? what + " has " + c.property() + " " + value(c.actual()) + ", expected "
                                + value(c.expected()) + "."
                        : what + " has another " + c.property() + " than expected (both are in the JSON report;"
                                + " drift diff shows them).";
                f = Finding.of(code, d.severity(), d.path(), message)
                        .withProperty(c.property())
                        .withFix(Fix.action("Write a migration that makes the database match, or update the"
                                + " baseline if the change is intended."));
                break;
        }
        return f.withDifference(d);
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static boolean shortValue(String text) {
        return text == null || (text.length() <= 120 && text.indexOf('\n') < 0);
    }

    private static String value(String text) {
        return text == null ? "none" : "'" + text + "'";
    }

    @Override
    public String toString() {
        return ID;
    }
}
