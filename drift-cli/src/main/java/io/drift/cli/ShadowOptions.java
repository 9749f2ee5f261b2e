package io.drift.cli;

import picocli.CommandLine.Option;

/** Where the {@code drift migrations} commands build the schema the migrations make. */
final class ShadowOptions {

    @Option(names = "--shadow-url", paramLabel = "JDBC_URL", order = 12,
            description = "An empty database dedicated to Drift to build the migrations in; emptied again afterwards."
                    + " Refused unless empty. Password: DRIFT_SHADOW_PASSWORD, else as for the database.")
    String shadowUrl;

    @Option(names = "--shadow-server", paramLabel = "JDBC_URL", order = 13,
            description = "A server (the URL of any database on it) where Drift may create a temporary database to"
                    + " build in, and drop it afterwards; the role needs CREATEDB. Default: the database's own server"
                    + " (or an embedded PostgreSQL, when zonky is on the class path).")
    String shadowServer;
}
