/**
 * <b>API.</b> Drift's entry point and its exception root.
 *
 * <p>Drift tells a team, before their users do, that a database is not what their code expects: it captures a
 * {@link io.drift.core.model.Snapshot} of a live database, compares it with an expected one
 * ({@link io.drift.core.diff.Differ}) and runs health {@link io.drift.core.check.Check checks}.
 *
 * @since 0.1.0
 */
package io.drift.core;
