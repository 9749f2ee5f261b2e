/**
 * Internal: may change without notice. The PostgreSQL health checks: pg-index-health's checks run on a lent
 * read-only connection ({@code IndexHealthCheck}, {@code LentDataSource}), Drift's own checks for the dangers
 * pg-index-health lacks, and their SQL in {@code io/drift/postgres/health/internal/sql/}.
 */
package io.drift.postgres.health.internal;
