/**
 * <b>Internal: may change without notice.</b> Benchmarks of Drift's snapshot, diff and snapshot files against
 * {@code pg_dump --schema-only}, on generated schemas of 100 to 10,000 tables. Not published; run with {@code bin/bench}
 * (see {@code docs/benchmarks.md}).
 */
package io.drift.benchmarks;
