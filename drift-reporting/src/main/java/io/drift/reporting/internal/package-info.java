/**
 * <b>Internal: may change without notice.</b> The built-in report renderers; reach them through
 * {@link io.drift.reporting.Renderers}.
 */
package io.drift.reporting.internal;
