package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table: regular, partitioned or foreign, possibly unlogged, a partition or an inheritance child. Path:
 * {@code public.users}.
 *
 * <p>Members are kept sorted (columns by position, the rest by name), so two tables built from the same DDL are equal
 * whatever order a catalog returned their parts in. Use {@link #builder(ObjectPath)} to make one.
 *
 * @param path             the qualified name
 * @param tableKind        regular, partitioned or foreign
 * @param unlogged         whether it is {@code UNLOGGED}
 * @param columns          the columns, by position
 * @param indexes          indexes that are not the implementation of a constraint, by name
 * @param constraints      primary key, unique, foreign key, check and exclusion constraints, by name
 * @param triggers         triggers (not internal ones that implement constraints), by name
 * @param policies         row-level security policies, by name
 * @param partitionKey     for a partitioned table, the key: {@code RANGE (created_at)}; otherwise {@code null}
 * @param partitionBound   for a partition, its bound: {@code FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')};
 *                         otherwise {@code null}
 * @param parents          the partitioned parent of a partition, or the inheritance parents in order
 * @param rowSecurity      whether row-level security is enabled
 * @param forceRowSecurity whether it is forced for the owner too
 * @param owner            the owning role, or {@code null} when not captured
 * @param comment          the comment, or {@code null}
 * @param grants           table-level privileges, sorted
 * @param attributes       vendor properties ({@code pg.fillfactor}, {@code pg.tablespace}, {@code pg.server}…)
 * @since 0.1.0
 */
public record Table(ObjectPath path, TableKind tableKind, boolean unlogged, List<Column> columns, List<Index> indexes,
                    List<Constraint> constraints, List<Trigger> triggers, List<Policy> policies, String partitionKey,
                    String partitionBound, List<ObjectPath> parents, boolean rowSecurity, boolean forceRowSecurity,
                    String owner, String comment, List<Grant> grants, Attributes attributes) implements SchemaObject {

    public Table {
        requireNonNull(path, "path");
        requireNonNull(tableKind, "tableKind");
        columns = sorted(columns, Comparator.comparingInt(Column::position).thenComparing(Column::name));
        indexes = sorted(indexes, Comparator.comparing(Index::name));
        constraints = sorted(constraints, Comparator.comparing(Constraint::name)
                .thenComparing(c -> c.kind().ordinal()));
        triggers = sorted(triggers, Comparator.comparing(Trigger::name));
        policies = sorted(policies, Comparator.comparing(Policy::name));
        parents = List.copyOf(parents);
        grants = Lists.sortedGrants(grants);
        attributes = Lists.orEmpty(attributes);
    }

    private static <T> List<T> sorted(List<T> values, Comparator<? super T> order) {
        List<T> copy = new ArrayList<>(values);
        copy.sort(order);
        return List.copyOf(copy);
    }

    @Override
    public ObjectKind kind() {
        return ObjectKind.TABLE;
    }

    /**
     * @param name a column name
     * @return the column, if the table has it
     */
    public Optional<Column> findColumn(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** @return the primary key, if there is one */
    public Optional<PrimaryKey> primaryKey() {
        return constraints.stream().filter(PrimaryKey.class::isInstance).map(PrimaryKey.class::cast).findFirst();
    }

    /** @return every member (columns, constraints, indexes, triggers, policies), in that order */
    public List<Member> members() {
        List<Member> all = new ArrayList<>(columns.size() + constraints.size() + indexes.size() + triggers.size()
                + policies.size());
        all.addAll(columns);
        all.addAll(constraints);
        all.addAll(indexes);
        all.addAll(triggers);
        all.addAll(policies);
        return all;
    }

    /** @return a builder initialised from this table */
    public Builder toBuilder() {
        Builder b = new Builder(path);
        b.tableKind = tableKind;
        b.unlogged = unlogged;
        b.columns.addAll(columns);
        b.indexes.addAll(indexes);
        b.constraints.addAll(constraints);
        b.triggers.addAll(triggers);
        b.policies.addAll(policies);
        b.partitionKey = partitionKey;
        b.partitionBound = partitionBound;
        b.parents.addAll(parents);
        b.rowSecurity = rowSecurity;
        b.forceRowSecurity = forceRowSecurity;
        b.owner = owner;
        b.comment = comment;
        b.grants.addAll(grants);
        b.attributes = attributes;
        return b;
    }

    /**
     * @param path the table's qualified name
     * @return a builder for a regular, empty table
     */
    public static Builder builder(ObjectPath path) {
        return new Builder(path);
    }

    /** Builds a {@link Table}; every collection starts empty and every flag false. */
    public static final class Builder {
        private final ObjectPath path;
        private TableKind tableKind = TableKind.REGULAR;
        private boolean unlogged;
        private final List<Column> columns = new ArrayList<>();
        private final List<Index> indexes = new ArrayList<>();
        private final List<Constraint> constraints = new ArrayList<>();
        private final List<Trigger> triggers = new ArrayList<>();
        private final List<Policy> policies = new ArrayList<>();
        private String partitionKey;
        private String partitionBound;
        private final List<ObjectPath> parents = new ArrayList<>();
        private boolean rowSecurity;
        private boolean forceRowSecurity;
        private String owner;
        private String comment;
        private final List<Grant> grants = new ArrayList<>();
        private Attributes attributes = Attributes.empty();

        private Builder(ObjectPath path) {
            this.path = requireNonNull(path, "path");
        }

        public Builder tableKind(TableKind value) {
            this.tableKind = requireNonNull(value, "tableKind");
            return this;
        }

        public Builder unlogged(boolean value) {
            this.unlogged = value;
            return this;
        }

        public Builder column(Column value) {
            columns.add(requireNonNull(value, "column"));
            return this;
        }

        /** Adds a nullable column with no default at the next position. */
        public Builder column(String name, String type) {
            return column(Column.of(name, columns.size() + 1, type));
        }

        public Builder columns(List<Column> values) {
            columns.clear();
            columns.addAll(values);
            return this;
        }

        public Builder index(Index value) {
            indexes.add(requireNonNull(value, "index"));
            return this;
        }

        public Builder indexes(List<Index> values) {
            indexes.clear();
            indexes.addAll(values);
            return this;
        }

        public Builder constraint(Constraint value) {
            constraints.add(requireNonNull(value, "constraint"));
            return this;
        }

        public Builder constraints(List<Constraint> values) {
            constraints.clear();
            constraints.addAll(values);
            return this;
        }

        public Builder trigger(Trigger value) {
            triggers.add(requireNonNull(value, "trigger"));
            return this;
        }

        public Builder triggers(List<Trigger> values) {
            triggers.clear();
            triggers.addAll(values);
            return this;
        }

        public Builder policy(Policy value) {
            policies.add(requireNonNull(value, "policy"));
            return this;
        }

        public Builder policies(List<Policy> values) {
            policies.clear();
            policies.addAll(values);
            return this;
        }

        public Builder partitionKey(String value) {
            this.partitionKey = value;
            return this;
        }

        public Builder partitionBound(String value) {
            this.partitionBound = value;
            return this;
        }

        public Builder parent(ObjectPath value) {
            parents.add(requireNonNull(value, "parent"));
            return this;
        }

        public Builder rowSecurity(boolean value) {
            this.rowSecurity = value;
            return this;
        }

        public Builder forceRowSecurity(boolean value) {
            this.forceRowSecurity = value;
            return this;
        }

        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder grant(Grant value) {
            grants.add(requireNonNull(value, "grant"));
            return this;
        }

        public Builder grants(List<Grant> values) {
            grants.clear();
            grants.addAll(values);
            return this;
        }

        public Builder attributes(Attributes value) {
            this.attributes = requireNonNull(value, "attributes");
            return this;
        }

        public Builder attribute(String key, String value) {
            this.attributes = attributes.with(key, value);
            return this;
        }

        public Table build() {
            return new Table(path, tableKind, unlogged, columns, indexes, constraints, triggers, policies,
                    partitionKey, partitionBound, parents, rowSecurity, forceRowSecurity, owner, comment, grants,
                    attributes);
        }
    }
}
