/**
 * <b>API.</b> Drift's report formats: {@link io.drift.reporting.Renderers} gives each built-in
 * {@link io.drift.core.spi.ReportRenderer} by its own accessor ({@code text}, {@code json}, {@code markdown},
 * {@code html}, {@code junit}, {@code sarif}) and finds any by name, one a tool adds through {@code META-INF/services}
 * too. The formats are described in {@code docs/report-formats.md}; the JSON format's schemas are on the class path at
 * {@code io/drift/reporting/diff-report-v1.schema.json} and {@code io/drift/reporting/check-report-v1.schema.json}.
 *
 * @since 0.1.0
 */
package io.drift.reporting;
