package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectKind;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * What an expected schema declares, and so what a diff against it may report. A snapshot file or the schema that
 * migrations build declares everything ({@link #everything()}): every object the database has and the source lacks is
 * unexpected, every property is compared. A <em>partial</em> source does not: the entities of an application name
 * their tables, columns, keys and a few indexes, but not the database's defaults, triggers, views, check constraints,
 * comments, grants or owners, nor the names of most constraints and indexes, which the database generates. Comparing
 * such a source with a database must report what it declares and the database lacks, and nothing of what it does not
 * know about.
 *
 * <pre>{@code
 * ColumnRule typeCompatibility = (expected, actual) -> actual.type().equals("text")
 *         ? Optional.of(Severity.WARNING) : Optional.of(Severity.ERROR);
 * Declared entities = Declared.builder()
 *         .kind(ObjectKind.SCHEMA)                         // existence only
 *         .kind(ObjectKind.TABLE)
 *         .kind(ObjectKind.COLUMN, "type", "nullable")     // and these two properties
 *         .kind(ObjectKind.PRIMARY_KEY, "columns")
 *         .kind(ObjectKind.INDEX, "keys", "unique")
 *         .listsEvery(ObjectKind.TABLE, ObjectKind.COLUMN) // a table or column it lacks is unexpected
 *         .matchByColumns(ObjectKind.PRIMARY_KEY, ObjectKind.INDEX)
 *         .columnRule("type", typeCompatibility)           // wider is fine, narrower is an error
 *         .build();
 * DiffOptions options = DiffOptions.builder().declared(entities).build();
 * }</pre>
 *
 * <p>Against a partial source the differ:
 * <ul>
 *     <li>compares only the {@linkplain Builder#kind declared kinds}: objects of other kinds (views, triggers, check
 *     constraints, functions…) are neither missing nor unexpected, whichever side has them;</li>
 *     <li>compares only the declared properties of those kinds ({@code column.default} is not compared unless declared);
 *     a property is declared by its name or a name it starts ({@code identity} declares {@code identity.start});</li>
 *     <li>reports an object the database has and the source lacks only for the kinds the source
 *     {@linkplain Builder#listsEvery lists in full}: the entities map every table they use, so a table no entity maps is
 *     unexpected, while an index no entity declares is not;</li>
 *     <li>matches the members of the kinds it {@linkplain Builder#matchByColumns matches by columns} by what they do,
 *     not by name: a primary key by its set of columns, a unique constraint by its set of columns (a unique index on
 *     plain columns serves as one too), a foreign key by its pairs of referencing and referenced columns and the
 *     referenced table, an index by its keys in order and whether it is unique (a unique index, primary key or unique
 *     constraint on the same columns in the same order serves as a non-unique index). A member of the same name is
 *     preferred when it matches; one that does not match is not a match, whatever its name. What defines a match is
 *     not compared again;</li>
 *     <li>asks a {@link ColumnRule} for the severity of a difference in a column property that has one, instead of the
 *     {@link SeverityPolicy}.</li>
 * </ul>
 * Options still apply on top: an ignored kind or property stays ignored, excluded objects stay out.
 *
 * <p>Immutable.
 *
 * @since 0.1.0
 */
public final class Declared {

    private static final Set<ObjectKind> MATCHABLE = EnumSet.of(ObjectKind.PRIMARY_KEY,
            ObjectKind.UNIQUE_CONSTRAINT, ObjectKind.FOREIGN_KEY, ObjectKind.INDEX);

    private static final Declared EVERYTHING = new Declared(null, EnumSet.allOf(ObjectKind.class),
            EnumSet.noneOf(ObjectKind.class), Map.of());

    /** Declared properties per kind; {@code null} for {@link #everything()}. */
    private final Map<ObjectKind, SortedSet<String>> properties;
    private final Set<ObjectKind> listsEvery;
    private final Set<ObjectKind> matchByColumns;
    private final Map<String, ColumnRule> columnRules;

    private Declared(Map<ObjectKind, SortedSet<String>> properties, Set<ObjectKind> listsEvery,
                     Set<ObjectKind> matchByColumns, Map<String, ColumnRule> columnRules) {
        this.properties = properties;
        this.listsEvery = Collections.unmodifiableSet(EnumSet.copyOf(listsEvery));
        this.matchByColumns = matchByColumns.isEmpty() ? Set.of()
                : Collections.unmodifiableSet(EnumSet.copyOf(matchByColumns));
        this.columnRules = Collections.unmodifiableMap(new LinkedHashMap<>(columnRules));
    }

    /**
     * @return a complete source: every kind and property compared, every object of the database that it lacks
     *         unexpected, members matched by name; the default of {@link DiffOptions}
     */
    public static Declared everything() {
        return EVERYTHING;
    }

    /** @return a builder that declares nothing yet */
    public static Builder builder() {
        return new Builder();
    }

    /** @return whether this is {@link #everything()} */
    public boolean isEverything() {
        return properties == null;
    }

    /**
     * @param kind a kind
     * @return whether the source declares objects of this kind
     */
    public boolean declares(ObjectKind kind) {
        return properties == null || properties.containsKey(kind);
    }

    /**
     * @param kind     a kind
     * @param property a compared property ({@code type}, {@code identity.start}, {@code attributes.pg.fillfactor})
     * @return whether the source declares it: the kind is declared, and so is the property or a name it starts with
     *         followed by a dot
     */
    public boolean declares(ObjectKind kind, String property) {
        if (properties == null) {
            return true;
        }
        SortedSet<String> declared = properties.get(kind);
        if (declared == null) {
            return false;
        }
        for (String name = property; ; ) {
            if (declared.contains(name)) {
                return true;
            }
            int dot = name.lastIndexOf('.');
            if (dot < 0) {
                return false;
            }
            name = name.substring(0, dot);
        }
    }

    /**
     * @param kind a kind
     * @return the properties declared for it, sorted; every compared property for {@link #everything()}
     */
    public SortedSet<String> properties(ObjectKind kind) {
        if (properties == null) {
            return ComparedProperties.names(kind);
        }
        return properties.getOrDefault(kind, Collections.emptySortedSet());
    }

    /**
     * @param kind a kind
     * @return whether the source lists every object of this kind that the database should have, so that one it lacks
     *         is reported as unexpected
     */
    public boolean listsEvery(ObjectKind kind) {
        return properties == null || listsEvery.contains(kind) && properties.containsKey(kind);
    }

    /**
     * @param kind a member kind
     * @return whether members of this kind are matched by their columns rather than by name
     */
    public boolean matchesByColumns(ObjectKind kind) {
        return matchByColumns.contains(kind);
    }

    /**
     * @param property a column property ({@code type}, {@code nullable})
     * @return the rule that judges a difference in it, if the source gave one
     */
    public Optional<ColumnRule> columnRule(String property) {
        return Optional.ofNullable(columnRules.get(property));
    }

    @Override
    public String toString() {
        if (properties == null) {
            return "Declared[everything]";
        }
        return "Declared[" + properties + ", listsEvery=" + listsEvery + ", matchByColumns=" + matchByColumns
                + ", columnRules=" + columnRules.keySet() + "]";
    }

    /** Builds a partial {@link Declared}. Not thread-safe. */
    public static final class Builder {
        private final Map<ObjectKind, SortedSet<String>> properties = new EnumMap<>(ObjectKind.class);
        private final Set<ObjectKind> listsEvery = EnumSet.noneOf(ObjectKind.class);
        private final Set<ObjectKind> matchByColumns = EnumSet.noneOf(ObjectKind.class);
        private final Map<String, ColumnRule> columnRules = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * Declares objects of a kind and some of their properties; called again for the same kind, adds properties.
         *
         * @param kind       the kind
         * @param properties the properties the source declares for it, as {@link DiffOptions#knownProperties(ObjectKind)}
         *                   names them; none to compare only whether each object exists
         * @return this
         */
        public Builder kind(ObjectKind kind, String... properties) {
            SortedSet<String> set = this.properties.computeIfAbsent(requireNonNull(kind, "kind"),
                    k -> new TreeSet<>());
            for (String property : properties) {
                set.add(requireNonNull(property, "property"));
            }
            return this;
        }

        /**
         * @param kinds declared kinds whose every object the source lists: an object of one of them that the database
         *              has and the source lacks is unexpected (by default, none is)
         * @return this
         */
        public Builder listsEvery(ObjectKind... kinds) {
            for (ObjectKind kind : kinds) {
                listsEvery.add(requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * @param kinds member kinds matched by their columns rather than by name: primary keys, unique constraints,
         *              foreign keys and indexes
         * @return this
         */
        public Builder matchByColumns(ObjectKind... kinds) {
            for (ObjectKind kind : kinds) {
                matchByColumns.add(requireNonNull(kind, "kind"));
            }
            return this;
        }

        /**
         * @param property a declared column property ({@code type}, {@code nullable})
         * @param rule     what a difference in it is worth
         * @return this
         */
        public Builder columnRule(String property, ColumnRule rule) {
            columnRules.put(requireNonNull(property, "property"), requireNonNull(rule, "rule"));
            return this;
        }

        /**
         * @return the declaration
         * @throws DriftException ({@link DriftException.Reason#INVALID_ARGUMENT}) for a property the kind does not
         *                        have, a kind listed in full or matched by columns that is not declared, a kind that
         *                        cannot be matched by columns, or a rule for an undeclared column property
         */
        public Declared build() {
            for (Map.Entry<ObjectKind, SortedSet<String>> e : properties.entrySet()) {
                SortedSet<String> known = ComparedProperties.names(e.getKey());
                for (String property : e.getValue()) {
                    boolean attribute = property.startsWith("attributes.") && property.length() > 11;
                    if (!known.contains(property) && !attribute) {
                        throw invalid("A " + e.getKey().displayName() + " has no property '" + property
                                + "' to declare. Its properties: " + String.join(", ", known) + ".");
                    }
                }
            }
            for (ObjectKind kind : listsEvery) {
                if (!properties.containsKey(kind)) {
                    throw invalid("The kind " + kind.id() + " is listed in full but not declared: declare it with"
                            + " kind(ObjectKind." + kind.name() + ", …) first.");
                }
            }
            for (ObjectKind kind : matchByColumns) {
                if (!MATCHABLE.contains(kind)) {
                    throw invalid("Only primary keys, unique constraints, foreign keys and indexes can be matched by"
                            + " their columns, not a " + kind.displayName() + ".");
                }
                if (!properties.containsKey(kind)) {
                    throw invalid("The kind " + kind.id() + " is matched by columns but not declared: declare it"
                            + " with kind(ObjectKind." + kind.name() + ", …) first.");
                }
            }
            for (String property : columnRules.keySet()) {
                SortedSet<String> columnProperties = properties.get(ObjectKind.COLUMN);
                if (columnProperties == null || !columnProperties.contains(property)) {
                    throw invalid("A column rule judges the property '" + property + "', which is not declared:"
                            + " declare it with kind(ObjectKind.COLUMN, \"" + property + "\").");
                }
            }
            Map<ObjectKind, SortedSet<String>> copy = new EnumMap<>(ObjectKind.class);
            properties.forEach((k, v) -> copy.put(k, Collections.unmodifiableSortedSet(new TreeSet<>(v))));
            return new Declared(Collections.unmodifiableMap(copy), listsEvery, matchByColumns, columnRules);
        }

        private static DriftException invalid(String message) {
            return new DriftException(DriftException.Reason.INVALID_ARGUMENT, message);
        }
    }
}
