/**
 * <b>API and SPI.</b> Health and drift checks: a {@link io.drift.core.check.Check} inspects a database through a
 * read-only {@link io.drift.core.check.CheckContext} and returns an {@link io.drift.core.check.Outcome}; whoever runs
 * it wraps that in a timed {@link io.drift.core.check.CheckResult}, and a {@link io.drift.core.check.CheckReport}
 * holds them all and maps them to one exit code.
 *
 * @since 0.1.0
 */
package io.drift.core.check;
