package io.drift.test.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A database already migrated by Flyway, for {@link PostgresExtension} to inject as a
 * {@link io.drift.test.postgres.TestDatabase} or a {@link javax.sql.DataSource}.
 *
 * <p>On a parameter it applies to that parameter; on a test class, to every {@code TestDatabase} and
 * {@code DataSource} parameter of the class that has no {@code @Migrated} of its own. The migrations run once per
 * class, server and configuration, into a template database; each test then gets its own copy of it
 * ({@code CREATE DATABASE … TEMPLATE …}, far faster than migrating again), dropped after the test; or, with
 * {@link #shared()}, the one migrated database itself, shared by every test of the class.
 *
 * <pre>{@code
 * @ExtendWith(PostgresExtension.class)
 * @Migrated(locations = "classpath:db/migration")
 * class OrdersRepositoryIT {
 *     @Test
 *     void finds_open_orders(TestDatabase db) {
 *         assertThat(db.dataSource()).hasTable("public.orders");
 *     }
 * }
 * }</pre>
 *
 * <p>Needs Flyway on the test class path ({@code org.flywaydb:flyway-core} and
 * {@code org.flywaydb:flyway-database-postgresql}); a migration that fails fails the test with Flyway's message.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.PARAMETER})
public @interface Migrated {

    /** @return Flyway locations, as Flyway takes them ({@code classpath:db/migration}, {@code filesystem:sql}) */
    String[] locations() default {"classpath:db/migration"};

    /** @return the schemas Flyway manages, the first holding its history table; none means Flyway's default */
    String[] schemas() default {};

    /** @return placeholders, each {@code name=value} */
    String[] placeholders() default {};

    /** @return whether every test of the class gets the same migrated database, rather than a copy of its own */
    boolean shared() default false;
}
