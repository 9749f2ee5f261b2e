/**
 * <b>API.</b> Drift runnable examples of each way Drift is used.
 *
 * @since 0.1.0
 */
package io.drift.examples;
