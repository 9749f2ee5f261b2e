package io.drift.core.diff;

import static java.util.Objects.requireNonNull;

import io.drift.core.diff.ComparedProperties.Property;
import io.drift.core.diff.ComparedProperties.Spec;
import io.drift.core.diff.Scope.Level;
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
import io.drift.core.model.Identity;
import io.drift.core.model.Index;
import io.drift.core.model.Member;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Policy;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Routine;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.Trigger;
import io.drift.core.model.UniqueConstraint;
import io.drift.core.model.VendorObject;
import io.drift.core.model.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The standard differ: one sorted merge per kind over the snapshots' path-ordered maps, then, for objects on both
 * sides that are not {@code equals}, a comparison of the properties listed in {@link ComparedProperties}. Members of a
 * table (and a view's columns, a domain's constraints, a composite type's fields) are matched by name through maps
 * built once per object. Cost is linear in the number of objects, plus sorting the differences found.
 *
 * <p>What is not reported, on purpose: the children of a missing or unexpected object; the objects of a missing or
 * unexpected schema; the sequence {@code OWNED BY} a missing or unexpected table (its {@code serial}), and the change of
 * a sequence's {@code OWNED BY} from a missing table to an unexpected one (a renamed table's serial); a column's
 * position when only the columns around it are missing or unexpected (positions are compared as the order of the
 * columns both sides have).
 */
final class StandardDiffer implements Differ {

    static final StandardDiffer INSTANCE = new StandardDiffer();

    private static final Comparator<String> NULLS_FIRST = Comparator.nullsFirst(Comparator.naturalOrder());

    /**
     * Path, then kind, then property (missing and unexpected first), then the value concerned (so that the grants of
     * one object read in grant order, whichever side holds them), for a total order.
     */
    static final Comparator<Difference> ORDER = Comparator.comparing(Difference::path)
            .thenComparing(Difference::kind)
            .thenComparing(d -> d instanceof Changed ? ((Changed) d).property() : null, NULLS_FIRST)
            .thenComparing(d -> d instanceof Changed ? firstNonNull((Changed) d) : null, NULLS_FIRST)
            .thenComparing(d -> d instanceof Changed ? ((Changed) d).expected() : null, NULLS_FIRST)
            .thenComparing(d -> d instanceof Changed ? ((Changed) d).actual() : null, NULLS_FIRST)
            .thenComparing(Difference::type);

    private StandardDiffer() {
    }

    private static String firstNonNull(Changed d) {
        return d.expected() != null ? d.expected() : d.actual();
    }

