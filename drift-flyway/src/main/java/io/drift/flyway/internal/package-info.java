/**
 * <b>Internal: may change without notice.</b> How drift-flyway reads Flyway's status without writing, starts and drops
 * shadow databases, reads Flyway's configuration files, and stores an expected snapshot with its migrations' checksums.
 *
 * @since 0.1.0
 */
package io.drift.flyway.internal;
