/**
 * <b>API.</b> JUnit 5 support: {@link io.drift.test.junit5.PostgresExtension} injects a server or a fresh database.
 *
 * @since 0.1.0
 */
package io.drift.test.junit5;
