package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.model.ObjectKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.stream.Collectors;

/**
 * What a diff compares and how much each difference matters. Immutable; derive variants with {@link #toBuilder()}.
 *
 * <pre>{@code
 * DiffOptions options = DiffOptions.builder()
 *         .includeSchemas("public", "billing")
 *         .excludeObjects("public.tmp_*")
 *         .ignoreKinds(ObjectKind.POLICY)
 *         .ignoreProperties("comment", "column.collation")
 *         .build();
 * }</pre>
 *
 * <p><b>Globs.</b> Object globs match the rendered {@link io.drift.core.model.ObjectPath} ({@code public.users},
 * {@code public.users.email}, {@code public.users/idx_users_email}): {@code *} matches any run of characters other
 * than {@code .} and {@code /} (a parenthesised argument list counts as part of the run, so {@code public.*} matches
 * the routine {@code public.f(public.mood)}), {@code **} matches any run at all, {@code ?} one character. Schema
 * globs match the schema name, and apply to every object in a schema and to the schema itself, but not to extensions
 * and vendor objects. An object that is excluded is not compared, and neither are its children. Include lists are
 * empty by default, meaning everything; an object is included when its path matches an include glob, and brings its
 * columns, indexes, constraints, triggers and policies (a view's columns, a domain's constraints, a type's fields)
 * along: {@code public.users} compares the table and all of it, {@code public.users.email} that column alone. (To
 * include a whole schema, use {@link Builder#includeSchemas(String...)}.)
 * Ignored tables are globs too, matched against table paths only.
 *
 * <p><b>Ignored properties.</b> A property name ({@code comment}, {@code default}, {@code grants},
 * {@code attributes.pg.fillfactor}) ignores it on every kind; prefixed with a kind's id ({@code column.comment},
 * {@code index.definition}) it ignores it on that kind only. A name also ignores the names it starts
 * ({@code attributes} every vendor attribute, {@code identity} every {@code identity.start}, …). Names are checked
 * when the options are built; {@link #knownProperties()} lists them.
 *
 * <p><b>Ignored vendor kinds.</b> A {@link io.drift.core.model.VendorObject}'s kind ({@code pg.default-privileges},
 * {@code pg.range}) ignores every vendor object of that kind: {@link Builder#ignoreVendorKinds(String...)}, or
 * {@link Builder#ignore(String)} with a name made of a namespace and a kebab-case name. The diff does not know which
 * vendor kinds a provider captures, so a vendor kind no snapshot holds ignores nothing.
 *
 * <p><b>Filters that match nothing.</b> A schema glob that matches no schema name, an object glob that matches no
 * object (nor a column or member of one), an ignored vendor kind that no vendor object has, on either side, changes
 * nothing in the result: the diff lists it in {@link SchemaDiff#unmatchedFilters()}, and {@code Drift.diff} logs it
 * at WARN. An include that matches nothing compares nothing, so a caller should refuse it (the command line does).
 *
 * <p><b>Grants held as attributes.</b> Privileges of kinds whose record has no grants are vendor attributes
 * ({@code pg.grant.<grantee>}, {@code pg.revoked.<grantee>}: a column's, a type's, default privileges). Ignoring
 * grants ({@link DiffOption#IGNORE_GRANTS}, or the property {@code grants}) ignores them too, and a vendor object that
 * holds nothing but privileges (PostgreSQL's default privileges) is then not compared at all.
 *
 * <p><b>What the expected side declares.</b> {@link Builder#declared(Declared)} tells the diff that the expected
 * snapshot comes from a partial source (an application's entities), which declares only some kinds and properties:
 * the diff then reports nothing the source does not declare (see {@link Declared}). By default the expected side
 * declares everything.
 *
 * @since 0.1.0
 */
public final class DiffOptions {

    /**
     * Tables that are ignored unless {@link Builder#ignoredTables(Collection)} says otherwise: the bookkeeping tables of
     * migration tools, which the migrations themselves never create.
     */
    public static final List<String> DEFAULT_IGNORED_TABLES = List.of(
            "**.flyway_schema_history", "**.databasechangelog", "**.databasechangeloglock");

    private static final DiffOptions DEFAULTS = new Builder().build();

    private final List<String> includeSchemas;
    private final List<String> excludeSchemas;
    private final List<String> includeObjects;
    private final List<String> excludeObjects;
    private final List<String> ignoredTables;
    private final Set<ObjectKind> ignoredKinds;
    private final Set<String> ignoredVendorKinds;
    private final Set<String> ignoredProperties;
    private final Set<DiffOption> enabled;
    private final SeverityPolicy severityPolicy;
    private final Declared declared;

