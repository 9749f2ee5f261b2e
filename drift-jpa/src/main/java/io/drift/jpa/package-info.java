/**
 * <b>API.</b> The schema an application's JPA entities expect, compared with the real database:
 * {@link io.drift.jpa.JpaSchemaSource} (a partial expected source read from Hibernate ORM's boot metamodel) and the
 * {@code jpa.model} check ({@link io.drift.jpa.JpaChecks}).
 *
 * <pre>{@code
 * CheckReport report = CheckRunner.builder()
 *         .checks(JpaChecks.model(entityManagerFactory))
 *         .build()
 *         .run(dataSource);
 * }</pre>
 *
 * @since 0.1.0
 */
package io.drift.jpa;
