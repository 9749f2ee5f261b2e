package io.drift.cli;

/** A command with {@link CommonOptions}, so the error handler knows whether to be verbose. */
interface HasCommonOptions {
    CommonOptions common();
}
