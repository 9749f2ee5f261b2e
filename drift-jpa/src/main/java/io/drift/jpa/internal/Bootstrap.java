package io.drift.jpa.internal;

import io.drift.core.DriftException;
import io.drift.core.model.Snapshot;

import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.metamodel.ManagedType;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.BootstrapServiceRegistry;
import org.hibernate.boot.registry.BootstrapServiceRegistryBuilder;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.jpa.boot.spi.EntityManagerFactoryBuilder;
import org.hibernate.jpa.boot.spi.PersistenceUnitDescriptor;
import org.hibernate.jpa.boot.spi.PersistenceXmlParser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds Hibernate's boot metamodel for PostgreSQL without a database: the dialect is given, access to JDBC metadata
 * at boot is off, schema management is off, and no {@code SessionFactory} is built, so nothing connects and no DDL
 * runs anywhere.
 */
public final class Bootstrap {

    private static final Logger log = LoggerFactory.getLogger(Bootstrap.class);

    /** Settings of a factory that shape the relational model, copied when one is rebuilt from its classes. */
    private static final List<String> MAPPING_SETTINGS = List.of("hibernate.physical_naming_strategy",
            "hibernate.implicit_naming_strategy", "hibernate.default_schema", "hibernate.default_catalog",
            "hibernate.globally_quoted_identifiers", "hibernate.auto_quote_keyword", "hibernate.type.",
            "hibernate.id.", "hibernate.timezone.", "hibernate.column_ordering_strategy",
            "hibernate.use_nationalized_character_data", "hibernate.implicit_naming_strategy",
            "hibernate.dialect");

    private Bootstrap() {
    }

    /** The settings that keep Hibernate away from any database, over the caller's own. */
    static Map<String, Object> offline(Map<String, ?> properties) {
        Map<String, Object> settings = new HashMap<>(properties);
        if (!settings.containsKey("hibernate.dialect") && !settings.containsKey("jakarta.persistence.database-product-name")) {
            // Named as a database rather than a dialect class: Hibernate picks its PostgreSQL dialect for it without
            // the warning it logs when hibernate.dialect names a dialect it would have chosen itself.
            settings.put("jakarta.persistence.database-product-name", "PostgreSQL");
            settings.put("jakarta.persistence.database-major-version", "14");
        }
        settings.put("hibernate.boot.allow_jdbc_metadata_access", "false");
        settings.put("hibernate.hbm2ddl.auto", "none");
        settings.put("jakarta.persistence.schema-generation.database.action", "none");
        settings.put("jakarta.persistence.schema-generation.scripts.action", "none");
        settings.put("hibernate.temp.use_jdbc_metadata_defaults", "false");
        return settings;
    }

