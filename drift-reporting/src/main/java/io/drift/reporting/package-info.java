/**
 * <b>API.</b> Drift report renderers for diffs and check reports.
 *
 * @since 0.1.0
 */
package io.drift.reporting;
