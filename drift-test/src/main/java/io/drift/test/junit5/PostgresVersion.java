package io.drift.test.junit5;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The PostgreSQL major version {@link PostgresExtension} injects, on a test class or method (the method wins).
 * Without it, {@link io.drift.test.postgres.TestPostgres#defaultVersion()}.
 *
 * @since 0.1.0
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface PostgresVersion {

    /** @return the major version, 12 to 18 */
    int value();
}
