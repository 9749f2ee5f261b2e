/**
 * <b>Internal: may change without notice.</b> The kinds of shadow database, and the shutdown hook that removes one when
 * the JVM stops before the build is done.
 *
 * @since 0.1.0
 */
package io.drift.flyway.internal.shadow;