    /**
     * @param classes    entity, embeddable and mapped superclass classes
     * @param properties Hibernate settings (naming strategies, default schema)
     * @param loader     where Hibernate loads classes and services from
     * @return the expected schema, unqualified tables in {@link MetadataReader#UNQUALIFIED}
     */
    public static Snapshot fromClasses(Collection<Class<?>> classes, Map<String, ?> properties, ClassLoader loader) {
        if (classes.isEmpty()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No entity classes to read: give entity"
                    + " classes, packages that hold them, or a persistence unit.");
        }
        BootstrapServiceRegistry bootstrap = new BootstrapServiceRegistryBuilder().applyClassLoader(loader).build();
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder(bootstrap)
                .applySettings(offline(properties)).build();
        try {
            MetadataSources sources = new MetadataSources(registry);
            // In name order: Hibernate places a hierarchy's columns in the order it meets the classes, and the same
            // entities must give the same snapshot however they were listed.
            List<Class<?>> sorted = new ArrayList<>(classes);
            sorted.sort(java.util.Comparator.comparing(Class::getName));
            for (Class<?> c : sorted) {
                sources.addAnnotatedClass(c);
            }
            Metadata metadata = sources.getMetadataBuilder().build();
            if (metadata.getEntityBindings().isEmpty()) {
                List<String> names = new ArrayList<>();
                classes.forEach(c -> names.add(c.getName()));
                throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "None of the classes given is an"
                        + " entity (" + String.join(", ", names) + "): give classes annotated with @Entity, with"
                        + " their embeddables and mapped superclasses.");
            }
            return MetadataReader.read(metadata);
        } catch (DriftException e) {
            throw e;
        } catch (RuntimeException e) {
            throw mappingError(e);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /**
     * @param unit       the persistence unit's name in {@code META-INF/persistence.xml}
     * @param properties settings over the unit's own
     * @param loader     where to find {@code persistence.xml} and the classes
     * @return the expected schema
     */
    public static Snapshot fromPersistenceUnit(String unit, Map<String, ?> properties, ClassLoader loader) {
        List<URL> urls = new ArrayList<>();
        try {
            Enumeration<URL> found = loader.getResources("META-INF/persistence.xml");
            while (found.hasMoreElements()) {
                urls.add(found.nextElement());
            }
        } catch (java.io.IOException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT,
                    "Cannot list META-INF/persistence.xml on the class path: " + e.getMessage(), e);
        }
        if (urls.isEmpty()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No META-INF/persistence.xml on the"
                    + " class path, so there is no persistence unit '" + unit + "'. Put the application's classes on"
                    + " the class path, or give the entity classes or packages instead.");
        }
        Map<String, Object> integration = offline(properties);
        Map<String, PersistenceUnitDescriptor> units;
        try {
            units = PersistenceXmlParser.create(integration, loader, null).parse(urls);
        } catch (RuntimeException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Cannot read persistence.xml ("
                    + urls + "): " + e.getMessage(), e);
        }
        PersistenceUnitDescriptor descriptor = units.get(unit);
        if (descriptor == null) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "No persistence unit '" + unit
                    + "' in " + urls + "; the units there: " + String.join(", ", new java.util.TreeSet<>(units.keySet()))
                    + ".");
        }
        // The unit's own data source and schema actions must not run: no connection, no DDL.
        integration.put("jakarta.persistence.nonJtaDataSource", "");
        integration.put("jakarta.persistence.jtaDataSource", "");
        EntityManagerFactoryBuilder builder = null;
        try {
            builder = org.hibernate.jpa.boot.spi.Bootstrap.getEntityManagerFactoryBuilder(descriptor, integration,
                    loader);
            return MetadataReader.read(builder.metadata());
        } catch (DriftException e) {
            throw e;
        } catch (RuntimeException e) {
            throw mappingError(e);
        } finally {
            if (builder != null) {
                builder.cancel();
            }
        }
    }

    /**
     * The schema of a factory the application built: as the integrator saw its metadata when it was built, or, when
     * the integrator was not on its class path then, rebuilt from its managed classes and mapping settings.
     *
     * @param factory a Hibernate {@code EntityManagerFactory} or {@code SessionFactory}
     * @return the expected schema
     */
    public static Snapshot fromFactory(EntityManagerFactory factory) {
        SessionFactoryImplementor sf;
        try {
            sf = factory.unwrap(SessionFactoryImplementor.class);
        } catch (RuntimeException e) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The EntityManagerFactory "
                    + factory.getClass().getName() + " is not Hibernate's: drift-jpa reads Hibernate ORM's mapping."
                    + " Give the entity classes instead.", e);
        }
        Snapshot captured = CapturedMetadata.find(sf);
        if (captured != null) {
            return captured;
        }
        log.debug("No metadata captured for {}; rebuilding it from its managed classes", sf);
        Set<Class<?>> classes = new LinkedHashSet<>();
        for (ManagedType<?> type : sf.getMetamodel().getManagedTypes()) {
            Class<?> javaType = type.getJavaType();
            if (javaType != null && javaType != Map.class && !javaType.isPrimitive()) {
                classes.add(javaType);
            }
        }
        Map<String, Object> settings = new HashMap<>();
        sf.getProperties().forEach((k, v) -> {
            for (String prefix : MAPPING_SETTINGS) {
                if (k.startsWith(prefix) && v != null) {
                    settings.put(k, v);
                }
            }
        });
        ClassLoader loader = classes.isEmpty() ? Bootstrap.class.getClassLoader()
                : classes.iterator().next().getClassLoader();
        return fromClasses(classes, settings, loader);
    }

    private static DriftException mappingError(RuntimeException e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = e.getMessage() + (root != e ? " (" + root.getMessage() + ")" : "");
        return new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Hibernate cannot map the entities: "
                + message + ". Fix the mapping, as the application itself would fail to start with it.", e);
    }
}
