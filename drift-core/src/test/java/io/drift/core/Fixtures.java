package io.drift.core;

import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Differ;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.model.Attributes;
import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.Constraint;
import io.drift.core.model.Domain;
import io.drift.core.model.EnumType;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.Extension;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Grant;
import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Policy;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Routine;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.Trigger;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;
import io.drift.core.model.UniqueConstraint;
import io.drift.core.model.VendorObject;
import io.drift.core.model.View;
import io.drift.core.model.Volatility;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Readable snapshots for tests (Atlas's {@code dsl.go}): {@code table("public.users").column("id", "bigint")}.
 * Paths are written as {@link ObjectPath#toString()} renders them. Every factory gives the plainest object of its kind;
 * {@link #with(Record, String, Object)} derives a variant with one component changed.
 */
public final class Fixtures {

    private Fixtures() {
    }

    public static ObjectPath path(String text) {
        return ObjectPath.parse(text);
    }

    public static Snapshot snapshot(SchemaObject... objects) {
        return Snapshot.builder().addAll(List.of(objects)).build();
    }

    /**
     * @return a copy of {@code record} with the component named {@code component} set to {@code value}, through the
     *         canonical constructor (so its checks and copies still apply)
     */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String component, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        try {
            for (int i = 0; i < components.length; i++) {
                types[i] = components[i].getType();
                if (components[i].getName().equals(component)) {
                    args[i] = value;
                    found = true;
                } else {
                    args[i] = components[i].getAccessor().invoke(record);
                }
            }
            if (!found) {
                throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + component);
            }
            Constructor<?> constructor = record.getClass().getDeclaredConstructor(types);
            return (R) constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return each difference as its {@code toString()}: {@code "ERROR: missing table public.users"} */
    public static List<String> lines(SchemaDiff diff) {
        return diff.differences().stream().map(Object::toString).toList();
    }

    public static List<String> diff(Snapshot expected, Snapshot actual) {
        return lines(Differ.standard().diff(expected, actual));
    }

    public static List<String> diff(Snapshot expected, Snapshot actual, DiffOptions options) {
        return lines(Differ.standard().diff(expected, actual, options));
    }

    public static Attributes attributes(String... keyValues) {
        Attributes a = Attributes.empty();
        for (int i = 0; i < keyValues.length; i += 2) {
            a = a.with(keyValues[i], keyValues[i + 1]);
        }
        return a;
    }

    public static Grant grant(String privilege, String grantee) {
        return new Grant(grantee, privilege, false);
    }

    // ---- top-level objects

    public static SchemaDef schema(String name) {
        return SchemaDef.named(name);
    }

    public static Extension extension(String name, String version) {
        return new Extension(ObjectPath.of(name), version, "public", null, Attributes.empty());
    }

    public static TableFixture table(String path) {
        return new TableFixture(path(path));
    }

    public static View view(String path, String definition, String... columnNameTypePairs) {
        return new View(path(path), false, definition, columns(columnNameTypePairs), List.of(), null, null, List.of(),
                Attributes.empty());
    }

    public static View materializedView(String path, String definition, String... columnNameTypePairs) {
        return with(view(path, definition, columnNameTypePairs), "materialized", true);
    }

    public static Sequence sequence(String path) {
        return new Sequence(path(path), SequenceOptions.defaults("bigint"), null, null, null, List.of(),
                Attributes.empty());
    }

    public static EnumType enumType(String path, String... labels) {
        return new EnumType(path(path), List.of(labels), null, null, Attributes.empty());
    }

    public static Domain domain(String path, String baseType, CheckConstraint... constraints) {
        return new Domain(path(path), baseType, null, false, null, List.of(constraints), null, null,
                Attributes.empty());
    }

    public static CompositeType compositeType(String path, String... fieldNameTypePairs) {
        return new CompositeType(path(path), columns(fieldNameTypePairs), null, null, Attributes.empty());
    }

    /** @param signature {@code public.add(integer, integer)} */
    public static Routine function(String signature, String returnType, String body) {
        return new Routine(path(signature), RoutineKind.FUNCTION, argumentsOf(signature), returnType, "sql",
                Volatility.VOLATILE, false, body, null, null, List.of(), Attributes.empty());
    }

    /** @param signature {@code public.archive(integer)} */
    public static Routine procedure(String signature, String body) {
        return new Routine(path(signature), RoutineKind.PROCEDURE, argumentsOf(signature), null, "plpgsql", null,
                false, body, null, null, List.of(), Attributes.empty());
    }

    private static String argumentsOf(String signature) {
        return signature.substring(signature.indexOf('(') + 1, signature.lastIndexOf(')'));
    }

    /** @return a vendor object at {@code vendorKind/name} */
    public static VendorObject vendor(String vendorKind, String name, String... attributeKeyValues) {
        return new VendorObject(new ObjectPath(List.of(vendorKind, name), true), vendorKind,
                attributes(attributeKeyValues));
    }

    // ---- members

    public static Column column(String name, int position, String type) {
        return Column.of(name, position, type);
    }

    private static List<Column> columns(String... nameTypePairs) {
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < nameTypePairs.length; i += 2) {
            columns.add(Column.of(nameTypePairs[i], columns.size() + 1, nameTypePairs[i + 1]));
        }
        return columns;
    }

    public static Identity identity(IdentityGeneration generation, String dataType) {
        return new Identity(generation, SequenceOptions.defaults(dataType));
    }

    public static Index index(String name, String... keys) {
        return new Index(name, false, "btree", List.of(keys), List.of(), null, false, true,
                "CREATE INDEX " + name + " ON t USING btree (" + String.join(", ", keys) + ")", null,
                Attributes.empty());
    }

    public static PrimaryKey primaryKey(String name, String... columns) {
        return PrimaryKey.of(name, columns);
    }

    public static UniqueConstraint unique(String name, String... columns) {
        return UniqueConstraint.of(name, columns);
    }

    public static ForeignKey foreignKey(String name, String column, String referencedTable, String referencedColumn) {
        return ForeignKey.of(name, List.of(column), path(referencedTable), List.of(referencedColumn));
    }

    public static CheckConstraint check(String name, String expression) {
        return CheckConstraint.of(name, expression);
    }

    public static ExclusionConstraint exclusion(String name, String definition) {
        return new ExclusionConstraint(name, definition, false, false, null, Attributes.empty());
    }

    public static Trigger trigger(String name, String function) {
        return new Trigger(name, TriggerTiming.AFTER, List.of(TriggerEvent.INSERT), List.of(), TriggerLevel.ROW,
                function, null, TriggerEnabled.ORIGIN,
                "CREATE TRIGGER " + name + " AFTER INSERT ON t FOR EACH ROW EXECUTE FUNCTION " + function, null,
                Attributes.empty());
    }

    public static Policy policy(String name, String using) {
        return new Policy(name, PolicyCommand.ALL, true, List.of("public"), using, null, null, Attributes.empty());
    }

    /** A {@link Table.Builder} with shorthands; {@link #build()} gives the table. */
    public static final class TableFixture {
        private final Table.Builder builder;
        private int columns;

        private TableFixture(ObjectPath path) {
            builder = Table.builder(path);
        }

        /** Adds a nullable column at the next position. */
        public TableFixture column(String name, String type) {
            builder.column(Column.of(name, ++this.columns, type));
            return this;
        }

        /** Adds the next column after changing the plain one: {@code column("id", "bigint", c -> c.withNullable(false))}. */
        public TableFixture column(String name, String type, UnaryOperator<Column> change) {
            builder.column(change.apply(Column.of(name, ++this.columns, type)));
            return this;
        }

        public TableFixture columns(Column... columns) {
            builder.columns(Arrays.asList(columns));
            this.columns = columns.length;
            return this;
        }

        public TableFixture primaryKey(String name, String... columns) {
            return constraint(PrimaryKey.of(name, columns));
        }

        public TableFixture constraint(Constraint constraint) {
            builder.constraint(constraint);
            return this;
        }

        public TableFixture index(Index index) {
            builder.index(index);
            return this;
        }

        public TableFixture index(String name, String... keys) {
            return index(Fixtures.index(name, keys));
        }

        public TableFixture trigger(Trigger trigger) {
            builder.trigger(trigger);
            return this;
        }

        public TableFixture policy(Policy policy) {
            builder.policy(policy);
            return this;
        }

        public TableFixture owner(String owner) {
            builder.owner(owner);
            return this;
        }

        public TableFixture comment(String comment) {
            builder.comment(comment);
            return this;
        }

        public TableFixture grant(String privilege, String grantee) {
            builder.grant(Fixtures.grant(privilege, grantee));
            return this;
        }

        public TableFixture attribute(String key, String value) {
            builder.attribute(key, value);
            return this;
        }

        public TableFixture change(UnaryOperator<Table.Builder> change) {
            change.apply(builder);
            return this;
        }

        public Table build() {
            return builder.build();
        }
    }
}
