package io.drift.jpa.internal;

import io.drift.core.DriftException;
import io.drift.core.model.Attributes;
import io.drift.core.model.Column;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.UniqueConstraint;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.boot.model.relational.Namespace;
import org.hibernate.dialect.Dialect;
import org.hibernate.dialect.PostgreSQLDialect;
import org.hibernate.mapping.Collection;
import org.hibernate.mapping.Component;
import org.hibernate.mapping.PersistentClass;
import org.hibernate.mapping.Property;
import org.hibernate.mapping.Selectable;
import org.hibernate.mapping.UniqueKey;
import org.hibernate.mapping.Value;

/**
 * Turns Hibernate's boot metamodel into the snapshot the entities expect: one pass over the relational model
 * ({@code Database}, its namespaces, tables and sequences) for what the database must have, and one over the entity
 * and collection bindings to say which attribute each column maps, for messages. Nothing here touches a database.
 *
 * <p>Names are the database's: an unquoted identifier folded to lower case, as PostgreSQL folds it, and cut to 63
 * bytes, as PostgreSQL cuts it.
 */
public final class MetadataReader {

    /** Attribute keys on the expected snapshot; the diff does not compare them (the source does not declare them). */
    public static final String ENTITIES = "jpa.entities";
    public static final String ATTRIBUTE = "jpa.attribute";
    public static final String JAVA_TYPE = "jpa.javaType";
    public static final String GENERATION = "jpa.generation";
    public static final String COLUMN_DEFINITION = "jpa.columnDefinition";
    public static final String UNIQUE_COLUMN = "jpa.uniqueColumn";

