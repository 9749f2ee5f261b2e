package io.drift.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import picocli.CommandLine.Option;

/** Where the {@code drift migrations} commands find the migrations: Flyway's own configuration, and these. */
final class FlywayOptions {

    @Option(names = {"-l", "--locations"}, paramLabel = "LOCATION", order = 10,
            description = "Where the migrations are, as Flyway names it: filesystem:db/migration (relative to the"
                    + " working directory), or classpath:… for what is on Drift's class path; repeatable. Replaces the"
                    + " locations of Flyway's configuration (default: from flyway.toml, flyway.conf or"
                    + " FLYWAY_LOCATIONS, else Flyway's classpath:db/migration).")
    List<String> locations = new ArrayList<>();

    @Option(names = "--flyway-config", paramLabel = "FILE", order = 11,
            description = "A Flyway configuration file (.toml or .conf) to read after flyway.conf, flyway.toml and"
                    + " flyway.user.toml in the home and working directories and FLYWAY_CONFIG_FILES; repeatable."
                    + " FLYWAY_* variables apply over the files.")
    List<Path> configFiles = new ArrayList<>();
}
