/**
 * <b>SPI.</b> What adapters implement: {@link io.drift.core.spi.SnapshotProvider} (capturing a snapshot from a
 * database), {@link io.drift.core.spi.ExpectedSchemaSource} (where the expected schema comes from) and
 * {@link io.drift.core.spi.ReportRenderer} (a report format). Providers and renderers are registered explicitly or
 * found with {@link java.util.ServiceLoader} through {@code META-INF/services}.
 *
 * <p>The SPI evolves by {@code default} methods only, each with {@code @since}.
 *
 * @since 0.1.0
 */
package io.drift.core.spi;
