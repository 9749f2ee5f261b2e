/**
 * <b>API.</b> Drift the PostgreSQL adapter: catalog capture in a fixed number of queries, PostgreSQL health checks.
 *
 * @since 0.1.0
 */
package io.drift.postgres;
