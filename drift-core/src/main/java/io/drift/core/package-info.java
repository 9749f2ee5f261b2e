/**
 * <b>API.</b> Drift's entry point and its exception root.
 *
 * <p>Drift tells a team, before their users do, that a database is not what their code expects: it captures a
 * {@link io.drift.core.model.Snapshot} of a live database ({@link io.drift.core.Drift#capture(javax.sql.DataSource,
 * io.drift.core.CaptureOptions)}, with a snapshot provider such as drift-postgres), compares it with an expected one
 * ({@link io.drift.core.diff.Differ}, or {@link io.drift.core.Drift#configure()}), and runs
 * {@link io.drift.core.check.Check checks} on it ({@link io.drift.core.check.CheckRunner}, or
 * {@link io.drift.core.Drift#guard(javax.sql.DataSource)} when an application starts). Checks come from code or from
 * the {@link io.drift.core.spi.CheckProvider}s of adapter modules; drift-core itself has the {@code connectivity}
 * check.
 *
 * @since 0.1.0
 */
package io.drift.core;
