package io.drift.core.diff;

import io.drift.core.DriftException;
import io.drift.core.internal.Names;
import io.drift.core.model.Attributes;
import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.Domain;
import io.drift.core.model.EnumType;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.Extension;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Grant;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.Policy;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Routine;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Sequence;
import io.drift.core.model.Table;
import io.drift.core.model.Trigger;
import io.drift.core.model.UniqueConstraint;
import io.drift.core.model.VendorObject;
import io.drift.core.model.View;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What counts as drift: the named list of compared properties of each kind (schemainspect's hand-written
 * {@code __eq__}), so that options can ignore a property without touching a record's {@code equals}.
 *
 * <p>Names are the record components' (lower camel case), except: a column's default is {@code default} and its
 * generation expression {@code generated}; an identity is {@code identity} when one side has none, else its parts
 * {@code identity.generation}, {@code identity.dataType}, {@code identity.start} …; vendor attributes are
 * {@code attributes.<key>}; grants are {@code grants}, one difference per grant held on one side only. Privileges
 * held as attributes ({@link #isGrantAttribute(String) <namespace>.grant.<grantee>}) are attributes, but ignoring
 * grants ignores them too.
 *
 * <p><b>Definitions.</b> Indexes, triggers, exclusion constraints and routines carry structured properties and the
 * database's full {@code definition}, which repeats them. The definition is compared only when none of the
 * properties it repeats ({@link Spec#shaping}, and the attributes) differ, and only when both sides have one (a
 * hand-written expected snapshot may leave it out): it still catches what the structured properties miss, without
 * reporting one change twice. A routine's definition may instead be its body alone (PostgreSQL's {@code prosrc}),
 * which repeats none of them: a body is compared whatever else differs (see {@link #repeatsShape}), or a rewritten
 * body would hide behind a changed default argument.
 */
final class ComparedProperties {

    /** One compared property: its name and how to read it. */
    record Property<T>(String name, Function<? super T, ?> value) {
    }

    /**
     * The compared properties of one kind.
     *
     * @param shaping    properties that the definition repeats: a difference in one of them skips the definition
     * @param definition the full definition, or {@code null} for kinds without one
     * @param other      properties the definition does not repeat
     * @param grants     the grants, or {@code null} for kinds without them
     * @param attributes the vendor attributes
     */
    record Spec<T>(List<Property<T>> shaping, Function<? super T, String> definition, List<Property<T>> other,
                   Function<? super T, List<Grant>> grants, Function<? super T, Attributes> attributes) {
    }

    private static <T> Property<T> p(String name, Function<? super T, ?> value) {
        return new Property<>(name, value);
    }

    static final Spec<SchemaDef> SCHEMA = new Spec<>(List.of(), null,
            List.of(p("owner", SchemaDef::owner), p("comment", SchemaDef::comment)),
            SchemaDef::grants, SchemaDef::attributes);

    static final Spec<Extension> EXTENSION = new Spec<>(List.of(), null,
            List.of(p("version", Extension::version), p("schema", Extension::schema),
                    p("comment", Extension::comment)),
            null, Extension::attributes);

    static final Spec<Table> TABLE = new Spec<>(List.of(), null,
            List.of(p("tableKind", Table::tableKind), p("unlogged", Table::unlogged),
                    p("partitionKey", Table::partitionKey), p("partitionBound", Table::partitionBound),
                    p("parents", Table::parents), p("rowSecurity", Table::rowSecurity),
                    p("forceRowSecurity", Table::forceRowSecurity), p("owner", Table::owner),
                    p("comment", Table::comment)),
            Table::grants, Table::attributes);

    /** Without {@code position} and {@code identity}, which the differ compares itself. */
    static final Spec<Column> COLUMN = new Spec<>(List.of(), null,
            List.of(p("type", Column::type), p("nullable", Column::nullable), p("default", Column::defaultExpression),
                    p("generated", Column::generatedExpression), p("collation", Column::collation),
                    p("comment", Column::comment)),
            null, Column::attributes);

    /** A view's column or a composite type's field: nullability means nothing there. */
    static final Spec<Column> FIELD = new Spec<>(List.of(), null,
            List.of(p("type", Column::type), p("default", Column::defaultExpression),
                    p("generated", Column::generatedExpression), p("collation", Column::collation),
                    p("comment", Column::comment)),
            null, Column::attributes);

    static final List<String> IDENTITY_PARTS = List.of("identity.generation", "identity.dataType", "identity.start",
            "identity.increment", "identity.min", "identity.max", "identity.cache", "identity.cycle");

    static final Spec<PrimaryKey> PRIMARY_KEY = new Spec<>(List.of(), null,
            List.of(p("columns", PrimaryKey::columns), p("include", PrimaryKey::include),
                    p("deferrable", PrimaryKey::deferrable), p("initiallyDeferred", PrimaryKey::initiallyDeferred),
                    p("comment", PrimaryKey::comment)),
            null, PrimaryKey::attributes);

    static final Spec<UniqueConstraint> UNIQUE_CONSTRAINT = new Spec<>(List.of(), null,
            List.of(p("columns", UniqueConstraint::columns), p("include", UniqueConstraint::include),
                    p("nullsNotDistinct", UniqueConstraint::nullsNotDistinct),
                    p("deferrable", UniqueConstraint::deferrable),
                    p("initiallyDeferred", UniqueConstraint::initiallyDeferred),
                    p("comment", UniqueConstraint::comment)),
            null, UniqueConstraint::attributes);

    static final Spec<ForeignKey> FOREIGN_KEY = new Spec<>(List.of(), null,
            List.of(p("columns", ForeignKey::columns), p("referencedTable", ForeignKey::referencedTable),
                    p("referencedColumns", ForeignKey::referencedColumns), p("onUpdate", ForeignKey::onUpdate),
                    p("onDelete", ForeignKey::onDelete), p("match", ForeignKey::match),
                    p("deferrable", ForeignKey::deferrable), p("initiallyDeferred", ForeignKey::initiallyDeferred),
                    p("validated", ForeignKey::validated), p("comment", ForeignKey::comment)),
            null, ForeignKey::attributes);

    static final Spec<CheckConstraint> CHECK_CONSTRAINT = new Spec<>(List.of(), null,
            List.of(p("expression", CheckConstraint::expression), p("validated", CheckConstraint::validated),
                    p("noInherit", CheckConstraint::noInherit), p("comment", CheckConstraint::comment)),
            null, CheckConstraint::attributes);

    static final Spec<ExclusionConstraint> EXCLUSION_CONSTRAINT = new Spec<>(
            List.of(p("deferrable", ExclusionConstraint::deferrable),
                    p("initiallyDeferred", ExclusionConstraint::initiallyDeferred)),
            ExclusionConstraint::definition,
            List.of(p("comment", ExclusionConstraint::comment)),
            null, ExclusionConstraint::attributes);

    static final Spec<Index> INDEX = new Spec<>(
            List.of(p("unique", Index::unique), p("method", Index::method), p("keys", Index::keys),
                    p("include", Index::include), p("predicate", Index::predicate),
                    p("nullsNotDistinct", Index::nullsNotDistinct)),
            Index::definition,
            List.of(p("valid", Index::valid), p("comment", Index::comment)),
            null, Index::attributes);

    static final Spec<Trigger> TRIGGER = new Spec<>(
            List.of(p("timing", Trigger::timing), p("events", Trigger::events),
                    p("updateColumns", Trigger::updateColumns), p("level", Trigger::level),
                    p("function", Trigger::function), p("when", Trigger::when)),
            Trigger::definition,
            List.of(p("enabled", Trigger::enabled), p("comment", Trigger::comment)),
            null, Trigger::attributes);

    static final Spec<Policy> POLICY = new Spec<>(List.of(), null,
            List.of(p("command", Policy::command), p("permissive", Policy::permissive), p("roles", Policy::roles),
                    p("using", Policy::using), p("withCheck", Policy::withCheck), p("comment", Policy::comment)),
            null, Policy::attributes);

    /** Views and materialized views; their columns and indexes are compared as children. */
    static final Spec<View> VIEW = new Spec<>(List.of(), null,
            List.of(p("definition", View::definition), p("owner", View::owner), p("comment", View::comment)),
            View::grants, View::attributes);

    static final Spec<Sequence> SEQUENCE = new Spec<>(List.of(), null,
            List.of(p("dataType", s -> s.options().dataType()), p("start", s -> s.options().start()),
                    p("increment", s -> s.options().increment()), p("min", s -> s.options().min()),
                    p("max", s -> s.options().max()), p("cache", s -> s.options().cache()),
                    p("cycle", s -> s.options().cycle()), p("ownedBy", Sequence::ownedBy),
                    p("owner", Sequence::owner), p("comment", Sequence::comment)),
            Sequence::grants, Sequence::attributes);

    static final Spec<EnumType> ENUM = new Spec<>(List.of(), null,
            List.of(p("labels", EnumType::labels), p("owner", EnumType::owner), p("comment", EnumType::comment)),
            null, EnumType::attributes);

    /** Its check constraints are compared as children. */
    static final Spec<Domain> DOMAIN = new Spec<>(List.of(), null,
            List.of(p("baseType", Domain::baseType), p("default", Domain::defaultExpression),
                    p("notNull", Domain::notNull), p("collation", Domain::collation), p("owner", Domain::owner),
                    p("comment", Domain::comment)),
            null, Domain::attributes);

    /** Its fields are compared as children. */
    static final Spec<CompositeType> COMPOSITE_TYPE = new Spec<>(List.of(), null,
            List.of(p("owner", CompositeType::owner), p("comment", CompositeType::comment)),
            null, CompositeType::attributes);

    /** Functions and procedures. */
    static final Spec<Routine> ROUTINE = new Spec<>(
            List.of(p("routineKind", Routine::routineKind), p("arguments", Routine::arguments),
                    p("returnType", Routine::returnType), p("language", Routine::language),
                    p("volatility", Routine::volatility), p("securityDefiner", Routine::securityDefiner)),
            Routine::definition,
            List.of(p("owner", Routine::owner), p("comment", Routine::comment)),
            Routine::grants, Routine::attributes);

    static final Spec<VendorObject> VENDOR = new Spec<>(List.of(), null,
            List.of(p("vendorKind", VendorObject::vendorKind)),
            null, VendorObject::attributes);

    /**
     * @return whether the two definitions of an object of this kind repeat its {@link Spec#shaping} properties and
     *         attributes: always, except for a routine's body without its {@code CREATE} statement
     */
    static boolean repeatsShape(ObjectKind kind, String expected, String actual) {
        if (kind != ObjectKind.FUNCTION && kind != ObjectKind.PROCEDURE) {
            return true;
        }
        return isStatement(expected) || isStatement(actual);
    }

    private static boolean isStatement(String definition) {
        String text = definition.stripLeading();
        return text.regionMatches(true, 0, "CREATE", 0, "CREATE".length());
    }

    private static final Map<ObjectKind, SortedSet<String>> NAMES = byKind();
    private static final SortedSet<String> ALL = all();

    private ComparedProperties() {
    }

    private static Map<ObjectKind, SortedSet<String>> byKind() {
        Map<ObjectKind, SortedSet<String>> names = new EnumMap<>(ObjectKind.class);
        for (ObjectKind kind : ObjectKind.values()) {
            Spec<?> spec = spec(kind);
            SortedSet<String> set = new TreeSet<>();
            spec.shaping().forEach(p -> set.add(p.name()));
            spec.other().forEach(p -> set.add(p.name()));
            if (spec.definition() != null) {
                set.add("definition");
            }
            if (spec.grants() != null) {
                set.add("grants");
            }
            set.add("attributes");
            if (kind == ObjectKind.COLUMN) {
                set.add("position");
                set.add("identity");
                set.addAll(IDENTITY_PARTS);
            }
            names.put(kind, Collections.unmodifiableSortedSet(set));
        }
        return names;
    }

    private static SortedSet<String> all() {
        SortedSet<String> all = new TreeSet<>();
        NAMES.values().forEach(all::addAll);
        return Collections.unmodifiableSortedSet(all);
    }

    static Spec<?> spec(ObjectKind kind) {
        switch (kind) {
            case SCHEMA: return SCHEMA;
            case EXTENSION: return EXTENSION;
            case TABLE: return TABLE;
            case COLUMN: return COLUMN;
            case PRIMARY_KEY: return PRIMARY_KEY;
            case UNIQUE_CONSTRAINT: return UNIQUE_CONSTRAINT;
            case FOREIGN_KEY: return FOREIGN_KEY;
            case CHECK_CONSTRAINT: return CHECK_CONSTRAINT;
            case EXCLUSION_CONSTRAINT: return EXCLUSION_CONSTRAINT;
            case INDEX: return INDEX;
            case TRIGGER: return TRIGGER;
            case POLICY: return POLICY;
            case VIEW:
            case MATERIALIZED_VIEW: return VIEW;
            case SEQUENCE: return SEQUENCE;
            case ENUM: return ENUM;
            case DOMAIN: return DOMAIN;
            case COMPOSITE_TYPE: return COMPOSITE_TYPE;
            case FUNCTION:
            case PROCEDURE: return ROUTINE;
            case VENDOR: return VENDOR;
            default: throw new IllegalArgumentException(kind.toString());
        }
    }

    /**
     * @param kind a kind
     * @return the properties compared for it; {@code attributes} stands for every {@code attributes.<key>}
     */
    public static SortedSet<String> names(ObjectKind kind) {
        return NAMES.get(kind);
    }

    /** @return the properties compared for some kind */
    public static SortedSet<String> names() {
        return ALL;
    }

    /**
     * Checks a name given to ignore: a property of some kind ({@code comment}), one prefixed with a kind's id
     * ({@code column.comment}), or a vendor attribute ({@code attributes.pg.fillfactor}, {@code index.attributes.x}).
     *
     * @param name the name
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT}, naming it, the closest known name
     *                        and the known names
     */
    public static void requireKnown(String name) {
        if (isKnown(name)) {
            return;
        }
        throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Unknown property '" + name + "' to ignore"
                + "; did you mean '" + closest(name) + "'? Known properties: " + String.join(", ", ALL)
                + ", attributes.<key>; each may be prefixed with a kind (column.comment, index.definition)");
    }

    /**
     * Checks the property a severity rule is for: a name the diff reports in {@link Changed#property()}, so never one
     * prefixed with a kind (a rule for one kind names the kind apart).
     *
     * @param kind the kind the rule is for, or {@code null} for every kind
     * @param name the property
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT}, naming it, the closest known name
     *                        and the known names
     */
    static void requireRuleProperty(ObjectKind kind, String name) {
        SortedSet<String> names = kind == null ? ALL : NAMES.get(kind);
        if (isKnown(name, names)) {
            return;
        }
        int dot = name.indexOf('.');
        ObjectKind prefix = dot > 0 ? kindOf(name.substring(0, dot)) : null;
        if (kind == null && prefix != null && isKnown(name.substring(dot + 1), NAMES.get(prefix))) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "'" + name + "' names a kind and a"
                    + " property, so a rule for every kind would never apply. Use with(ObjectKind." + prefix.name()
                    + ", \"" + name.substring(dot + 1) + "\", severity).");
        }
        String whose = kind == null ? "" : " of " + kind.pluralDisplayName();
        List<String> candidates = new ArrayList<>(names);
        throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Unknown property '" + name + "'" + whose
                + " for a severity rule; did you mean '" + Names.nearest(name, candidates) + "'? Known properties"
                + whose + ": " + String.join(", ", names) + ", attributes.<key>.");
    }

    private static boolean isKnown(String name) {
        if (isKnown(name, ALL)) {
            return true;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            ObjectKind kind = kindOf(name.substring(0, dot));
            return kind != null && isKnown(name.substring(dot + 1), NAMES.get(kind));
        }
        return false;
    }

    private static boolean isKnown(String property, SortedSet<String> names) {
        return names.contains(property)
                || property.startsWith("attributes.") && property.length() > "attributes.".length();
    }

    /**
     * Whether a vendor attribute is a privilege: {@code <namespace>.grant.<grantee>} or
     * {@code <namespace>.revoked.<grantee>} ({@code pg.grant.app_reader}), which {@link
     * io.drift.core.diff.DiffOption#IGNORE_GRANTS} and an ignored {@code grants} ignore like a grant.
     *
     * @param key the attribute's key, without {@code attributes.}
     * @return whether it is a privilege
     */
    public static boolean isGrantAttribute(String key) {
        int dot = key.indexOf('.');
        return dot > 0 && (key.startsWith("grant.", dot + 1) && key.length() > dot + 7
                || key.startsWith("revoked.", dot + 1) && key.length() > dot + 9);
    }

    /**
     * Whether a name given to ignore is a vendor kind ({@code pg.default-privileges}, {@code pg.range}): a namespace
     * and a kebab-case name, in lower case, where the namespace is not an object kind's id nor {@code attributes},
     * nor a near miss of one (so {@code colum.comment} is still refused as an unknown property).
     *
     * @param name the name
     * @return whether it names a vendor kind
     */
    public static boolean isVendorKind(String name) {
        if (!name.matches("[a-z][a-z0-9]*\\.[a-z0-9]+(-[a-z0-9]+)*")) {
            return false;
        }
        String namespace = name.substring(0, name.indexOf('.'));
        List<String> reserved = new ArrayList<>(List.of("attributes", "identity"));
        for (ObjectKind kind : ObjectKind.values()) {
            reserved.add(kind.id());
        }
        for (String word : reserved) {
            if (distance(namespace, word) <= 2) {
                return false;
            }
        }
        return true;
    }

    /** @return the kind whose {@link ObjectKind#id()} is {@code id}, or {@code null} */
    static ObjectKind kindOf(String id) {
        for (ObjectKind kind : ObjectKind.values()) {
            if (kind.id().equals(id)) {
                return kind;
            }
        }
        return null;
    }

    private static String closest(String name) {
        List<String> candidates = new ArrayList<>(ALL);
        for (ObjectKind kind : ObjectKind.values()) {
            for (String property : NAMES.get(kind)) {
                candidates.add(kind.id() + "." + property);
            }
        }
        return Names.nearest(name, candidates);
    }

    private static int distance(String a, String b) {
        return Names.distance(a, b);
    }
}
