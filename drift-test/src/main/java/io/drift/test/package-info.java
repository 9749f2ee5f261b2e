/**
 * <b>API.</b> Drift test support: a real PostgreSQL for a test class, AssertJ assertions, the SPI contract tests.
 *
 * @since 0.1.0
 */
package io.drift.test;
