/**
 * <b>Internal: may change without notice.</b> Building Hibernate's boot metamodel without a database, reading it into a
 * snapshot, PostgreSQL type spellings and the type compatibility rules.
 */
package io.drift.jpa.internal;
