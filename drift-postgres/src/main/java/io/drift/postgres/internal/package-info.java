/**
 * <b>Internal: may change without notice.</b> JDBI catalog readers; their SQL lives in
 * {@code io/drift/postgres/internal/sql/*.sql}, one file per query for every server version, with the variants of
 * the lines that differ between versions in {@code --#if pg >= N} blocks (see {@code Sql}). And the checks
 * drift-postgres provides ({@code row-counts}), whose SQL lives apart, in {@code io/drift/postgres/internal/checks/}.
 */
package io.drift.postgres.internal;
