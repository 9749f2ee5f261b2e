package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.NoSuchObjectException;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * An immutable picture of a database's structure: every {@link SchemaObject}, kept per {@link ObjectKind} in path
 * order, so that a diff is one linear merge and a file written from it is in a stable order.
 *
 * <pre>{@code
 * Snapshot snapshot = Snapshot.builder()
 *         .add(SchemaDef.named("public"))
 *         .add(Table.builder(ObjectPath.of("public", "users")).column("id", "bigint").build())
 *         .build();
 * Table users = snapshot.table(ObjectPath.of("public", "users"));
 * }</pre>
 *
 * <p><b>Equality means "the same schema".</b> Two snapshots are {@linkplain #equals(Object) equal} when they hold
 * equal objects, wherever and from whichever server version they were captured: {@link #database()} is not compared,
 * so the same DDL captured on PostgreSQL 15 and on 17 gives equal snapshots. Equality is exact: every property of
 * every object, including those a diff ignores by default (column order, owners, extension versions). To ask whether
 * a database matches an expected schema, diff them ({@link io.drift.core.diff.Differ}) and look at what differs; to
 * compare the servers too, compare {@code database()} as well.
 *
 * <p>{@link #toString()} is a summary for people and test failures, such as
 * {@code Snapshot of PostgreSQL 17.11: 1 schema, 3 tables, 12 columns, 3 primary keys, 4 indexes, 1 view}; its form
 * may change.
 *
 * @since 0.1.0
 */
public final class Snapshot {

    private final DatabaseInfo database;
    private final Map<ObjectKind, NavigableMap<ObjectPath, SchemaObject>> objects;
    private final int size;

    private Snapshot(Builder builder) {
        this.database = builder.database;
        EnumMap<ObjectKind, NavigableMap<ObjectPath, SchemaObject>> copy = new EnumMap<>(ObjectKind.class);
        int count = 0;
        for (Map.Entry<ObjectKind, TreeMap<ObjectPath, SchemaObject>> e : builder.objects.entrySet()) {
            if (!e.getValue().isEmpty()) {
                copy.put(e.getKey(), Collections.unmodifiableNavigableMap(new TreeMap<>(e.getValue())));
                count += e.getValue().size();
            }
        }
        this.objects = Collections.unmodifiableMap(copy);
        this.size = count;
    }

    /** @return a builder for an empty snapshot */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a snapshot with no objects and no database information */
    public static Snapshot empty() {
        return new Builder().build();
    }

    /** @return a builder holding everything this snapshot holds */
    public Builder toBuilder() {
        Builder builder = new Builder().database(database);
        stream().forEach(builder::add);
        return builder;
    }

    /** @return the product and version this was captured from, or {@code null} for a hand-built snapshot */
    public DatabaseInfo database() {
        return database;
    }

    /** @return the number of top-level objects */
    public int size() {
        return size;
    }

    /** @return whether it holds no objects */
    public boolean isEmpty() {
        return size == 0;
    }

    /**
     * @param kind a kind
     * @return the objects of that kind keyed by path, in path order; empty when there are none
     */
    public NavigableMap<ObjectPath, SchemaObject> objects(ObjectKind kind) {
        NavigableMap<ObjectPath, SchemaObject> map = objects.get(kind);
        return map == null ? Collections.emptyNavigableMap() : map;
    }

    /** @return every object, kind by kind in {@link ObjectKind} order, then in path order */
    public Stream<SchemaObject> stream() {
        return objects.values().stream().flatMap(m -> m.values().stream());
    }

    /**
     * @param kind a kind
     * @param path a path
     * @return the object, if there is one of that kind at that path
     */
    public Optional<SchemaObject> find(ObjectKind kind, ObjectPath path) {
        return Optional.ofNullable(objects(kind).get(path));
    }

    private <T extends SchemaObject> Collection<T> typed(ObjectKind kind, Class<T> type) {
        @SuppressWarnings("unchecked")
        Collection<T> values = (Collection<T>) objects(kind).values();
        return values;
    }

    private <T extends SchemaObject> T require(ObjectKind kind, ObjectPath path, Class<T> type) {
        return find(kind, path).map(type::cast).orElseThrow(() -> new NoSuchObjectException(kind, path));
    }

    /** @return the schemas, in path order */
    public Collection<SchemaDef> schemas() {
        return typed(ObjectKind.SCHEMA, SchemaDef.class);
    }

    /** @return the extensions, in path order */
    public Collection<Extension> extensions() {
        return typed(ObjectKind.EXTENSION, Extension.class);
    }

    /** @return the tables, in path order */
    public Collection<Table> tables() {
        return typed(ObjectKind.TABLE, Table.class);
    }

    /** @return the views (not materialized), in path order */
    public Collection<View> views() {
        return typed(ObjectKind.VIEW, View.class);
    }

    /** @return the materialized views, in path order */
    public Collection<View> materializedViews() {
        return typed(ObjectKind.MATERIALIZED_VIEW, View.class);
    }

    /** @return the sequences, in path order */
    public Collection<Sequence> sequences() {
        return typed(ObjectKind.SEQUENCE, Sequence.class);
    }

    /** @return the enum types, in path order */
    public Collection<EnumType> enums() {
        return typed(ObjectKind.ENUM, EnumType.class);
    }

    /** @return the domains, in path order */
    public Collection<Domain> domains() {
        return typed(ObjectKind.DOMAIN, Domain.class);
    }

    /** @return the composite types, in path order */
    public Collection<CompositeType> compositeTypes() {
        return typed(ObjectKind.COMPOSITE_TYPE, CompositeType.class);
    }

    /** @return the functions (including aggregates and window functions), in path order */
    public Collection<Routine> functions() {
        return typed(ObjectKind.FUNCTION, Routine.class);
    }

    /** @return the procedures, in path order */
    public Collection<Routine> procedures() {
        return typed(ObjectKind.PROCEDURE, Routine.class);
    }

    /** @return the vendor objects, in path order */
    public Collection<VendorObject> vendorObjects() {
        return typed(ObjectKind.VENDOR, VendorObject.class);
    }

    /**
     * @param path a table path
     * @return the table, if there is one
     */
    public Optional<Table> findTable(ObjectPath path) {
        return find(ObjectKind.TABLE, path).map(Table.class::cast);
    }

    /**
     * @param path a table path
     * @return the table
     * @throws NoSuchObjectException when there is none
     */
    public Table table(ObjectPath path) {
        return require(ObjectKind.TABLE, path, Table.class);
    }

    /**
     * @param path a view path
     * @return the view or materialized view, if there is one
     */
    public Optional<View> findView(ObjectPath path) {
        return find(ObjectKind.VIEW, path).or(() -> find(ObjectKind.MATERIALIZED_VIEW, path)).map(View.class::cast);
    }

    /**
     * @param path a sequence path
     * @return the sequence, if there is one
     */
    public Optional<Sequence> findSequence(ObjectPath path) {
        return find(ObjectKind.SEQUENCE, path).map(Sequence.class::cast);
    }

    /**
     * Whether {@code o} is a snapshot of the same schema: the same objects, each equal in every property.
     * {@link #database()} is not compared (see the class documentation).
     *
     * @param o another object
     * @return whether it is a snapshot holding equal objects
     */
    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof Snapshot)) {
            return false;
        }
        return objects.equals(((Snapshot) o).objects);
    }

    /** @return a hash of the objects alone, consistent with {@link #equals(Object)} */
    @Override
    public int hashCode() {
        return objects.hashCode();
    }

    /**
     * @return a summary: where it was captured, and how many objects of each kind it holds, a table's columns,
     *         indexes, constraints, triggers and policies counted by kind
     *         ({@code Snapshot of PostgreSQL 17.11: 1 schema, 3 tables, 12 columns, 4 indexes}); for people only
     */
    @Override
    public String toString() {
        Map<ObjectKind, Integer> counts = new EnumMap<>(ObjectKind.class);
        for (Map.Entry<ObjectKind, NavigableMap<ObjectPath, SchemaObject>> e : objects.entrySet()) {
            counts.put(e.getKey(), e.getValue().size());
        }
        for (Table table : tables()) {
            for (Member member : table.members()) {
                counts.merge(member.kind(), 1, Integer::sum);
            }
        }
        StringBuilder out = new StringBuilder("Snapshot");
        if (database != null) {
            out.append(" of ").append(database);
        }
        out.append(": ");
        if (counts.isEmpty()) {
            return out.append("no objects").toString();
        }
        String sep = "";
        for (Map.Entry<ObjectKind, Integer> e : counts.entrySet()) {
            int n = e.getValue();
            out.append(sep).append(n).append(' ')
                    .append(n == 1 ? e.getKey().displayName() : e.getKey().pluralDisplayName());
            sep = ", ";
        }
        return out.toString();
    }

    /** Collects objects into a {@link Snapshot}. Not thread-safe. */
    public static final class Builder {
        private DatabaseInfo database;
        private final EnumMap<ObjectKind, TreeMap<ObjectPath, SchemaObject>> objects = new EnumMap<>(ObjectKind.class);

        private Builder() {
        }

        /**
         * @param value where the snapshot comes from, or {@code null}
         * @return this
         */
        public Builder database(DatabaseInfo value) {
            this.database = value;
            return this;
        }

        /**
         * @param object an object
         * @return this
         * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when an object of the same kind
         *                        already has that path
         */
        public Builder add(SchemaObject object) {
            requireNonNull(object, "object");
            SchemaObject previous = objects.computeIfAbsent(object.kind(), k -> new TreeMap<>())
                    .putIfAbsent(object.path(), object);
            if (previous != null) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Two " + object.kind().displayName()
                        + " objects at " + object.path() + ". A snapshot holds one object of a kind per path: use"
                        + " put(object) to replace the first.");
            }
            return this;
        }

        /**
         * @param objects objects
         * @return this
         */
        public Builder addAll(Collection<? extends SchemaObject> objects) {
            objects.forEach(this::add);
            return this;
        }

        /**
         * @param object an object to put in place of the one of the same kind and path, if any
         * @return this
         */
        public Builder put(SchemaObject object) {
            requireNonNull(object, "object");
            objects.computeIfAbsent(object.kind(), k -> new TreeMap<>()).put(object.path(), object);
            return this;
        }

        /**
         * @param kind the kind
         * @param path the path
         * @return this, without the object of that kind at that path
         */
        public Builder remove(ObjectKind kind, ObjectPath path) {
            TreeMap<ObjectPath, SchemaObject> map = objects.get(kind);
            if (map != null) {
                map.remove(path);
            }
            return this;
        }

        /** @return the snapshot */
        public Snapshot build() {
            return new Snapshot(this);
        }
    }
}
