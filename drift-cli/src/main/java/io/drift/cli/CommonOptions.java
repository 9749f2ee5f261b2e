package io.drift.cli;

import picocli.CommandLine.Option;

/** Options every command has: how much it says on stderr, and help. */
final class CommonOptions {

    @Option(names = {"-q", "--quiet"}, order = 30, description = "Print no progress on stderr; errors and warnings still show.")
    boolean quiet;

    boolean verbose;

    @Option(names = {"-h", "--help"}, usageHelp = true, order = 32, description = "Show this help and exit.")
    boolean help;

    @Option(names = {"-v", "--verbose"}, order = 31,
            description = "On error, print the stack trace too; log Drift's debug messages on stderr.")
    void verbose(boolean value) {
        this.verbose = value;
        if (value) {
            // slf4j-simple reads this when it creates its first logger, which happens after parsing; system
            // properties win over simplelogger.properties.
            System.setProperty("org.slf4j.simpleLogger.log.io.drift", "debug");
        }
    }
}
