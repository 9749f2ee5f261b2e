/**
 * <b>API.</b> Drift's report formats: {@link io.drift.reporting.Renderers} finds a
 * {@link io.drift.core.spi.ReportRenderer} by name ({@code text}, {@code json}, or one a tool adds through
 * {@code META-INF/services}). The formats are described in {@code docs/report-formats.md}; the JSON format's schema
 * is on the class path at {@code io/drift/reporting/diff-report-v1.schema.json}.
 *
 * @since 0.1.0
 */
package io.drift.reporting;
