/**
 * <b>Internal: may change without notice.</b> JDBI catalog readers; their SQL lives in
 * {@code io/drift/postgres/internal/sql/*.sql}, one file per query.
 */
package io.drift.postgres.internal;