    /** What ends the type in a {@code columnDefinition}: the clauses that may follow it. */
    private static final Pattern CLAUSES = Pattern.compile(
            "\\s+(not\\s+null|null|default|check|unique|primary\\s+key|references|generated|collate|constraint)\\b.*$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final int MAX_NAME_BYTES = 63;

    /**
     * The schema part of the path of a table the mapping does not qualify, until {@link #relocate} puts it where the
     * database resolves unqualified names (its {@code current_schema()}, usually {@code public}).
     */
    public static final String UNQUALIFIED = "\u0000unqualified";

    private final Metadata metadata;
    private final String defaultSchema;
    private final Map<org.hibernate.mapping.Column, String[]> columnInfo = new IdentityHashMap<>();
    private final Map<org.hibernate.mapping.Table, Set<String>> tableOwners = new IdentityHashMap<>();

    private MetadataReader(Metadata metadata, String defaultSchema) {
        this.metadata = metadata;
        this.defaultSchema = defaultSchema;
    }

    /**
     * @param metadata the boot metamodel, as built for PostgreSQL
     * @return the schema the entities expect, with {@link #UNQUALIFIED} as the schema of unqualified tables
     */
    public static Snapshot read(Metadata metadata) {
        return read(metadata, UNQUALIFIED);
    }

    /**
     * @param snapshot a snapshot from {@link #read(Metadata)}
     * @param schema   the schema unqualified names resolve to
     * @return the snapshot with every {@link #UNQUALIFIED} schema replaced by {@code schema}
     */
    public static Snapshot relocate(Snapshot snapshot, String schema) {
        Snapshot.Builder b = Snapshot.builder().database(snapshot.database());
        boolean any = false;
        for (io.drift.core.model.SchemaObject o : (Iterable<io.drift.core.model.SchemaObject>) snapshot.stream()::iterator) {
            if (o instanceof SchemaDef def && def.path().first().equals(UNQUALIFIED)) {
                any = true;
                b.put(SchemaDef.named(schema));
            } else if (o instanceof Table t) {
                Table.Builder tb = t.toBuilder();
                List<io.drift.core.model.Constraint> constraints = new ArrayList<>();
                for (io.drift.core.model.Constraint c : t.constraints()) {
                    if (c instanceof ForeignKey fk && fk.referencedTable().first().equals(UNQUALIFIED)) {
                        c = new ForeignKey(fk.name(), fk.columns(), moved(fk.referencedTable(), schema),
                                fk.referencedColumns(), fk.onUpdate(), fk.onDelete(), fk.match(), fk.deferrable(),
                                fk.initiallyDeferred(), fk.validated(), fk.comment(), fk.attributes());
                    }
                    constraints.add(c);
                }
                tb.constraints(constraints);
                Table moved = tb.build();
                if (t.path().first().equals(UNQUALIFIED)) {
                    Table.Builder mb = Table.builder(moved(t.path(), schema));
                    mb.columns(moved.columns()).constraints(moved.constraints()).indexes(moved.indexes())
                            .attributes(moved.attributes());
                    moved = mb.build();
                }
                b.put(moved);
            } else if (o instanceof Sequence s && s.path().first().equals(UNQUALIFIED)) {
                b.put(new Sequence(moved(s.path(), schema), s.options(), s.ownedBy(), s.owner(), s.comment(),
                        s.grants(), s.attributes()));
            } else {
                b.put(o);
            }
        }
        return any ? b.build() : snapshot;
    }

    private static ObjectPath moved(ObjectPath path, String schema) {
        List<String> parts = new ArrayList<>(path.parts());
        parts.set(0, schema);
        return new ObjectPath(parts, path.member());
    }

    /**
     * @param metadata      the boot metamodel, as built for PostgreSQL
     * @param defaultSchema where a table without a schema lives ({@code public})
     * @return the schema the entities expect
     * @throws DriftException when the dialect is not PostgreSQL's, or a column's type cannot be rendered
     */
    static Snapshot read(Metadata metadata, String defaultSchema) {
        Dialect dialect = metadata.getDatabase().getDialect();
        if (!(dialect instanceof PostgreSQLDialect)) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The entities are mapped with "
                    + dialect.getClass().getSimpleName() + ", and Drift compares them with PostgreSQL: build the"
                    + " EntityManagerFactory for PostgreSQL (hibernate.dialect), or give Drift the entity classes or"
                    + " persistence unit instead, which it maps with PostgreSQLDialect itself.");
        }
        MetadataReader reader = new MetadataReader(metadata, defaultSchema);
        reader.describeEntities();
        return reader.snapshot();
    }

    // ---- which attribute maps each column

    private void describeEntities() {
        for (PersistentClass pc : metadata.getEntityBindings()) {
            String entity = simpleName(pc.getEntityName());
            Class<?> type = mappedClass(pc);
            owner(pc.getTable(), entity);
            pc.getJoins().forEach(join -> owner(join.getTable(), entity));
            if (pc.getIdentifierProperty() != null && pc.getSuperclass() == null) {
                describe(entity, pc.getIdentifierProperty(), type);
            } else if (pc.getSuperclass() == null && pc.getIdentifier() instanceof Component) {
                for (Property p : ((Component) pc.getIdentifier()).getProperties()) {
                    describe(entity, p, ((Component) pc.getIdentifier()).getComponentClass());
                }
            }
            if (pc.getSuperclass() != null && pc.getKey() != null && pc.getTable() != pc.getSuperclass().getTable()) {
                for (Selectable s : pc.getKey().getSelectables()) {
                    put(s, entity + " (key of the joined subclass)", null);
                }
            }
            if (pc.getDiscriminator() != null && pc.getSuperclass() == null) {
                for (Selectable s : pc.getDiscriminator().getSelectables()) {
                    put(s, entity + " (discriminator)", "String");
                }
            }
            for (Property p : pc.getProperties()) {
                describe(entity, p, type);
            }
            pc.getJoins().forEach(join -> join.getProperties().forEach(p -> describe(entity, p, type)));
        }
        for (Collection c : metadata.getCollectionBindings()) {
            if (c.isInverse() || c.isOneToMany()) {
                continue;   // the other side's table and columns, described there
            }
            String role = simpleName(c.getRole());
            owner(c.getCollectionTable(), "collection " + role);
            if (c.getCollectionTable() != null && c.getOwner() != null
                    && c.getCollectionTable() != c.getOwner().getTable()) {
                for (Selectable s : c.getKey().getSelectables()) {
                    put(s, role + " (owner key)", null);
                }
                describeValue(role + " (element)", c.getElement(), null);
                if (c instanceof org.hibernate.mapping.IndexedCollection ic && ic.getIndex() != null) {
                    describeValue(role + " (index)", ic.getIndex(), null);
                }
            }
        }
    }

    private void owner(org.hibernate.mapping.Table table, String owner) {
        if (table != null) {
            tableOwners.computeIfAbsent(table, t -> new TreeSet<>()).add(owner);
        }
    }

    private void describe(String owner, Property p, Class<?> declaring) {
        String name = owner + "." + p.getName();
        Value value = p.getValue();
        if (value instanceof Component component) {
            Class<?> type = component.getComponentClass();
            for (Property sub : component.getProperties()) {
                describe(name, sub, type);
            }
            return;
        }
        if (value instanceof Collection) {
            return;
        }
        describeValue(name, value, javaType(declaring, p.getName()));
    }

    private void describeValue(String name, Value value, String javaType) {
        if (value instanceof Component component) {
            for (Property sub : component.getProperties()) {
                describe(name, sub, component.getComponentClass());
            }
            return;
        }
        for (Selectable s : value.getSelectables()) {
            put(s, name, javaType);
        }
    }

    private void put(Selectable s, String attribute, String javaType) {
        if (s instanceof org.hibernate.mapping.Column column) {
            columnInfo.putIfAbsent(column, new String[] {attribute, javaType});
        }
    }

    private static Class<?> mappedClass(PersistentClass pc) {
        try {
            return pc.getMappedClass();
        } catch (RuntimeException dynamic) {
            return null;
        }
    }

    /** @return the simple name of a field's or getter's type, {@code int} for a primitive; {@code null} if unknown */
    private static String javaType(Class<?> declaring, String property) {
        for (Class<?> c = declaring; c != null && c != Object.class; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(property);
                return field.getType().getSimpleName();
            } catch (NoSuchFieldException next) {
                String cap = property.isEmpty() ? property
                        : Character.toUpperCase(property.charAt(0)) + property.substring(1);
                for (String getter : new String[] {"get" + cap, "is" + cap}) {
                    try {
                        Method m = c.getDeclaredMethod(getter);
                        return m.getReturnType().getSimpleName();
                    } catch (NoSuchMethodException none) {
                        // try the next
                    }
                }
            } catch (SecurityException | NoClassDefFoundError denied) {
                return null;
            }
        }
        return null;
    }

    private static String simpleName(String qualified) {
        if (qualified == null) {
            return "?";
        }
        // com.acme.Order.items -> Order.items; com.acme.Order -> Order
        String[] parts = qualified.split("\\.");
        int start = parts.length - 1;
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isEmpty() && Character.isUpperCase(parts[i].charAt(0))) {
                start = i;
                break;
            }
        }
        return String.join(".", java.util.Arrays.asList(parts).subList(start, parts.length));
    }

    // ---- the relational model

    private Snapshot snapshot() {
        Snapshot.Builder snapshot = Snapshot.builder();
        Set<String> schemas = new TreeSet<>();
        for (Namespace ns : metadata.getDatabase().getNamespaces()) {
            String schema = schemaOf(ns);
            for (org.hibernate.mapping.Table table : ns.getTables()) {
                if (!table.isPhysicalTable() || table.isView()) {
                    continue;
                }
                Table t = table(schema, table);
                schemas.add(schema);
                snapshot.put(t);
            }
            for (org.hibernate.boot.model.relational.Sequence sequence : ns.getSequences()) {
                String name = name(sequence.getName().getSequenceName());
                String seqSchema = sequence.getName().getSchemaName() == null ? schema
                        : name(sequence.getName().getSchemaName());
                schemas.add(seqSchema);
                snapshot.put(new Sequence(ObjectPath.of(seqSchema, name),
                        new SequenceOptions("bigint", sequence.getInitialValue(),
                                sequence.getIncrementSize() == 0 ? 1 : sequence.getIncrementSize(), 1,
                                Long.MAX_VALUE, 1, false),
                        null, null, null, List.of(), Attributes.empty()));
            }
        }
        for (String schema : schemas) {
            snapshot.put(SchemaDef.named(schema));
        }
        return snapshot.build();
    }

    private String schemaOf(Namespace ns) {
        Identifier schema = ns.getPhysicalName() == null ? null : ns.getPhysicalName().schema();
        return schema == null ? defaultSchema : name(schema);
    }

    private Table table(String schema, org.hibernate.mapping.Table table) {
        ObjectPath path = ObjectPath.of(schema, name(table.getNameIdentifier()));
        Table.Builder b = Table.builder(path);
        Set<String> owners = tableOwners.get(table);
        if (owners != null) {
            b.attribute(ENTITIES, String.join(", ", owners));
        }
        int position = 0;
        Set<String> pkColumns = new HashSet<>();
        org.hibernate.mapping.PrimaryKey pk = table.getPrimaryKey();
        if (pk != null) {
            pk.getColumns().forEach(c -> pkColumns.add(name(c)));
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            String name = name(column);
            String type = type(path, column);
            Map<String, String> attributes = new TreeMap<>();
            String[] info = columnInfo.get(column);
            if (info != null) {
                attributes.put(ATTRIBUTE, info[0]);
                if (info[1] != null) {
                    attributes.put(JAVA_TYPE, info[1]);
                }
            }
            if (column.isIdentity()) {
                attributes.put(GENERATION, "identity");
            }
            if (column.getSqlType() != null) {
                attributes.put(COLUMN_DEFINITION, column.getSqlType());
            }
            boolean nullable = column.isNullable() && !pkColumns.contains(name);
            b.column(new Column(name, ++position, type, nullable, null, null, null, null, null,
                    Attributes.of(attributes)));
        }
        if (pk != null && !pk.getColumns().isEmpty()) {
            b.constraint(PrimaryKey.of(pk.getName() != null ? truncate(pk.getName()) : truncate(path.name() + "_pkey"),
                    names(pk.getColumns()).toArray(String[]::new)));
        }
        Set<Set<String>> uniques = new HashSet<>();
        for (UniqueKey uk : table.getUniqueKeys().values()) {
            List<String> columns = names(uk.getColumns());
            if (uniques.add(new HashSet<>(columns))) {
                b.constraint(UniqueConstraint.of(truncate(uk.getName()), columns.toArray(String[]::new)));
            }
        }
        for (org.hibernate.mapping.Column column : table.getColumns()) {
            if (column.isUnique() && !pkColumns.contains(name(column)) && uniques.add(Set.of(name(column)))) {
                String keyName = column.getUniqueKeyName() != null ? column.getUniqueKeyName()
                        : path.name() + "_" + name(column) + "_key";
                b.constraint(new UniqueConstraint(truncate(keyName), List.of(name(column)), List.of(), false, false,
                        false, null, Attributes.of(Map.of(UNIQUE_COLUMN, "true"))));
            }
        }
        for (org.hibernate.mapping.ForeignKey fk : table.getForeignKeyCollection()) {
            if (!fk.isCreationEnabled() || fk.getReferencedTable() == null) {
                continue;
            }
            org.hibernate.mapping.Table target = fk.getReferencedTable();
            List<org.hibernate.mapping.Column> referenced = fk.isReferenceToPrimaryKey()
                    ? target.getPrimaryKey() == null ? List.of() : target.getPrimaryKey().getColumns()
                    : fk.getReferencedColumns();
            ObjectPath targetPath = ObjectPath.of(schemaOfTable(target), name(target.getNameIdentifier()));
            b.constraint(ForeignKey.of(truncate(fk.getName() == null ? path.name() + "_fkey" : fk.getName()),
                    names(fk.getColumns()), targetPath, names(referenced)));
        }
        for (org.hibernate.mapping.Index index : table.getIndexes().values()) {
            List<String> keys = new ArrayList<>();
            for (Selectable s : index.getSelectables()) {
                String order = index.getSelectableOrderMap().get(s);
                String key = s instanceof org.hibernate.mapping.Column c ? name(c) : s.getText();
                keys.add(order != null && order.trim().equalsIgnoreCase("desc") ? key + " DESC" : key);
            }
            b.index(new Index(truncate(index.getName()), index.isUnique(), "btree", keys, List.of(), null, false,
                    true, null, null, Attributes.empty()));
        }
        return b.build();
    }

    private String schemaOfTable(org.hibernate.mapping.Table table) {
        Identifier schema = table.getSchemaIdentifier();
        if (schema == null) {
            return defaultSchema;
        }
        return name(schema);
    }

    private String type(ObjectPath table, org.hibernate.mapping.Column column) {
        String definition = column.getSqlType();
        String type;
        try {
            type = definition != null ? CLAUSES.matcher(definition.strip()).replaceFirst("")
                    : column.getSqlType(metadata);
        } catch (RuntimeException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Hibernate cannot render the type of "
                    + table + "." + name(column) + " (" + e.getMessage() + "). Fix the mapping of that attribute.",
                    e);
        }
        return PgTypes.canonical(type);
    }

    private List<String> names(List<org.hibernate.mapping.Column> columns) {
        List<String> names = new ArrayList<>(columns.size());
        for (org.hibernate.mapping.Column c : columns) {
            names.add(name(c));
        }
        return names;
    }

    private static String name(org.hibernate.mapping.Column column) {
        return name(column.getName(), column.isQuoted());
    }

    private static String name(Identifier identifier) {
        return name(identifier.getText(), identifier.isQuoted());
    }

    /**
     * A quoted name keeps its case, and Hibernate keeps the quotes doubled inside it ({@code Ledger ""Entries""} for
     * {@code "Ledger ""Entries"""}), which the database's name has once; an unquoted one is folded to lower case.
     */
    private static String name(String text, boolean quoted) {
        return truncate(quoted ? text.replace("\"\"", "\"") : text.toLowerCase(Locale.ROOT));
    }

    /** PostgreSQL keeps the first 63 bytes of a longer name (NAMEDATALEN - 1), never splitting a character. */
    static String truncate(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_NAME_BYTES) {
            return name;
        }
        int end = MAX_NAME_BYTES;
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(bytes, 0, end, StandardCharsets.UTF_8);
    }
}
