/**
 * <b>API.</b> The drift command line. {@link io.drift.cli.DriftCli} is the only public type: its {@code main} is the
 * runnable jar's entry point and {@code run} runs a command in-process. The command surface and exit codes are
 * documented in {@code docs/cli.md}; every other class is package-private or in {@code io.drift.cli.internal}.
 *
 * <p>A command is a picocli {@code Callable<Integer>} with a {@code CliContext} constructor, listed in
 * {@code TopCommand}'s subcommands. What every command shares:
 * <ul>
 *     <li>{@code CommonOptions} ({@code @Mixin}; implement {@code HasCommonOptions}): {@code --quiet},
 *     {@code --verbose}, {@code --help}; {@code Progress} prints progress lines that {@code --quiet} silences;</li>
 *     <li>{@code ConnectionOptions} ({@code @Mixin}) for a command that connects: user, password prompt,
 *     {@code --connections}, {@code --statement-timeout}, {@code --lock-timeout}, and {@code captureOptions()};
 *     {@code SchemaLoader} turns a file, {@code -} (stdin) or a URL into a snapshot;</li>
 *     <li>{@code Output} for a command that writes a result: {@code Output.of(context, output, "report")} checks
 *     {@code --output} before any work, {@code writeText}/{@code write} write stdout (write errors checked) or the
 *     file (drift-core's one atomic writer);</li>
 *     <li>{@code ExitCodes}: a command returns {@code OK} or {@code DRIFT} (or its own meaning of 1) and throws for
 *     the rest: {@code DriftCli} turns a {@code DriftException} with reason {@code INVALID_ARGUMENT} into a one-line
 *     usage error (2) and anything else, an {@link Error} (out of memory) or a lost write to stdout included, into a
 *     one-line error (3); {@code CliContext.err()} redacts passwords and escapes control characters on every
 *     line.</li>
 * </ul>
 *
 * @since 0.1.0
 */
package io.drift.cli;
