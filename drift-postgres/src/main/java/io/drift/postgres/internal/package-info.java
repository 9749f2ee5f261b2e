/**
 * <b>Internal: may change without notice.</b> JDBI catalog readers; their SQL lives in
 * {@code io/drift/postgres/internal/sql/*.sql}, one file per query. And the checks drift-postgres provides
 * ({@code row-counts}), whose SQL lives apart, in {@code io/drift/postgres/internal/checks/}.
 */
package io.drift.postgres.internal;
