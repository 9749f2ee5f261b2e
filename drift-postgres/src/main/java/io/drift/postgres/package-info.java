/**
 * <b>API.</b> The PostgreSQL adapter: {@link io.drift.postgres.PostgresSnapshotProvider} captures the catalog of
 * PostgreSQL 12 to 18 in a fixed number of queries (found through {@code META-INF/services} by
 * {@code Drift.capture}), {@link io.drift.postgres.PostgresConnections} opens connections whose failures name the cause,
 * {@link io.drift.postgres.JdbcUrls} keeps passwords out of messages, and {@link io.drift.postgres.PgAttributes} names
 * the vendor attributes it records.
 *
 * @since 0.1.0
 */
package io.drift.postgres;
