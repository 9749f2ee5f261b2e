package io.drift.jpa;

import static java.util.Objects.requireNonNull;

import io.drift.core.check.Check;

import jakarta.persistence.EntityManagerFactory;

/**
 * The {@code jpa.model} check, made with the application's entities.
 *
 * <pre>{@code
 * CheckReport report = Drift.guard(dataSource)
 *         .checks(JpaChecks.model(entityManagerFactory))   // the mapping the application runs with
 *         .build()
 *         .run();
 * }</pre>
 *
 * @since 0.1.0
 */
public final class JpaChecks {

    private JpaChecks() {
    }

    /**
     * @param factory the application's Hibernate {@code EntityManagerFactory} or {@code SessionFactory}
     * @return the check, on by default; its entities come from the factory (see {@link JpaSchemaSource#of})
     */
    public static Check model(EntityManagerFactory factory) {
        return new JpaModelCheck(JpaSchemaSource.of(requireNonNull(factory, "factory")));
    }

    /**
     * @param entities the entities, as a source built from classes, packages or a persistence unit
     * @return the check, on by default
     */
    public static Check model(JpaSchemaSource entities) {
        return new JpaModelCheck(requireNonNull(entities, "entities"));
    }

    /**
     * @param entityClasses entity, embeddable and mapped superclass classes
     * @return the check, on by default
     */
    public static Check model(Class<?>... entityClasses) {
        return new JpaModelCheck(JpaSchemaSource.builder().entities(entityClasses).build());
    }
}
