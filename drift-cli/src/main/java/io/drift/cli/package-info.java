/**
 * <b>API.</b> Drift the drift command line.
 *
 * @since 0.1.0
 */
package io.drift.cli;
