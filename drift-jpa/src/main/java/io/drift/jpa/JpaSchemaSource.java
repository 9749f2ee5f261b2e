package io.drift.jpa;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.core.diff.Declared;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.Snapshot;
import io.drift.core.spi.ExpectedSchemaSource;
import io.drift.jpa.internal.Bootstrap;
import io.drift.jpa.internal.ClassScanner;
import io.drift.jpa.internal.MetadataReader;
import io.drift.jpa.internal.SpringImplicitNaming;
import io.drift.jpa.internal.TypeRules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.boot.Metadata;

/**
 * The schema an application's JPA entities expect, read from Hibernate ORM's boot metamodel without connecting to a
 * database and without generating DDL into one: tables, columns with their types as Hibernate's PostgreSQL dialect
 * renders them, nullability, primary keys, unique constraints, foreign keys, the indexes of {@code @Table(indexes = …)},
 * sequences and schemas.
 *
 * <pre>{@code
 * JpaSchemaSource entities = JpaSchemaSource.builder()
 *         .packages("com.acme.domain")                     // or .entities(Customer.class, …), or .persistenceUnit("app")
 *         .naming(JpaSchemaSource.Naming.SPRING)           // Spring Boot's column and join table names
 *         .build();
 * SchemaDiff diff = Drift.configure().expected(entities).load().diff(dataSource);
 *
 * JpaSchemaSource running = JpaSchemaSource.of(entityManagerFactory);   // the application's own mapping
 * }</pre>
 *
 * <p>It is a <b>partial</b> source ({@link #declared()}): entities do not declare the database's defaults, triggers,
 * views, check constraints, comments, grants or owners, nor the names of most constraints and indexes, so a diff
 * against it reports none of those; keys and indexes are matched by their columns; a table or column no entity maps is
 * unexpected; and column types are judged by compatibility, not spelling (the rules are in {@code docs/jpa.md}). Tables
 * that the mapping does not qualify with a schema are expected in {@code public} unless {@link Builder#defaultSchema}
 * says otherwise (the {@code jpa.model} check asks the database for its {@code current_schema()}).
 *
 * <p>Thread-safe; the mapping is read once, on the first {@link #load()}.
 *
 * @since 0.1.0
 */
public final class JpaSchemaSource implements ExpectedSchemaSource {

    /**
     * What entities declare: schemas, tables (listed in full), columns (listed in full; type and nullability, judged
     * by compatibility), primary keys, unique constraints, foreign keys and indexes (matched by their columns), and
     * sequences (their increment, which must match an id generator's allocation size).
     */
    static final Declared DECLARED = Declared.builder()
            .kind(ObjectKind.SCHEMA)
            .kind(ObjectKind.TABLE)
            .kind(ObjectKind.COLUMN, "type", "nullable")
            .kind(ObjectKind.PRIMARY_KEY, "columns")
            .kind(ObjectKind.UNIQUE_CONSTRAINT, "columns")
            .kind(ObjectKind.FOREIGN_KEY, "columns", "referencedTable", "referencedColumns")
            .kind(ObjectKind.INDEX, "keys", "unique")
            .kind(ObjectKind.SEQUENCE, "increment")
            .listsEvery(ObjectKind.TABLE, ObjectKind.COLUMN)
            .matchByColumns(ObjectKind.PRIMARY_KEY, ObjectKind.UNIQUE_CONSTRAINT, ObjectKind.FOREIGN_KEY,
                    ObjectKind.INDEX)
            .columnRule("type", TypeRules::severity)
            .columnRule("nullable", (e, a) -> Optional.of(nullability(e.nullable(), a.nullable(),
                    e.attributes().find(MetadataReader.JAVA_TYPE).orElse(null))))
            .build();

    /** How entity and attribute names become table and column names when the mapping does not name them. */
    public enum Naming {
        /** Hibernate's own defaults: the names as written ({@code customerName}, which PostgreSQL folds to lower case). */
        HIBERNATE,
        /**
         * Spring Boot's defaults: {@code CamelCaseToUnderscoresNamingStrategy} ({@code customer_name}) and join tables
         * named after the owning table and attribute ({@code orders_items}).
         */
        SPRING
    }