    @Override
    public SchemaDiff diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        requireNonNull(expected, "expected");
        requireNonNull(actual, "actual");
        requireNonNull(options, "options");
        Run run = new Run(options);
        for (ObjectKind kind : ObjectKind.values()) {
            if (!kind.isMember() && !run.scope.ignores(kind)) {
                run.merge(expected.objects(kind), actual.objects(kind));
            }
        }
        run.out.sort(ORDER);
        return new SchemaDiff(run.out, Unmatched.find(expected, actual, options));
    }

    /** @return the children a partially included object may report on its own */
    static List<Child> children(SchemaObject object) {
        List<Child> children = new ArrayList<>();
        ObjectPath path = object.path();
        List<? extends Member> members = List.of();
        List<Column> columns = List.of();
        switch (object.kind()) {
            case TABLE:
                members = ((Table) object).members();
                break;
            case VIEW:
            case MATERIALIZED_VIEW:
                columns = ((View) object).columns();
                members = ((View) object).indexes();
                break;
            case DOMAIN:
                members = ((Domain) object).constraints();
                break;
            case COMPOSITE_TYPE:
                columns = ((CompositeType) object).fields();
                break;
            default:
                break;
        }
        for (Column c : columns) {
            children.add(new Child(ObjectKind.COLUMN, path.child(c.name())));
        }
        for (Member m : members) {
            children.add(new Child(m.kind(), m.pathIn(path)));
        }
        return children;
    }

    record Child(ObjectKind kind, ObjectPath path) {
    }

    /** The state of one diff. */
    static final class Run {
        final Scope scope;
        final SeverityPolicy policy;
        final Set<String> ignoredProperties;
        final boolean ignoreOwners;
        final boolean ignoreComments;
        final boolean ignoreGrants;
        final boolean ignoreColumnOrder;
        final boolean ignoreExtensionVersions;
        final Declared declared;
        final boolean byColumns;
        /** Properties that matched two members by their columns: not compared again. */
        Set<String> matchedOn = Set.of();
        final List<Difference> out = new ArrayList<>();
        // Missing or unexpected parents, whose dependants are not reported again.
        final Set<String> missingSchemas = new HashSet<>();
        final Set<String> unexpectedSchemas = new HashSet<>();
        final Set<ObjectPath> missingTables = new HashSet<>();
        final Set<ObjectPath> unexpectedTables = new HashSet<>();

        Run(DiffOptions options) {
            scope = new Scope(options);
            policy = options.severityPolicy();
            ignoredProperties = options.ignoredProperties();
            ignoreOwners = options.isEnabled(DiffOption.IGNORE_OWNERS);
            ignoreComments = options.isEnabled(DiffOption.IGNORE_COMMENTS);
            ignoreGrants = options.isEnabled(DiffOption.IGNORE_GRANTS);
            ignoreColumnOrder = options.isEnabled(DiffOption.IGNORE_COLUMN_ORDER);
            ignoreExtensionVersions = options.isEnabled(DiffOption.IGNORE_EXTENSION_VERSIONS);
            declared = options.declared();
            byColumns = !declared.isEverything();
        }

        // ---- top-level objects: one sorted merge per kind

        void merge(Map<ObjectPath, SchemaObject> expected, Map<ObjectPath, SchemaObject> actual) {
            Iterator<SchemaObject> ei = expected.values().iterator();
            Iterator<SchemaObject> ai = actual.values().iterator();
            SchemaObject e = ei.hasNext() ? ei.next() : null;
            SchemaObject a = ai.hasNext() ? ai.next() : null;
            while (e != null || a != null) {
                int c = e == null ? 1 : a == null ? -1 : e.path().compareTo(a.path());
                if (c < 0) {
                    onlyOneSide(e, true);
                    e = ei.hasNext() ? ei.next() : null;
                } else if (c > 0) {
                    onlyOneSide(a, false);
                    a = ai.hasNext() ? ai.next() : null;
                } else {
                    if (!e.equals(a)) {
                        Level level = scope.of(e);
                        if (level != Level.OUT) {
                            compare(e, a, level);
                        }
                    }
                    e = ei.hasNext() ? ei.next() : null;
                    a = ai.hasNext() ? ai.next() : null;
                }
            }
        }

        private void onlyOneSide(SchemaObject object, boolean missing) {
            if (!missing && !declared.listsEvery(object.kind())) {
                return;
            }
            Level level = scope.of(object);
            if (level == Level.OUT || coveredByParent(object, missing) || onlyGrants(object)) {
                return;
            }
            if (level == Level.PARTIAL) {
                // The object itself is not included, but some of its children are.
                for (Child child : children(object)) {
                    if (scope.has(child.kind(), child.path(), level)) {
                        report(child.kind(), child.path(), missing);
                    }
                }
                return;
            }
            report(object.kind(), object.path(), missing);
            if (object.kind() == ObjectKind.SCHEMA) {
                (missing ? missingSchemas : unexpectedSchemas).add(object.path().first());
            } else if (object.kind() == ObjectKind.TABLE) {
                (missing ? missingTables : unexpectedTables).add(object.path());
            }
        }

        /**
         * A vendor object that holds nothing but privileges (default privileges) is a grant itself: when grants are
         * ignored, so is its being there or not.
         */
        private boolean onlyGrants(SchemaObject object) {
            if (object.kind() != ObjectKind.VENDOR || !grantsIgnored(ObjectKind.VENDOR)) {
                return false;
            }
            Map<String, String> attributes = object.attributes().values();
            return !attributes.isEmpty()
                    && attributes.keySet().stream().allMatch(ComparedProperties::isGrantAttribute);
        }

        private boolean grantsIgnored(ObjectKind kind) {
            return ignoreGrants || ignoredProperties.contains("grants")
                    || ignoredProperties.contains(kind.id() + ".grants");
        }

        private boolean coveredByParent(SchemaObject object, boolean missing) {
            ObjectKind kind = object.kind();
            if (kind != ObjectKind.SCHEMA && Scope.schemaScoped(kind)
                    && (missing ? missingSchemas : unexpectedSchemas).contains(object.path().first())) {
                return true;
            }
            if (kind == ObjectKind.SEQUENCE) {
                ObjectPath ownedBy = ((Sequence) object).ownedBy();
                return ownedBy != null && ownedBy.depth() > 1
                        && (missing ? missingTables : unexpectedTables).contains(ownedBy.parent());
            }
            return false;
        }

        private void compare(SchemaObject e, SchemaObject a, Level level) {
            ObjectPath path = e.path();
            boolean self = level == Level.IN;
            if (!self && !hasChildren(e.kind())) {
                return;
            }
            switch (e.kind()) {
                case SCHEMA:
                    properties(ComparedProperties.SCHEMA, ObjectKind.SCHEMA, path, (SchemaDef) e, (SchemaDef) a);
                    break;
                case EXTENSION:
                    properties(ComparedProperties.EXTENSION, ObjectKind.EXTENSION, path, (Extension) e,
                            (Extension) a);
                    break;
                case TABLE:
                    table((Table) e, (Table) a, level);
                    break;
                case VIEW:
                case MATERIALIZED_VIEW: {
                    View ve = (View) e;
                    View va = (View) a;
                    if (self) {
                        properties(ComparedProperties.VIEW, e.kind(), path, ve, va);
                    }
                    columns(path, ve.columns(), va.columns(), false, level);
                    members(path, ve.indexes(), va.indexes(), level);
                    break;
                }
                case SEQUENCE: {
                    Sequence se = (Sequence) e;
                    Sequence sa = (Sequence) a;
                    if (ownerTableRenamed(se.ownedBy(), sa.ownedBy())) {
                        // The serial of a table reported missing on one side and unexpected on the other (a renamed
                        // table): its OWNED BY follows the table, and the table is reported already.
                        sa = new Sequence(sa.path(), sa.options(), se.ownedBy(), sa.owner(), sa.comment(),
                                sa.grants(), sa.attributes());
                    }
                    properties(ComparedProperties.SEQUENCE, ObjectKind.SEQUENCE, path, se, sa);
                    break;
                }
                case ENUM:
                    properties(ComparedProperties.ENUM, ObjectKind.ENUM, path, (EnumType) e, (EnumType) a);
                    break;
                case DOMAIN: {
                    Domain de = (Domain) e;
                    Domain da = (Domain) a;
                    if (self) {
                        properties(ComparedProperties.DOMAIN, ObjectKind.DOMAIN, path, de, da);
                    }
                    members(path, de.constraints(), da.constraints(), level);
                    break;
                }
                case COMPOSITE_TYPE: {
                    CompositeType ce = (CompositeType) e;
                    CompositeType ca = (CompositeType) a;
                    if (self) {
                        properties(ComparedProperties.COMPOSITE_TYPE, ObjectKind.COMPOSITE_TYPE, path, ce, ca);
                    }
                    columns(path, ce.fields(), ca.fields(), false, level);
                    break;
                }
                case FUNCTION:
                case PROCEDURE:
                    properties(ComparedProperties.ROUTINE, e.kind(), path, (Routine) e, (Routine) a);
                    break;
                case VENDOR:
                    properties(ComparedProperties.VENDOR, ObjectKind.VENDOR, path, (VendorObject) e,
                            (VendorObject) a);
                    break;
                default:
                    throw new IllegalStateException("Not a top-level kind: " + e.kind());
            }
        }

        private boolean ownerTableRenamed(ObjectPath expected, ObjectPath actual) {
            return expected != null && actual != null && expected.depth() > 1 && actual.depth() > 1
                    && !expected.equals(actual) && missingTables.contains(expected.parent())
                    && unexpectedTables.contains(actual.parent());
        }

        private static boolean hasChildren(ObjectKind kind) {
            switch (kind) {
                case TABLE:
                case VIEW:
                case MATERIALIZED_VIEW:
                case DOMAIN:
                case COMPOSITE_TYPE:
                    return true;
                default:
                    return false;
            }
        }

        // ---- tables and their members

        private void table(Table e, Table a, Level level) {
            ObjectPath path = e.path();
            if (level == Level.IN) {
                properties(ComparedProperties.TABLE, ObjectKind.TABLE, path, e, a);
            }
            columns(path, e.columns(), a.columns(), true, level);
            if (byColumns) {
                MemberMatching.compare(this, path, e, a, level);
            } else {
                members(path, e.constraints(), a.constraints(), level);
                members(path, e.indexes(), a.indexes(), level);
            }
            members(path, e.triggers(), a.triggers(), level);
            members(path, e.policies(), a.policies(), level);
        }

        /** Columns by name; positions as the order of the columns both sides have. */
        private void columns(ObjectPath parent, List<Column> expected, List<Column> actual, boolean tableColumns,
                             Level level) {
            if (expected.equals(actual) || scope.ignores(ObjectKind.COLUMN)) {
                return;
            }
            Map<String, Column> actualByName = byName(actual);
            Map<String, Column> expectedByName = byName(expected);
            Map<String, Integer> actualRank = new HashMap<>();
            for (Column c : actual) {
                if (expectedByName.containsKey(c.name())) {
                    actualRank.put(c.name(), actualRank.size());
                }
            }
            int expectedRank = 0;
            for (Column e : expected) {
                Column a = actualByName.get(e.name());
                ObjectPath path = parent.child(e.name());
                if (!scope.has(ObjectKind.COLUMN, path, level)) {
                    if (a != null) {
                        expectedRank++;
                    }
                    continue;
                }
                if (a == null) {
                    report(ObjectKind.COLUMN, path, true);
                    continue;
                }
                if (actualRank.get(e.name()) != expectedRank++ && !ignoreColumnOrder) {
                    changed(ObjectKind.COLUMN, path, "position", e.position(), a.position());
                }
                if (!e.equals(a)) {
                    properties(tableColumns ? ComparedProperties.COLUMN : ComparedProperties.FIELD,
                            ObjectKind.COLUMN, path, e, a);
                    identity(path, e.identity(), a.identity());
                }
            }
            for (Column a : actual) {
                if (!expectedByName.containsKey(a.name())) {
                    ObjectPath path = parent.child(a.name());
                    if (scope.has(ObjectKind.COLUMN, path, level)) {
                        report(ObjectKind.COLUMN, path, false);
                    }
                }
            }
        }

        private void identity(ObjectPath path, Identity e, Identity a) {
            if (Objects.equals(e, a)) {
                return;
            }
            if (e == null || a == null) {
                changed(ObjectKind.COLUMN, path, "identity", e, a);
                return;
            }
            SequenceOptions se = e.sequence();
            SequenceOptions sa = a.sequence();
            Object[][] parts = {
                {e.generation(), a.generation()}, {se.dataType(), sa.dataType()}, {se.start(), sa.start()},
                {se.increment(), sa.increment()}, {se.min(), sa.min()}, {se.max(), sa.max()},
                {se.cache(), sa.cache()}, {se.cycle(), sa.cycle()}};
            for (int i = 0; i < parts.length; i++) {
                if (!parts[i][0].equals(parts[i][1])) {
                    changed(ObjectKind.COLUMN, path, ComparedProperties.IDENTITY_PARTS.get(i), parts[i][0],
                            parts[i][1]);
                }
            }
        }

        /** Members of one list (constraints of every kind, or indexes, …), matched by kind and name. */
        void members(ObjectPath parent, List<? extends Member> expected, List<? extends Member> actual,
                             Level level) {
            if (expected.equals(actual)) {
                return;
            }
            Map<String, Member> actualByKey = new HashMap<>();
            for (Member m : actual) {
                actualByKey.put(key(m), m);
            }
            Set<String> expectedKeys = new HashSet<>();
            for (Member e : expected) {
                String key = key(e);
                expectedKeys.add(key);
                ObjectPath path = e.pathIn(parent);
                if (!scope.has(e.kind(), path, level)) {
                    continue;
                }
                Member a = actualByKey.get(key);
                if (a == null) {
                    report(e.kind(), path, true);
                } else if (!e.equals(a)) {
                    member(path, e, a);
                }
            }
            for (Member a : actual) {
                if (!expectedKeys.contains(key(a))) {
                    ObjectPath path = a.pathIn(parent);
                    if (scope.has(a.kind(), path, level)) {
                        report(a.kind(), path, false);
                    }
                }
            }
        }

        private static String key(Member m) {
            return m.kind().ordinal() + "/" + m.name();
        }

        void member(ObjectPath path, Member e, Member a) {
            ObjectKind kind = e.kind();
            switch (kind) {
                case PRIMARY_KEY:
                    properties(ComparedProperties.PRIMARY_KEY, kind, path, (PrimaryKey) e, (PrimaryKey) a);
                    break;
                case UNIQUE_CONSTRAINT:
                    properties(ComparedProperties.UNIQUE_CONSTRAINT, kind, path, (UniqueConstraint) e,
                            (UniqueConstraint) a);
                    break;
                case FOREIGN_KEY:
                    properties(ComparedProperties.FOREIGN_KEY, kind, path, (ForeignKey) e, (ForeignKey) a);
                    break;
                case CHECK_CONSTRAINT:
                    properties(ComparedProperties.CHECK_CONSTRAINT, kind, path, (CheckConstraint) e,
                            (CheckConstraint) a);
                    break;
                case EXCLUSION_CONSTRAINT:
                    properties(ComparedProperties.EXCLUSION_CONSTRAINT, kind, path, (ExclusionConstraint) e,
                            (ExclusionConstraint) a);
                    break;
                case INDEX:
                    properties(ComparedProperties.INDEX, kind, path, (Index) e, (Index) a);
                    break;
                case TRIGGER:
                    properties(ComparedProperties.TRIGGER, kind, path, (Trigger) e, (Trigger) a);
                    break;
                case POLICY:
                    properties(ComparedProperties.POLICY, kind, path, (Policy) e, (Policy) a);
                    break;
                default:
                    throw new IllegalStateException("Not a member kind: " + kind);
            }
        }

        // ---- properties

        private <T> void properties(Spec<T> spec, ObjectKind kind, ObjectPath path, T e, T a) {
            boolean shapeDiffers = properties(spec.shaping(), kind, path, e, a);
            shapeDiffers |= attributes(kind, path, spec.attributes().apply(e), spec.attributes().apply(a));
            if (spec.definition() != null) {
                String de = spec.definition().apply(e);
                String da = spec.definition().apply(a);
                if (de != null && da != null && !de.equals(da)
                        && !(shapeDiffers && ComparedProperties.repeatsShape(kind, de, da))) {
                    changed(kind, path, "definition", de, da);
                }
            }
            properties(spec.other(), kind, path, e, a);
            if (spec.grants() != null) {
                grants(kind, path, spec.grants().apply(e), spec.grants().apply(a));
            }
        }

        /** @return whether any of them differs, ignored or not */
        private <T> boolean properties(List<Property<T>> properties, ObjectKind kind, ObjectPath path, T e, T a) {
            boolean differs = false;
            for (Property<T> p : properties) {
                Function<? super T, ?> value = p.value();
                Object ve = value.apply(e);
                Object va = value.apply(a);
                if (!Objects.equals(ve, va)) {
                    differs = true;
                    ColumnRule rule = e instanceof Column ? declared.columnRule(p.name()).orElse(null) : null;
                    if (rule == null) {
                        changed(kind, path, p.name(), ve, va);
                    } else if (!ignored(kind, p.name())) {
                        Severity severity = rule.compare((Column) e, (Column) a).orElse(null);
                        if (severity != null) {
                            out.add(new Changed(kind, path, p.name(), Render.text(ve), Render.text(va), severity));
                        }
                    }
                }
            }
            return differs;
        }

        /** One difference per key set on one side only or set to different values. */
        private boolean attributes(ObjectKind kind, ObjectPath path, Attributes e, Attributes a) {
            if (e.equals(a)) {
                return false;
            }
            Map<String, String> ev = e.values();
            Map<String, String> av = a.values();
            for (Map.Entry<String, String> entry : ev.entrySet()) {
                String actual = av.get(entry.getKey());
                if (!entry.getValue().equals(actual)) {
                    changed(kind, path, "attributes." + entry.getKey(), entry.getValue(), actual);
                }
            }
            for (Map.Entry<String, String> entry : av.entrySet()) {
                if (!ev.containsKey(entry.getKey())) {
                    changed(kind, path, "attributes." + entry.getKey(), null, entry.getValue());
                }
            }
            return true;
        }

        /** One difference per grant held on one side only; both lists are sorted. */
        private void grants(ObjectKind kind, ObjectPath path, List<Grant> e, List<Grant> a) {
            if (e.equals(a)) {
                return;
            }
            int i = 0;
            int j = 0;
            while (i < e.size() || j < a.size()) {
                int c = i == e.size() ? 1 : j == a.size() ? -1 : e.get(i).compareTo(a.get(j));
                if (c < 0) {
                    changed(kind, path, "grants", e.get(i++), null);
                } else if (c > 0) {
                    changed(kind, path, "grants", null, a.get(j++));
                } else {
                    i++;
                    j++;
                }
            }
        }

        // ---- reporting

        void report(ObjectKind kind, ObjectPath path, boolean missing) {
            if (missing) {
                out.add(new Missing(kind, path, policy.severityOf(kind, DifferenceType.MISSING, null)));
            } else if (declared.listsEvery(kind)) {
                out.add(new Unexpected(kind, path, policy.severityOf(kind, DifferenceType.UNEXPECTED, null)));
            }
        }

        private void changed(ObjectKind kind, ObjectPath path, String property, Object expected, Object actual) {
            if (!ignored(kind, property)) {
                out.add(new Changed(kind, path, property, Render.text(expected), Render.text(actual),
                        policy.severityOf(kind, DifferenceType.CHANGED, property), Render.elements(expected),
                        Render.elements(actual)));
            }
        }

        /**
         * A property is ignored by its name, or a name it starts with ({@code identity}, {@code attributes}); one the
         * expected side does not declare, or that matched two members, is not compared.
         */
        private boolean ignored(ObjectKind kind, String property) {
            if (!declared.declares(kind, property) || matchedOn.contains(property)) {
                return true;
            }
            if (property.startsWith("attributes.")
                    && ComparedProperties.isGrantAttribute(property.substring("attributes.".length()))
                    && grantsIgnored(kind)) {
                return true;
            }
            switch (property) {
                case "owner":
                    if (ignoreOwners) {
                        return true;
                    }
                    break;
                case "comment":
                    if (ignoreComments) {
                        return true;
                    }
                    break;
                case "grants":
                    if (ignoreGrants) {
                        return true;
                    }
                    break;
                case "version":
                    if (ignoreExtensionVersions && kind == ObjectKind.EXTENSION) {
                        return true;
                    }
                    break;
                default:
                    break;
            }
            if (ignoredProperties.isEmpty()) {
                return false;
            }
            String prefix = kind.id() + ".";
            for (String name = property; ; ) {
                if (ignoredProperties.contains(name) || ignoredProperties.contains(prefix + name)) {
                    return true;
                }
                int dot = name.lastIndexOf('.');
                if (dot < 0) {
                    return false;
                }
                name = name.substring(0, dot);
            }
        }

        private static Map<String, Column> byName(List<Column> columns) {
            Map<String, Column> map = new HashMap<>(columns.size() * 2);
            for (Column c : columns) {
                map.put(c.name(), c);
            }
            return map;
        }
    }
}
