/**
 * <b>API and SPI.</b> Checks of a database's schema and health, and the runner that runs them.
 *
 * <p>A {@link io.drift.core.check.Check} reads the database through a {@link io.drift.core.check.CheckContext} and
 * returns an {@link io.drift.core.check.Outcome}: {@link io.drift.core.check.Finding}s, each with a stable
 * {@link io.drift.core.check.FindingCode}, a severity, the object it is about, a message and, where one exists, a
 * {@link io.drift.core.check.Fix}. The {@link io.drift.core.check.CheckRunner} chooses the checks (by id, by
 * {@link io.drift.core.check.CheckTag}, the quick profile), runs each in isolation with a timeout, applies
 * {@link io.drift.core.check.Suppression}s, derives each check's {@link io.drift.core.check.Status} from its findings,
 * and returns a {@link io.drift.core.check.CheckReport}, which maps to one exit code.
 *
 * @since 0.1.0
 */
package io.drift.core.check;
