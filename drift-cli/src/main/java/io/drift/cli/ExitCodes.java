package io.drift.cli;

/**
 * The exit codes of every drift command, in one place: operators and CI pipelines script against them, so they are
 * part of the stable contract (documented in {@code docs/cli.md} and in each command's {@code --help}). A new command
 * uses these constants and the {@code LINE_*} texts in its {@code exitCodeList}; {@link DriftCli} maps exceptions
 * to them: a {@code DriftException} with reason {@code INVALID_ARGUMENT} is {@link #USAGE}, any other failure
 * (another reason, an unexpected exception, an {@link Error} such as out of memory, a failed write to stdout) is
 * {@link #ERROR}.
 */
final class ExitCodes {

    /** The command did its work and found no drift. */
    static final int OK = 0;
    /** The command did its work and found drift (at or above {@code --fail-on}). */
    static final int DRIFT = 1;
    /** The command line is wrong: an unknown option, a missing or invalid argument. Nothing was done. */
    static final int USAGE = 2;
    /** The command could not do its work: no connection, refused credentials, a missing or corrupt file. */
    static final int ERROR = 3;

    // picocli's exitCodeList entries ("code:description"), shared by every command's help.
    static final String HEADING = "%nExit codes:%n";
    static final String LINE_OK = "0:no drift (for snapshot and version: success)";
    static final String LINE_DRIFT = "1:drift found: a difference at or above --fail-on";
    static final String LINE_USAGE = "2:usage error: unknown option, missing or invalid argument, a --schema or"
            + " --include that matches nothing";
    static final String LINE_ERROR = "3:could not run: no connection, credentials refused, unknown database, "
            + "missing or corrupt snapshot file, output or stdout not writable, out of memory";

    // drift check: the same numbers, said for checks.
    static final String LINE_CHECK_OK = "0:every check passed, or warned (warnings pass unless --fail-on warning), or"
            + " was skipped";
    static final String LINE_CHECK_FAILED = "1:a check failed: a finding at or above --fail-on";
    static final String LINE_CHECK_USAGE = "2:usage error: unknown option or check id, invalid argument, a mistake in"
            + " drift.yaml (named with its line and column), a baseline that does not exist";
    static final String LINE_CHECK_ERROR = "3:a check could not run (database unreachable, a check errored or timed"
            + " out, corrupt baseline); 3 also when another check failed, because the report is incomplete";

    private ExitCodes() {
    }
}
