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
import io.drift.core.diff.Severity;
import io.drift.core.model.Column;
import io.drift.core.model.Member;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.View;
import io.drift.core.spi.ExpectedSchemaSource;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.FutureTask;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Every object the application needs is there: tables, views, columns, indexes and constraints named by path, or every
 * table of the baseline. Reads the run's shared snapshot, and lists every missing object at once.
 */
public final class RequiredObjectsCheck implements Check {

    /** The check's id. */
    public static final String ID = "required-objects";

    /** A required object is not in the database. */
    public static final FindingCode MISSING = new FindingCode("DRIFT-REQUIRED-OBJECT-MISSING", Severity.ERROR,
            "A required object is missing",
            "The application needs this table, view, column, index or constraint, and the database does not have it:"
                    + " the first query that uses it fails (relation \"…\" does not exist). Apply the migration that"
                    + " creates it, or deploy the release that does not need it.");

    /** What a path in a list must name. */
    public enum Kind {
        /** A table of any kind (regular, partitioned, foreign). */
        TABLE("tables", "table", 2, false),
        /** A view or a materialized view. */
        VIEW("views", "view", 2, false),
        /** A column of a table or view. */
        COLUMN("columns", "column", 3, false),
        /** An index of a table or materialized view. */
        INDEX("indexes", "index", 3, true),
        /** A constraint of a table: primary key, unique, foreign key, check or exclusion. */
        CONSTRAINT("constraints", "constraint", 3, true),
        /** Inferred from the path: {@code schema.table} a table or view, {@code schema.table.column} a column,
         * {@code schema.table/name} an index or constraint. */
        ANY("objects", "object", 0, false);

        final String option;
        final String noun;
        final int depth;
        final boolean member;

        Kind(String option, String noun, int depth, boolean member) {
            this.option = option;
            this.noun = noun;
            this.depth = depth;
            this.member = member;
        }

        /** @return the option (and the {@code require:} key in drift.yaml) that lists objects of this kind */
        public String option() {
            return option;
        }
    }

    private static final Pattern REASON = Pattern.compile("\\(([^)]*)\\)");

    static final String BASELINE_TABLES = "baseline-tables";
    static final String BASELINE = "baseline";
    static final String SCHEMAS = "schemas";

    private final List<String> objects;
    private final ExpectedSchemaSource baseline;

    /** With nothing required but what its options say. */
    public RequiredObjectsCheck() {
        this(List.of(), null);
    }

    /**
     * @param objects  paths of required objects, the kind inferred from each ({@link Kind#ANY}), besides the options'
     * @param baseline the baseline whose every table is required when the option {@code baseline-tables} is true, or
     *                 {@code null} to read the file the option {@code baseline} names
     */
    public RequiredObjectsCheck(List<String> objects, ExpectedSchemaSource baseline) {
        this.objects = List.copyOf(objects);
        this.objects.forEach(p -> parse(Kind.ANY, p));
        this.baseline = baseline;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "The tables, views, columns, indexes and constraints the application needs are all there.";
    }

    @Override
    public List<FindingCode> codes() {
        return List.of(MISSING);
    }

    @Override
    public Set<CheckTag> tags() {
        return Set.of(CheckTag.DRIFT);
    }

    @Override
    public Set<String> optionNames() {
        return Set.of("tables", "views", "columns", "indexes", "constraints", "objects", BASELINE_TABLES, BASELINE,
                SCHEMAS);
    }

