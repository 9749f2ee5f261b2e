/**
 * API: PostgreSQL health checks for Drift's {@link io.drift.core.check.CheckRunner}, built on pg-index-health: every
 * one of its checks, and the dangers an operator expects in a health report (transaction-ID wraparound, sequences and
 * identity columns near their limit, replication slots holding WAL, long transactions…), each with stable finding
 * codes, options, and the fix as SQL where there is one. {@link io.drift.postgres.health.PostgresHealthChecks} lists
 * them; {@code docs/checks.md} describes each.
 */
package io.drift.postgres.health;