    private final String description;
    private final Supplier<Snapshot> reader;
    private final String defaultSchema;
    private volatile Snapshot raw;

    private JpaSchemaSource(String description, Supplier<Snapshot> reader, String defaultSchema) {
        this.description = description;
        this.reader = reader;
        this.defaultSchema = defaultSchema;
    }

    /**
     * The mapping of a factory the application built. When drift-jpa was on the class path as the factory was built,
     * its exact boot metamodel was read then (a Hibernate {@code Integrator}, registered through
     * {@code META-INF/services}); otherwise the mapping is rebuilt from the factory's managed classes and mapping
     * settings, which leaves out {@code orm.xml} files.
     *
     * @param factory a Hibernate {@code EntityManagerFactory} or {@code SessionFactory}
     * @return the source
     */
    public static JpaSchemaSource of(EntityManagerFactory factory) {
        requireNonNull(factory, "factory");
        return new JpaSchemaSource("the entities of " + factory.getClass().getSimpleName(),
                () -> Bootstrap.fromFactory(factory), "public");
    }

    /**
     * @param metadata Hibernate's boot metamodel, built for PostgreSQL (from an {@code Integrator}, or
     *                 {@code MetadataSources})
     * @return the source
     */
    public static JpaSchemaSource of(Metadata metadata) {
        requireNonNull(metadata, "metadata");
        Snapshot snapshot = MetadataReader.read(metadata);
        return new JpaSchemaSource("the entities' metadata", () -> snapshot, "public");
    }

    /** @return a builder: entities, packages or a persistence unit, and settings */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public String description() {
        return description;
    }

    /**
     * @return the schema the entities expect, unqualified tables in the default schema
     * @throws DriftException ({@link DriftException.Reason#INVALID_ARGUMENT}) when the entities cannot be found or
     *                        mapped, naming the cause
     */
    @Override
    public Snapshot load() {
        return load(defaultSchema);
    }

    /**
     * @param schema the schema that unqualified table names resolve to
     * @return the schema the entities expect
     */
    public Snapshot load(String schema) {
        return MetadataReader.relocate(raw(), requireNonNull(schema, "schema"));
    }

    private Snapshot raw() {
        Snapshot r = raw;
        if (r == null) {
            synchronized (this) {
                r = raw;
                if (r == null) {
                    r = reader.get();
                    raw = r;
                }
            }
        }
        return r;
    }

    /** @return the schema unqualified tables are expected in unless a caller says otherwise */
    public String defaultSchema() {
        return defaultSchema;
    }

    /** @return what entities declare (see the class comment) */
    @Override
    public Declared declared() {
        return DECLARED;
    }

    @Override
    public String toString() {
        return "JpaSchemaSource[" + description + "]";
    }

    static Severity nullability(boolean expectedNullable, boolean actualNullable, String javaType) {
        if (!expectedNullable && actualNullable) {
            return isPrimitive(javaType) ? Severity.ERROR : Severity.WARNING;
        }
        return Severity.WARNING;
    }

    static boolean isPrimitive(String javaType) {
        return javaType != null && List.of("int", "long", "short", "byte", "boolean", "char", "float", "double")
                .contains(javaType);
    }

    /** Builds a {@link JpaSchemaSource}. Not thread-safe. */
    public static final class Builder {
        private final Set<Class<?>> classes = new LinkedHashSet<>();
        private final List<String> packages = new ArrayList<>();
        private String persistenceUnit;
        private ClassLoader classLoader;
        private String defaultSchema = "public";
        private Naming naming = Naming.HIBERNATE;
        private final Map<String, Object> properties = new LinkedHashMap<>();

        private Builder() {
        }

        /**
         * @param values entity, embeddable and mapped superclass classes
         * @return this
         */
        public Builder entities(Class<?>... values) {
            for (Class<?> c : values) {
                classes.add(requireNonNull(c, "entity class"));
            }
            return this;
        }

        /**
         * @param values entity, embeddable and mapped superclass classes
         * @return this
         */
        public Builder entities(java.util.Collection<Class<?>> values) {
            values.forEach(this::entities);
            return this;
        }

        /**
         * @param values packages whose entities, embeddables and mapped superclasses (sub-packages included) are read
         * @return this
         */
        public Builder packages(String... values) {
            for (String p : values) {
                packages.add(requireNonNull(p, "package"));
            }
            return this;
        }