    /**
     * Parses a required path, refusing one that cannot name an object of that kind.
     *
     * @param kind what it must name
     * @param text the path as written
     * @return the path
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} saying how to write it
     */
    public static ObjectPath parse(Kind kind, String text) {
        ObjectPath path;
        try {
            path = ObjectPath.parse(text);
        } catch (IllegalArgumentException | DriftException e) {
            Matcher why = REASON.matcher(String.valueOf(e.getMessage()));
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + text + "' is not an object path"
                    + (why.find() ? " (" + why.group(1) + ")" : "") + ". " + howToWrite(kind));
        }
        boolean fits = kind == Kind.ANY
                ? (path.depth() == 2 && !path.member()) || path.depth() == 3
                : path.depth() == kind.depth && path.member() == kind.member;
        if (!fits) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + text + "' cannot name "
                    + (kind == Kind.ANY ? "a table, view, column, index or constraint" : "a " + kind.noun) + ". "
                    + howToWrite(kind));
        }
        return path;
    }

    private static String howToWrite(Kind kind) {
        switch (kind) {
            case TABLE:
            case VIEW:
                return "Write a " + kind.noun + " with its schema: public.users (quote a name with dots or quotes:"
                        + " public.\"my.table\").";
            case COLUMN:
                return "Write a column as schema.table.column: public.users.email.";
            case INDEX:
            case CONSTRAINT:
                return "Write an " + (kind == Kind.INDEX ? "index" : "constraint") + " as schema.table/name:"
                        + " public.users/users_pkey.";
            default:
                return "Write public.users for a table or view, public.users.email for a column, and"
                        + " public.users/users_pkey for an index or constraint.";
        }
    }

    /** What is required, read from the options and the constructor. */
    private Map<ObjectPath, Kind> required(CheckOptions options) {
        Map<ObjectPath, Kind> required = new LinkedHashMap<>();
        for (String text : objects) {
            required.putIfAbsent(parse(Kind.ANY, text), Kind.ANY);
        }
        for (Kind kind : Kind.values()) {
            for (String text : options.strings(kind.option)) {
                try {
                    required.putIfAbsent(parse(kind, text), kind);
                } catch (DriftException e) {
                    throw options.invalid(kind.option, e.getMessage());
                }
            }
        }
        return required;
    }

    @Override
    public void validate(CheckOptions options) {
        required(options);
        boolean baselineTables = options.bool(BASELINE_TABLES, false);
        options.strings(SCHEMAS);
        if (baselineTables && baseline == null && options.string(BASELINE).isEmpty()) {
            throw options.invalid(BASELINE_TABLES, "every table of the baseline is required, but there is no"
                    + " baseline. Name one (baseline in drift.yaml, --baseline FILE, or the option baseline).");
        }
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        CheckOptions options = context.options();
        Map<ObjectPath, Kind> required = required(options);
        boolean baselineTables = options.bool(BASELINE_TABLES, false);
        if (required.isEmpty() && !baselineTables) {
            return Outcome.skipped("Nothing is required: list the objects under require in drift.yaml, or give"
                    + " --require OBJECT.");
        }
        FutureTask<Snapshot> expected = null;
        ExpectedSchemaSource source = null;
        if (baselineTables) {
            source = baseline != null ? baseline : Baselines.file(options.string(BASELINE).orElseThrow(() ->
                    options.invalid(BASELINE_TABLES, "there is no baseline to take the tables from.")));
            expected = Baselines.startLoading(source);
        }
        Snapshot actual = context.snapshot();
        if (expected != null) {
            List<String> schemas = options.strings(SCHEMAS);
            for (Table table : Baselines.await(expected, source, context.remainingTime()).tables()) {
                if (schemas.isEmpty() || schemas.contains(table.path().first())) {
                    required.putIfAbsent(table.path(), Kind.TABLE);
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        for (Map.Entry<ObjectPath, Kind> e : required.entrySet()) {
            ObjectPath path = e.getKey();
            Kind kind = e.getValue();
            if (!present(actual, kind, path)) {
                findings.add(Finding.of(MISSING, path, describe(actual, kind, path) + " is missing"
                        + hint(actual, kind, path) + ".")
                        .withFix(Fix.action("Apply the migration that creates it, or deploy a release that does"
                                + " not need it.")));
            }
        }
        String count = required.size() + (required.size() == 1 ? " object" : " objects") + " required";
        if (findings.isEmpty()) {
            return Outcome.passed(count + ", all present");
        }
        return Outcome.of(count + ", " + findings.size() + " missing", findings);
    }

    private static boolean present(Snapshot s, Kind kind, ObjectPath path) {
        switch (kind) {
            case TABLE:
                return s.findTable(path).isPresent();
            case VIEW:
                return findView(s, path).isPresent();
            case COLUMN:
                return columns(s, path.parent()).anyMatch(c -> c.name().equals(path.name()));
            case INDEX:
                return indexNames(s, path.parent()).anyMatch(path.name()::equals);
            case CONSTRAINT:
                return s.findTable(path.parent()).map(t -> t.constraints().stream().anyMatch(c -> c.name()
                        .equals(path.name()))).orElse(false);
            default:
                if (path.depth() == 2) {
                    return s.findTable(path).isPresent() || findView(s, path).isPresent();
                }
                if (!path.member()) {
                    return present(s, Kind.COLUMN, path);
                }
                return present(s, Kind.INDEX, path) || present(s, Kind.CONSTRAINT, path);
        }
    }

    private static Optional<View> findView(Snapshot s, ObjectPath path) {
        Optional<View> view = s.findView(path);
        return view.isPresent() ? view : s.find(ObjectKind.MATERIALIZED_VIEW, path).map(View.class::cast);
    }

    private static Stream<Column> columns(Snapshot s, ObjectPath relation) {
        Optional<Table> table = s.findTable(relation);
        if (table.isPresent()) {
            return table.get().columns().stream();
        }
        return findView(s, relation).stream().flatMap(v -> v.columns().stream());
    }

    private static Stream<String> indexNames(Snapshot s, ObjectPath relation) {
        Optional<Table> table = s.findTable(relation);
        if (table.isPresent()) {
            return table.get().indexes().stream().map(Member::name);
        }
        return findView(s, relation).stream().flatMap(v -> v.indexes().stream()).map(Member::name);
    }

    /** "table public.users", "column public.users.email", "index or constraint public.users/x" */
    private static String describe(Snapshot s, Kind kind, ObjectPath path) {
        if (kind != Kind.ANY) {
            return kind.noun + " " + path;
        }
        if (path.depth() == 2) {
            return "table " + path;
        }
        return (path.member() ? "index or constraint " : "column ") + path;
    }

    /** Why it may be missing: its table is missing, or a name differs only in case (identifiers are case-sensitive). */
    private static String hint(Snapshot s, Kind kind, ObjectPath path) {
        if (path.depth() == 3) {
            ObjectPath relation = path.parent();
            if (s.findTable(relation).isEmpty() && findView(s, relation).isEmpty()) {
                return " (so is its table " + relation + ")";
            }
            Collection<String> names = path.member()
                    ? Stream.concat(indexNames(s, relation), s.findTable(relation).stream()
                            .flatMap(t -> t.constraints().stream()).map(Member::name)).toList()
                    : columns(s, relation).map(Column::name).toList();
            return caseHint(path.name(), names, relation, path.member());
        }
        List<ObjectPath> relations = Stream.concat(s.tables().stream().map(Table::path),
                Stream.concat(s.views().stream(), s.materializedViews().stream()).map(View::path)).toList();
        for (ObjectPath other : relations) {
            if (!other.equals(path) && other.toString().toLowerCase(Locale.ROOT)
                    .equals(path.toString().toLowerCase(Locale.ROOT))) {
                return " (there is " + other + ": names are case-sensitive, and unquoted names are stored in"
                        + " lower case)";
            }
        }
        return "";
    }

    private static String caseHint(String name, Collection<String> names, ObjectPath relation, boolean member) {
        for (String other : names) {
            if (!other.equals(name) && other.equalsIgnoreCase(name)) {
                ObjectPath otherPath = member ? relation.member(other) : relation.child(other);
                return " (there is " + otherPath + ": names are case-sensitive, and unquoted names are stored in"
                        + " lower case)";
            }
        }
        return "";
    }

    @Override
    public String toString() {
        return ID;
    }
}
