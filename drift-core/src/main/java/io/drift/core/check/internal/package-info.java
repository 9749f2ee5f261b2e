/**
 * <b>Internal: may change without notice.</b> Drift's generic checks ({@code required-objects},
 * {@code schema-drift}, {@code http}) and the provider that lists them; use them through
 * {@link io.drift.core.check.Checks} or {@code drift.yaml}.
 */
package io.drift.core.check.internal;
