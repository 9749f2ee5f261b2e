package io.drift.cli;

import io.drift.core.snapshot.SnapshotFiles;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "version",
        headerHeading = "%n",
        header = "Print drift's version, the snapshot format it writes, and the runtime.",
        synopsisHeading = "%nUsage: ",
        optionListHeading = "%nOptions:%n",
        exitCodeListHeading = ExitCodes.HEADING,
        exitCodeList = {"0:always"},
        footerHeading = "%nExamples:%n",
        footer = {"  drift version", "  drift version | head -1   # just \"drift 0.1.0\""})
final class VersionCommand implements Callable<Integer>, HasCommonOptions {

    private final CliContext context;

    @Mixin
    CommonOptions common = new CommonOptions();

    VersionCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public CommonOptions common() {
        return common;
    }

    @Override
    public Integer call() {
        for (String line : Versions.lines()) {
            context.out().println(line);
        }
        context.out().flush();
        return ExitCodes.OK;
    }

    /** The same lines for {@code drift version} and {@code drift --version}. */
    static final class Versions {
        private Versions() {
        }

        static String[] lines() {
            return new String[] {
                    "drift " + DriftCli.version(),
                    "snapshot format " + SnapshotFiles.FORMAT_VERSION,
                    "PostgreSQL JDBC driver " + driverVersion(),
                    "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
        }

        private static String driverVersion() {
            try {
                return org.postgresql.util.DriverInfo.DRIVER_VERSION;
            } catch (LinkageError e) {
                return "not bundled";
            }
        }
    }
}
