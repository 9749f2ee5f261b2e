package io.drift.jpa;

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
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Differ;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.model.Column;
import io.drift.core.model.ObjectGlob;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.jpa.internal.MetadataReader;
import io.drift.jpa.internal.TypeRules;

import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The check {@code jpa.model}: the schema the application's JPA entities expect ({@link JpaSchemaSource}), compared
 * with the database, every difference at once, each with a code of its own, plus how many of the database's tables
 * have an entity ({@code 24 of 47 tables have an entity}).
 *
 * <p>Made in code with the entities ({@link JpaChecks#model(jakarta.persistence.EntityManagerFactory)},
 * {@link JpaChecks#model(JpaSchemaSource)}), it runs by default. Found through {@link JpaCheckProvider} it is off by
 * default and takes its entities from its options: {@code packages}, {@code classes} or {@code persistence-unit}, looked
 * up on the {@code classpath} option's jars and directories. Every option is listed in {@code docs/checks.md}.
 *
 * @since 0.1.0
 */
public final class JpaModelCheck implements Check {

    /** The check's id. */
    public static final String ID = "jpa.model";

    /** An entity's table does not exist. */
    public static final FindingCode TABLE_MISSING = new FindingCode("JPA-TABLE-MISSING", Severity.ERROR,
            "An entity's table is missing",
            "Every query of the entity fails with 'relation does not exist'. Apply the migration that creates it.");
    /** A schema the entities map tables in does not exist. */
    public static final FindingCode SCHEMA_MISSING = new FindingCode("JPA-SCHEMA-MISSING", Severity.ERROR,
            "A schema of the entities is missing",
            "Every entity mapped in it fails. Apply the migration that creates the schema and its tables.");
    /** A mapped column does not exist. */
    public static final FindingCode COLUMN_MISSING = new FindingCode("JPA-COLUMN-MISSING", Severity.ERROR,
            "A mapped column is missing",
            "Every load and save of the entity fails with 'column does not exist'. Add the column.");
    /** A column's type does not serve the attribute's. */
    public static final FindingCode COLUMN_TYPE = new FindingCode("JPA-COLUMN-TYPE", Severity.ERROR,
            "A column's type does not fit the attribute",
            "A narrower column rejects or cuts values the entity writes; a different one changes their meaning."
                    + " Change the column or the mapping; the rules are in docs/jpa.md.");
    /** A column's nullability differs from the attribute's. */
    public static final FindingCode NULLABILITY = new FindingCode("JPA-NULLABILITY", Severity.WARNING,
            "A column's nullability differs from the attribute's",
            "A nullable column under a required (or primitive) attribute lets in NULLs the entity cannot hold; a"
                    + " NOT NULL column under an optional attribute rejects the NULL it may write.");
    /** A table no entity maps. */
    public static final FindingCode TABLE_UNMAPPED = new FindingCode("JPA-TABLE-UNMAPPED", Severity.INFO,
            "A table has no entity",
            "Often fine (a table another program uses, an audit table); otherwise code that needs it has no model."
                    + " Its severity is the option unmapped-severity.");
    /** A column no attribute maps. */
    public static final FindingCode COLUMN_UNMAPPED = new FindingCode("JPA-COLUMN-UNMAPPED", Severity.INFO,
            "A column has no attribute",
            "The entity never reads or writes it. Fine when it has a default or accepts NULL.");
    /** A NOT NULL column without a default that no attribute maps: inserts through the entity fail. */
    public static final FindingCode COLUMN_REQUIRED_UNMAPPED = new FindingCode("JPA-COLUMN-REQUIRED-UNMAPPED",
            Severity.ERROR, "A required column has no attribute",
            "The column is NOT NULL without a default, and the entity does not write it: every insert fails. Map"
                    + " it, give it a default, or drop NOT NULL.");
    /** The entity's id is generated by the database (identity) but the column generates nothing. */
    public static final FindingCode ID_NOT_GENERATED = new FindingCode("JPA-ID-NOT-GENERATED", Severity.ERROR,
            "An identity id column generates nothing",
            "The entity leaves the id to the database (GenerationType.IDENTITY), but the column is neither an identity"
                    + " column nor has a default: every insert fails. Make it GENERATED BY DEFAULT AS IDENTITY.");
    /** An id generator's sequence does not exist. */
    public static final FindingCode SEQUENCE_MISSING = new FindingCode("JPA-SEQUENCE-MISSING", Severity.ERROR,
            "An id generator's sequence is missing",
            "Every insert of the entities that use it fails. Create the sequence with the generator's allocation size"
                    + " as its increment.");
    /** A sequence's increment differs from the generator's allocation size. */
    public static final FindingCode SEQUENCE_INCREMENT = new FindingCode("JPA-SEQUENCE-INCREMENT", Severity.ERROR,
            "A sequence's increment is not the allocation size",
            "Hibernate's pooled optimizer hands out allocation-size blocks from each value: an increment smaller than"
                    + " the allocation size gives two inserts the same id. Make them equal.");
    /** A primary key the entity declares does not exist. */
    public static final FindingCode PRIMARY_KEY_MISSING = new FindingCode("JPA-PRIMARY-KEY-MISSING",
            Severity.WARNING, "An entity's table has no primary key on its id",
            "Nothing stops two rows with the same id, which the entity then cannot load. Add the primary key.");
    /** A unique constraint the entities declare does not exist. */
    public static final FindingCode UNIQUE_MISSING = new FindingCode("JPA-UNIQUE-MISSING", Severity.WARNING,
            "A unique constraint of the entities is missing",
            "The database accepts duplicates the mapping says cannot exist. Add the constraint or a unique index.");
    /** A foreign key the entities declare does not exist. */
    public static final FindingCode FOREIGN_KEY_MISSING = new FindingCode("JPA-FOREIGN-KEY-MISSING",
            Severity.WARNING, "A foreign key of the entities is missing",
            "Rows can point at nothing, and the association then fails to load. Add the foreign key.");
    /** An index the entities declare does not exist. */
    public static final FindingCode INDEX_MISSING = new FindingCode("JPA-INDEX-MISSING", Severity.WARNING,
            "An index of the entities is missing",
            "Queries the index was declared for scan the table. Create it (CONCURRENTLY on a live table).");

    static final List<FindingCode> CODES = List.of(SCHEMA_MISSING, TABLE_MISSING, COLUMN_MISSING, COLUMN_TYPE,
            NULLABILITY, ID_NOT_GENERATED, COLUMN_REQUIRED_UNMAPPED, SEQUENCE_MISSING, SEQUENCE_INCREMENT,
            PRIMARY_KEY_MISSING, UNIQUE_MISSING, FOREIGN_KEY_MISSING, INDEX_MISSING, TABLE_UNMAPPED, COLUMN_UNMAPPED);

    /** Options naming where the entities come from: only for a check configured by options. */
    static final List<String> SOURCE_OPTIONS = List.of("packages", "classes", "persistence-unit", "classpath",
            "naming", "hibernate-properties");

    static final Set<String> OPTIONS = Set.of("packages", "classes", "persistence-unit", "classpath", "naming",
            "hibernate-properties", "default-schema", "unmapped-severity", "exclude");

    private static final Pattern PLAIN = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final Set<String> RESERVED = Set.of("all", "and", "any", "as", "asc", "both", "case", "check",
            "column", "constraint", "create", "default", "desc", "distinct", "do", "else", "end", "for", "foreign",
            "from", "grant", "group", "having", "in", "into", "is", "join", "limit", "not", "null", "offset", "on",
            "or", "order", "primary", "references", "select", "table", "then", "to", "union", "unique", "user",
            "using", "when", "where", "with");

    private final JpaSchemaSource source;
    /** For a check configured by options: the source of the last options, reused while they stay the same. */
    private volatile Map.Entry<CheckOptions, JpaSchemaSource> configured;

    JpaModelCheck(JpaSchemaSource source) {
        this.source = source;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Compares the schema the JPA entities expect with the database: missing tables and columns,"
                + " incompatible types, nullability, keys, sequences, and the tables no entity maps.";
    }

    @Override
    public List<FindingCode> codes() {
        return CODES;
    }

    @Override
    public Set<CheckTag> tags() {
        return Set.of(CheckTag.DRIFT, CheckTag.RUNTIME);
    }

    /** @return {@code true} when made with its entities; {@code false} when it needs options to find them */
    @Override
    public boolean enabledByDefault() {
        return source != null;
    }

    @Override
    public Set<String> optionNames() {
        return OPTIONS;
    }

    @Override
    public Outcome run(CheckContext context) throws Exception {
        CheckOptions options = context.options();
        Severity unmappedSeverity = severity(options, "unmapped-severity", TABLE_UNMAPPED.defaultSeverity());
        JpaSchemaSource entities = source;
        if (entities == null) {
            Map.Entry<CheckOptions, JpaSchemaSource> last = configured;
            if (last != null && last.getKey().equals(options)) {
                entities = last.getValue();     // the mapping is read once per configuration, not once per run
            } else {
                entities = fromOptions(options);
                if (entities != null) {
                    configured = Map.entry(options, entities);
                }
            }
            if (entities == null) {
                return Outcome.skipped("No entities to compare: set the option packages, classes or persistence-unit"
                        + " (and classpath, where the application's classes are not on Drift's class path), or make"
                        + " the check in code with JpaChecks.model(entityManagerFactory).");
            }
        } else {
            for (String name : SOURCE_OPTIONS) {
                if (options.has(name)) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + " was made in"
                            + " code with its entities (" + entities.description() + "), so its option " + name
                            + " does not apply. Remove it from the configuration.");
                }
            }
        }
        String schema = options.string("default-schema").orElse(null);
        if (schema == null) {
            schema = context.query(c -> {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT current_schema()")) {
                    return rs.next() ? rs.getString(1) : null;
                }
            });
            if (schema == null) {
                schema = entities.defaultSchema();
            }
        }
        Snapshot expected = entities.load(schema);
        Snapshot actual = context.snapshot();
        return compare(expected, actual, options.strings("exclude"), unmappedSeverity);
    }

    /** The comparison, apart from where the two snapshots come from. */
    static Outcome compare(Snapshot expected, Snapshot actual, List<String> exclude, Severity unmappedSeverity) {
        // An entity may map a view (read-only entities): the view stands for the table, columns are not compared.
        Snapshot.Builder onTables = expected.toBuilder();
        int onViews = 0;
        for (Table t : expected.tables()) {
            if (actual.findTable(t.path()).isEmpty() && actual.findView(t.path()).isPresent()) {
                onTables.remove(ObjectKind.TABLE, t.path());
                onViews++;
            }
        }
        expected = onViews == 0 ? expected : onTables.build();
        DiffOptions.Builder diffOptions = DiffOptions.builder().declared(JpaSchemaSource.DECLARED);
        if (!exclude.isEmpty()) {
            diffOptions.excludeObjects(exclude.toArray(String[]::new));
        }
        DiffOptions built = diffOptions.build();
        SchemaDiff diff = Differ.standard().diff(expected, actual, built);
        List<Finding> findings = new ArrayList<>();
        for (Difference d : diff.differences()) {
            Finding f = finding(d, expected, actual, unmappedSeverity);
            if (f != null) {
                findings.add(f.withDifference(d));
            }
        }
        findings.addAll(identities(expected, actual));
        findings.sort(java.util.Comparator.comparing(Finding::object,
                java.util.Comparator.nullsFirst(java.util.Comparator.<ObjectPath>naturalOrder()))
                .thenComparing(Finding::code));
        // Coverage: the database's tables (less those no diff compares) that an entity maps.
        List<String> globs = new ArrayList<>(built.ignoredTables());
        globs.addAll(exclude);
        ObjectGlob ignored = globs.isEmpty() ? null : ObjectGlob.of(globs);
        int tables = 0;
        int mapped = 0;
        for (Table t : actual.tables()) {
            if (ignored != null && ignored.matches(t.path().toString())) {
                continue;
            }
            tables++;
            if (expected.findTable(t.path()).isPresent()) {
                mapped++;
            }
        }
        String summary = mapped + " of " + tables + (tables == 1 ? " table has" : " tables have") + " an entity"
                + (onViews == 0 ? "" : onViews == 1 ? " (and an entity maps a view)"
                : " (and " + onViews + " entities map views)") + "; " + expected.tables().size()
                + " entity tables compared" + (findings.isEmpty() ? ", all match" : ", " + findings.size()
                + (findings.size() == 1 ? " finding" : " findings"));
        return Outcome.of(summary, findings);
    }

    private static Finding finding(Difference d, Snapshot expected, Snapshot actual, Severity unmappedSeverity) {
        ObjectPath path = d.path();
        if (d instanceof Missing) {
            switch (d.kind()) {
                case SCHEMA: {
                    long count = expected.tables().stream().filter(t -> t.path().first().equals(path.first()))
                            .count();
                    return Finding.of(SCHEMA_MISSING, path, "schema " + path + " is missing; the entities map "
                            + count + (count == 1 ? " table" : " tables") + " in it")
                            .withFix(Fix.sql("CREATE SCHEMA " + ident(path.first()) + ";"));
                }
                case TABLE:
                    return Finding.of(TABLE_MISSING, path, "table " + path + " is missing; "
                            + owners(expected, path) + " maps it")
                            .withFix(Fix.action("Apply the migration that creates " + path + "."));
                case COLUMN: {
                    Column c = expectedColumn(expected, path);
                    return Finding.of(COLUMN_MISSING, path, "column " + path + " is missing; " + attribute(c)
                            + " maps it").withFix(Fix.sql("ALTER TABLE " + table(path.parent()) + " ADD COLUMN "
                            + ident(path.name()) + " " + (c == null ? "?" : c.type()) + ";"));
                }
                case SEQUENCE:
                    return Finding.of(SEQUENCE_MISSING, path, "sequence " + path + " is missing; an id generator"
                            + " draws from it").withFix(Fix.sql("CREATE SEQUENCE " + table(path) + " INCREMENT BY "
                            + expected.findSequence(path).map(s -> s.options().increment()).orElse(1L) + ";"));
                case PRIMARY_KEY:
                    return Finding.of(PRIMARY_KEY_MISSING, path, "table " + path.parent()
                            + " has no primary key on the entity's id");
                case UNIQUE_CONSTRAINT:
                    return Finding.of(UNIQUE_MISSING, path, "unique constraint " + path.name() + " of "
                            + path.parent() + " is missing (the entities declare it)");
                case FOREIGN_KEY:
                    return Finding.of(FOREIGN_KEY_MISSING, path, "foreign key " + path.name() + " of "
                            + path.parent() + " is missing (the entities declare it)");
                case INDEX:
                    return Finding.of(INDEX_MISSING, path, "index " + path.name() + " of " + path.parent()
                            + " is missing (the entities declare it)");
                default:
                    return null;
            }
        }
        if (d instanceof Changed) {
            Changed c = (Changed) d;
            if (d.kind() == ObjectKind.COLUMN && c.property().equals("type")) {
                TypeRules.Verdict v = TypeRules.judge(c.expected(), c.actual());
                String why = v == null ? "" : ": " + v.reason();
                Finding f = Finding.of(COLUMN_TYPE, d.severity(), path, "column " + path + " is " + c.actual()
                        + ", " + attribute(expectedColumn(expected, path)) + " maps " + c.expected() + why)
                        .withProperty("type");
                return d.severity() == Severity.ERROR ? f.withFix(Fix.sql("ALTER TABLE " + table(path.parent())
                        + " ALTER COLUMN " + ident(path.name()) + " TYPE " + c.expected() + ";")) : f;
            }
            if (d.kind() == ObjectKind.COLUMN && c.property().equals("nullable")) {
                Column e = expectedColumn(expected, path);
                boolean columnNullable = Boolean.parseBoolean(c.actual());
                String attribute = attribute(e);
                if (columnNullable) {
                    String javaType = e == null ? null : e.attributes().find(MetadataReader.JAVA_TYPE).orElse(null);
                    return Finding.of(NULLABILITY, d.severity(), path, "column " + path + " accepts NULL, but "
                            + attribute + " is required" + (JpaSchemaSource.isPrimitive(javaType)
                            ? " and primitive (" + javaType + "): loading a row with NULL fails" : ""))
                            .withProperty("nullable").withFix(Fix.sql("ALTER TABLE " + table(path.parent())
                                    + " ALTER COLUMN " + ident(path.name()) + " SET NOT NULL;"));
                }
                return Finding.of(NULLABILITY, d.severity(), path, "column " + path + " is NOT NULL, but "
                        + attribute + " is optional: saving it as null fails")
                        .withProperty("nullable")
                        .withFix(Fix.action("Declare the attribute required (@Column(nullable = false), or"
                                + " optional = false on an association), or drop NOT NULL."));
            }
            if (d.kind() == ObjectKind.SEQUENCE && c.property().equals("increment")) {
                long e = Long.parseLong(c.expected());
                long a = Long.parseLong(c.actual());
                Severity severity = a < e ? Severity.ERROR : Severity.WARNING;
                return Finding.of(SEQUENCE_INCREMENT, severity, path, "sequence " + path + " increments by " + a
                        + ", the id generator allocates " + e + " at a time" + (a < e
                        ? ": two inserts can get the same id" : ": ids skip values")).withProperty("increment")
                        .withFix(Fix.sql("ALTER SEQUENCE " + table(path) + " INCREMENT BY " + e + ";"));
            }
            return null;
        }
        // Unexpected: only kinds the entities list in full, tables and columns.
        if (d.kind() == ObjectKind.TABLE) {
            return Finding.of(TABLE_UNMAPPED, unmappedSeverity, path, "table " + path + " has no entity");
        }
        if (d.kind() == ObjectKind.COLUMN) {
            Column a = actual.findTable(path.parent()).flatMap(t -> t.findColumn(path.name())).orElse(null);
            String owners = owners(expected, path.parent());
            if (a != null && !a.nullable() && a.defaultExpression() == null && a.identity() == null
                    && a.generatedExpression() == null) {
                return Finding.of(COLUMN_REQUIRED_UNMAPPED, path, "column " + path + " is NOT NULL without a"
                        + " default, and " + owners + " does not map it: inserts fail")
                        .withFix(Fix.action("Map the column, give it a default, or drop NOT NULL."));
            }
            return Finding.of(COLUMN_UNMAPPED, path, "column " + path + " is not mapped by " + owners);
        }
        return null;
    }

    private static List<Finding> identities(Snapshot expected, Snapshot actual) {
        List<Finding> findings = new ArrayList<>();
        for (Table t : expected.tables()) {
            for (Column e : t.columns()) {
                if (!"identity".equals(e.attributes().find(MetadataReader.GENERATION).orElse(null))) {
                    continue;
                }
                Optional<Column> a = actual.findTable(t.path()).flatMap(at -> at.findColumn(e.name()));
                if (a.isPresent() && a.get().identity() == null && a.get().defaultExpression() == null
                        && a.get().generatedExpression() == null) {
                    ObjectPath path = t.path().child(e.name());
                    findings.add(Finding.of(ID_NOT_GENERATED, path, "column " + path + " generates no value, but "
                            + attribute(e) + " is generated by the database (IDENTITY): inserts fail")
                            .withFix(Fix.sql("ALTER TABLE " + table(t.path()) + " ALTER COLUMN " + ident(e.name())
                                    + " ADD GENERATED BY DEFAULT AS IDENTITY;")));
                }
            }
        }
        return findings;
    }

    private static Column expectedColumn(Snapshot expected, ObjectPath path) {
        return expected.findTable(path.parent()).flatMap(t -> t.findColumn(path.name())).orElse(null);
    }

    private static String attribute(Column c) {
        if (c == null) {
            return "an attribute";
        }
        Optional<String> attribute = c.attributes().find(MetadataReader.ATTRIBUTE);
        Optional<String> type = c.attributes().find(MetadataReader.JAVA_TYPE);
        return attribute.map(a -> a + type.map(t -> " (" + t + ")").orElse("")).orElse("an attribute");
    }

    private static String owners(Snapshot expected, ObjectPath table) {
        return expected.findTable(table).flatMap(t -> t.attributes().find(MetadataReader.ENTITIES))
                .map(o -> o.contains(",") ? "entities " + o : o.startsWith("collection") ? "the " + o
                        : "entity " + o)
                .orElse("an entity");
    }

    /** @return an identifier as PostgreSQL's {@code quote_ident} would write it */
    static String ident(String name) {
        if (PLAIN.matcher(name).matches() && !RESERVED.contains(name)) {
            return name;
        }
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    private static String table(ObjectPath path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.parts()) {
            out.append(out.length() == 0 ? "" : ".").append(ident(part));
        }
        return out.toString();
    }

    private static Severity severity(CheckOptions options, String name, Severity defaultValue) {
        Optional<String> value = options.string(name);
        if (value.isEmpty()) {
            return defaultValue;
        }
        try {
            return Severity.valueOf(value.get().trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": option " + name
                    + " must be info, warning or error, not '" + value.get() + "'.");
        }
    }

    /** @return the source the options describe, or {@code null} when they name no entities */
    static JpaSchemaSource fromOptions(CheckOptions options) {
        List<String> packages = options.strings("packages");
        List<String> classes = options.strings("classes");
        Optional<String> unit = options.string("persistence-unit");
        if (packages.isEmpty() && classes.isEmpty() && unit.isEmpty()) {
            return null;
        }
        ClassLoader parent = Thread.currentThread().getContextClassLoader() != null
                ? Thread.currentThread().getContextClassLoader() : JpaModelCheck.class.getClassLoader();
        List<String> classpath = options.strings("classpath");
        ClassLoader loader = classpath.isEmpty() ? parent
                : new URLClassLoader("drift-jpa-entities", urls(classpath), parent);
        JpaSchemaSource.Builder b = JpaSchemaSource.builder().classLoader(loader);
        b.packages(packages.toArray(String[]::new));
        for (String name : classes) {
            try {
                b.entities(Class.forName(name, false, loader));
            } catch (ClassNotFoundException | LinkageError e) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": the entity class "
                        + name + " is not on the class path" + (classpath.isEmpty() ? "" : " nor on " + classpath)
                        + ". Add its jar or classes directory to the option classpath.", e);
            }
        }
        unit.ifPresent(b::persistenceUnit);
        String naming = options.string("naming", "hibernate").trim().toUpperCase(Locale.ROOT);
        try {
            b.naming(JpaSchemaSource.Naming.valueOf(naming));
        } catch (IllegalArgumentException e) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": option naming must be"
                    + " hibernate or spring, not '" + options.string("naming", "") + "'.");
        }
        Map<String, String> properties = new LinkedHashMap<>();
        for (String property : options.strings("hibernate-properties")) {
            int eq = property.indexOf('=');
            if (eq <= 0) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": each of"
                        + " hibernate-properties is key=value (hibernate.default_schema=app), not '" + property + "'.");
            }
            properties.put(property.substring(0, eq).trim(), property.substring(eq + 1).trim());
        }
        properties.forEach(b::property);
        options.string("default-schema").ifPresent(b::defaultSchema);
        try {
            return b.build();
        } catch (DriftException e) {
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": " + e.getMessage(), e);
        }
    }

    private static URL[] urls(List<String> classpath) {
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath) {
            for (String part : entry.split(File.pathSeparator)) {
                if (part.isBlank()) {
                    continue;
                }
                Path path = Path.of(part.trim());
                try {
                    if (path.getFileName() != null && path.getFileName().toString().equals("*")) {
                        // dir/* means every jar in dir, as java -cp does
                        try (DirectoryStream<Path> jars = Files.newDirectoryStream(path.getParent(), "*.jar")) {
                            for (Path jar : jars) {
                                urls.add(jar.toUri().toURL());
                            }
                        }
                    } else if (Files.exists(path)) {
                        urls.add(path.toUri().toURL());
                    } else {
                        throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": the"
                                + " classpath entry " + part + " does not exist. Give jars or directories of classes.");
                    }
                } catch (MalformedURLException e) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": the classpath"
                            + " entry " + part + " is not a path: " + e.getMessage(), e);
                } catch (java.io.IOException e) {
                    throw new DriftException(DriftException.Reason.INVALID_CONFIG, "Check " + ID + ": cannot list "
                            + path.getParent() + ": " + e.getMessage(), e);
                }
            }
        }
        return urls.toArray(URL[]::new);
    }
}
