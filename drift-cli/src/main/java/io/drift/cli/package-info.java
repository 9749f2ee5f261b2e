/**
 * <b>API.</b> The drift command line. {@link io.drift.cli.DriftCli} is the only public type: its {@code main} is the
 * runnable jar's entry point and {@code run} runs a command in-process. The command surface and exit codes are
 * documented in {@code docs/cli.md}; every other class is package-private or in {@code io.drift.cli.internal}.
 *
 * @since 0.1.0
 */
package io.drift.cli;