        /**
         * @param name a persistence unit in {@code META-INF/persistence.xml}; its classes, mapping files and
         *             properties are read, its data source is not used
         * @return this
         */
        public Builder persistenceUnit(String name) {
            this.persistenceUnit = requireNonNull(name, "persistenceUnit");
            return this;
        }

        /**
         * @param value where packages, {@code persistence.xml} and classes are looked up (default: the thread's
         *              context class loader, else drift-jpa's)
         * @return this
         */
        public Builder classLoader(ClassLoader value) {
            this.classLoader = requireNonNull(value, "classLoader");
            return this;
        }

        /**
         * @param value the schema unqualified table names resolve to (default {@code public})
         * @return this
         */
        public Builder defaultSchema(String value) {
            this.defaultSchema = requireNonNull(value, "defaultSchema");
            return this;
        }

        /**
         * @param value how names are made from entity and attribute names (default {@link Naming#HIBERNATE});
         *              a naming strategy set as a property wins
         * @return this
         */
        public Builder naming(Naming value) {
            this.naming = requireNonNull(value, "naming");
            return this;
        }

        /**
         * @param key   a Hibernate setting that shapes the mapping ({@code hibernate.physical_naming_strategy},
         *              {@code hibernate.default_schema}, {@code hibernate.type.preferred_uuid_jdbc_type})
         * @param value its value: a string, or what Hibernate accepts for it
         * @return this
         */
        public Builder property(String key, Object value) {
            properties.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
            return this;
        }

        /**
         * @return the source; the mapping is read on the first {@link JpaSchemaSource#load()}
         * @throws DriftException ({@link DriftException.Reason#INVALID_ARGUMENT}) when neither entities, packages
         *                        nor a persistence unit were given, or a persistence unit together with either
         */
        public JpaSchemaSource build() {
            if (classes.isEmpty() && packages.isEmpty() && persistenceUnit == null) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No entities to read: give entity"
                        + " classes (entities(…)), packages to scan (packages(…)) or a persistence unit"
                        + " (persistenceUnit(…)).");
            }
            if (persistenceUnit != null && (!classes.isEmpty() || !packages.isEmpty())) {
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "A persistence unit lists its own"
                        + " classes: give either the persistence unit '" + persistenceUnit + "' or entities and"
                        + " packages, not both.");
            }
            ClassLoader loader = classLoader != null ? classLoader
                    : Thread.currentThread().getContextClassLoader() != null
                    ? Thread.currentThread().getContextClassLoader() : JpaSchemaSource.class.getClassLoader();
            Map<String, Object> settings = new LinkedHashMap<>();
            if (naming == Naming.SPRING) {
                settings.put("hibernate.physical_naming_strategy",
                        "org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy");
                settings.put("hibernate.implicit_naming_strategy", SpringImplicitNaming.class.getName());
            }
            settings.putAll(properties);
            List<Class<?>> entities = new ArrayList<>(classes);
            List<String> scanned = List.copyOf(packages);
            String unit = persistenceUnit;
            String description;
            Supplier<Snapshot> reader;
            if (unit != null) {
                description = "the entities of persistence unit '" + unit + "'";
                reader = () -> Bootstrap.fromPersistenceUnit(unit, settings, loader);
            } else {
                description = "the entities" + (scanned.isEmpty() ? "" : " in " + String.join(", ", scanned))
                        + (entities.isEmpty() ? "" : (scanned.isEmpty() ? " " : " and ") + describe(entities));
                reader = () -> {
                    List<Class<?>> all = new ArrayList<>(entities);
                    for (Class<?> c : ClassScanner.scan(scanned, loader)) {
                        if (!all.contains(c)) {
                            all.add(c);
                        }
                    }
                    return Bootstrap.fromClasses(all, settings, loader);
                };
            }
            return new JpaSchemaSource(description, reader, defaultSchema);
        }

        private static String describe(List<Class<?>> entities) {
            if (entities.size() > 3) {
                return entities.size() + " classes";
            }
            List<String> names = new ArrayList<>();
            entities.forEach(c -> names.add(c.getSimpleName()));
            return String.join(", ", names);
        }
    }
}