    private DiffOptions(Builder b) {
        this.includeSchemas = List.copyOf(b.includeSchemas);
        this.excludeSchemas = List.copyOf(b.excludeSchemas);
        this.includeObjects = List.copyOf(b.includeObjects);
        this.excludeObjects = List.copyOf(b.excludeObjects);
        this.ignoredTables = List.copyOf(b.ignoredTables);
        this.ignoredKinds = Set.copyOf(b.ignoredKinds);
        this.ignoredVendorKinds = Set.copyOf(b.ignoredVendorKinds);
        this.ignoredProperties = Set.copyOf(b.ignoredProperties);
        this.enabled = Set.copyOf(b.enabled);
        this.severityPolicy = b.severityPolicy;
        this.declared = b.declared;
    }

    /**
     * @return the defaults: everything compared but the {@link #DEFAULT_IGNORED_TABLES}, owners, column order and
     *         extension versions (each {@link DiffOption} says why it is on or off by default)
     */
    public static DiffOptions defaults() {
        return DEFAULTS;
    }

    /** @return a builder holding the defaults */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder holding these options */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.includeSchemas.addAll(includeSchemas);
        b.excludeSchemas.addAll(excludeSchemas);
        b.includeObjects.addAll(includeObjects);
        b.excludeObjects.addAll(excludeObjects);
        b.ignoredTables.clear();
        b.ignoredTables.addAll(ignoredTables);
        b.ignoredKinds.addAll(ignoredKinds);
        b.ignoredVendorKinds.addAll(ignoredVendorKinds);
        b.ignoredProperties.addAll(ignoredProperties);
        b.enabled.clear();
        b.enabled.addAll(enabled);
        b.severityPolicy = severityPolicy;
        b.declared = declared;
        return b;
    }

    /**
     * Ignores object kinds or properties named as a person would on a command line: each name is a kind's id
     * ({@code index}, {@code foreign-key}), a vendor kind ({@code pg.default-privileges}) or else a property
     * ({@code comment}, {@code column.collation}).
     *
     * @param kindsOrProperties names
     * @return a copy that ignores them
     * @throws io.drift.core.DriftException with {@code INVALID_ARGUMENT} for an empty name or a property no kind
     *                                      has, naming the closest known one
     */
    public DiffOptions ignoring(String... kindsOrProperties) {
        Builder b = toBuilder();
        for (String name : kindsOrProperties) {
            b.ignore(name);
        }
        return b.build();
    }

    /**
     * The property names a diff compares, for {@link Builder#ignoreProperties(String...)} and for a command line's
     * help: each may also be prefixed with a kind's id ({@code column.comment}), and {@code attributes} stands for
     * every {@code attributes.<key>}.
     *
     * @return the names, sorted
     * @since 0.1.0
     */
    public static SortedSet<String> knownProperties() {
        return ComparedProperties.names();
    }

    /**
     * @param kind an object kind
     * @return the property names a diff compares for that kind, sorted
     * @since 0.1.0
     */
    public static SortedSet<String> knownProperties(ObjectKind kind) {
        return ComparedProperties.names(requireNonNull(kind, "kind"));
    }

    public List<String> includeSchemas() {
        return includeSchemas;
    }

    public List<String> excludeSchemas() {
        return excludeSchemas;
    }

    public List<String> includeObjects() {
        return includeObjects;
    }

    public List<String> excludeObjects() {
        return excludeObjects;
    }

    /** @return globs of tables (matched against the table path) that are never compared */
    public List<String> ignoredTables() {
        return ignoredTables;
    }

    public Set<ObjectKind> ignoredKinds() {
        return ignoredKinds;
    }

    /**
     * @return the vendor kinds ({@code pg.range}) whose objects are not compared
     * @since 0.1.0
     */
    public Set<String> ignoredVendorKinds() {
        return ignoredVendorKinds;
    }

    public Set<String> ignoredProperties() {
        return ignoredProperties;
    }

    /**
     * @param option a switch
     * @return whether it is on
     */
    public boolean isEnabled(DiffOption option) {
        return enabled.contains(option);
    }

    public SeverityPolicy severityPolicy() {
        return severityPolicy;
    }

    /**
     * @return what the expected side declares: {@link Declared#everything()} unless the expected schema comes from a
     *         partial source (the entities of an application)
     * @since 0.1.0
     */
    public Declared declared() {
        return declared;
    }

    @Override
    public String toString() {
        return "DiffOptions[includeSchemas=" + includeSchemas + ", excludeSchemas=" + excludeSchemas
                + ", includeObjects=" + includeObjects + ", excludeObjects=" + excludeObjects
                + ", ignoredTables=" + ignoredTables + ", ignoredKinds=" + ignoredKinds
                + ", ignoredVendorKinds=" + ignoredVendorKinds
                + ", ignoredProperties=" + ignoredProperties + ", enabled=" + enabled
                + (declared.isEverything() ? "" : ", declared=" + declared) + "]";
    }

    /** Builds {@link DiffOptions}; starts from the defaults. */
    public static final class Builder {
        private final List<String> includeSchemas = new ArrayList<>();
        private final List<String> excludeSchemas = new ArrayList<>();
        private final List<String> includeObjects = new ArrayList<>();
        private final List<String> excludeObjects = new ArrayList<>();
        private final List<String> ignoredTables = new ArrayList<>(DEFAULT_IGNORED_TABLES);
        private final Set<ObjectKind> ignoredKinds = EnumSet.noneOf(ObjectKind.class);
        private final Set<String> ignoredVendorKinds = new LinkedHashSet<>();
        private final Set<String> ignoredProperties = new LinkedHashSet<>();
        private final Set<DiffOption> enabled = EnumSet.noneOf(DiffOption.class);
        private SeverityPolicy severityPolicy = SeverityPolicy.defaults();
        private Declared declared = Declared.everything();

        private Builder() {
            for (DiffOption option : DiffOption.values()) {
                if (option.enabledByDefault()) {
                    enabled.add(option);
                }
            }
        }

        public Builder includeSchemas(String... globs) {
            includeSchemas.addAll(List.of(globs));
            return this;
        }

        public Builder excludeSchemas(String... globs) {
            excludeSchemas.addAll(List.of(globs));
            return this;
        }

        public Builder includeObjects(String... globs) {
            includeObjects.addAll(List.of(globs));
            return this;
        }

        public Builder excludeObjects(String... globs) {
            excludeObjects.addAll(List.of(globs));
            return this;
        }

        /** Replaces the list of ignored table globs (by default {@link #DEFAULT_IGNORED_TABLES}). */
        public Builder ignoredTables(Collection<String> globs) {
            ignoredTables.clear();
            ignoredTables.addAll(globs);
            return this;
        }

        public Builder ignoreKinds(ObjectKind... kinds) {
            ignoredKinds.addAll(List.of(kinds));
            return this;
        }

        /**
         * Ignores every vendor object of these kinds.
         *
         * @param vendorKinds vendor kinds, as {@link io.drift.core.model.VendorObject#vendorKind()} names them:
         *                    {@code pg.default-privileges}
         * @return this builder
         * @since 0.1.0
         */
        public Builder ignoreVendorKinds(String... vendorKinds) {
            ignoredVendorKinds.addAll(List.of(vendorKinds));
            return this;
        }

        public Builder ignoreProperties(String... properties) {
            ignoredProperties.addAll(List.of(properties));
            return this;
        }

        /**
         * Ignores a kind if {@code name} is a kind's id, a vendor kind if it is a namespace and a kebab-case name
         * ({@code pg.default-privileges}), else a property.
         */
        public Builder ignore(String name) {
            requireNonNull(name, "name");
            try {
                ignoredKinds.add(ObjectKind.fromId(name));
            } catch (DriftException notAKind) {
                String trimmed = name.trim();
                if (ComparedProperties.isVendorKind(trimmed)) {
                    ignoredVendorKinds.add(trimmed);
                } else {
                    ignoredProperties.add(trimmed);
                }
            }
            return this;
        }

        public Builder enable(DiffOption option) {
            enabled.add(requireNonNull(option, "option"));
            return this;
        }

        public Builder disable(DiffOption option) {
            enabled.remove(requireNonNull(option, "option"));
            return this;
        }

        public Builder severityPolicy(SeverityPolicy value) {
            this.severityPolicy = requireNonNull(value, "severityPolicy");
            return this;
        }

        /**
         * @param value what the expected side declares (default {@link Declared#everything()}); a partial source
         *              gives its own ({@link io.drift.core.spi.ExpectedSchemaSource#declared()})
         * @return this
         * @since 0.1.0
         */
        public Builder declared(Declared value) {
            this.declared = requireNonNull(value, "declared");
            return this;
        }

        /**
         * @return the options
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT}, naming the bad option, for an
         *                        empty glob, vendor kind or property, or an ignored property no kind has (with the
         *                        closest known name)
         */
        public DiffOptions build() {
            requireNotBlank("includeSchemas", includeSchemas);
            requireNotBlank("excludeSchemas", excludeSchemas);
            requireNotBlank("includeObjects", includeObjects);
            requireNotBlank("excludeObjects", excludeObjects);
            requireNotBlank("ignoredTables", ignoredTables);
            requireNotBlank("ignoreVendorKinds", ignoredVendorKinds);
            requireNotBlank("ignoreProperties", ignoredProperties);
            for (String property : ignoredProperties) {
                ComparedProperties.requireKnown(property);
            }
            return new DiffOptions(this);
        }

        private static void requireNotBlank(String option, Collection<String> values) {
            for (String value : values) {
                if (value == null || value.isBlank()) {
                    throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "DiffOptions." + option
                            + " holds an empty value (" + values.stream().map(v -> v == null ? "null" : "'" + v + "'")
                            .collect(Collectors.joining(", ")) + "). Remove it, or give a name or glob"
                            + " such as public.*.");
                }
            }
        }
    }
}
