package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;
import io.drift.flyway.internal.ReadOnlyDataSource;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

import javax.sql.DataSource;

/**
 * The database a shadow is built for: its major version (an embedded or container shadow matches it), its server (a
 * temporary shadow is created there) and its roles (an embedded shadow creates them, so that {@code GRANT … TO role}
 * works as it does there). It is only read, once, with a read-only session.
 *
 * @since 0.1.0
 */
public final class ShadowTarget {

    private static final ShadowTarget NONE = new ShadowTarget(null, null, null);

    private final DataSource dataSource;
    private final Function<String, DataSource> server;
    private final String serverDescription;
    private Facts facts;

    private ShadowTarget(DataSource dataSource, Function<String, DataSource> server, String serverDescription) {
        this.dataSource = dataSource;
        this.server = server;
        this.serverDescription = serverDescription;
    }

    /** @return no target: a build ahead of time, for any database */
    public static ShadowTarget none() {
        return NONE;
    }

    /**
     * @param database the database the migrations are for (only read)
     * @return the target
     */
    public static ShadowTarget of(DataSource database) {
        return new ShadowTarget(requireNonNull(database, "database"), null, null);
    }

    /**
     * @param databasesOnServer gives a data source for another database of the target's server, by name (for a
     *                          temporary shadow); the command line builds it from the URL and credentials it has
     * @param description       the server, for messages: {@code db.example:5432}
     * @return a copy that can reach other databases of the target's server
     */
    public ShadowTarget withServer(Function<String, DataSource> databasesOnServer, String description) {
        return new ShadowTarget(dataSource, requireNonNull(databasesOnServer, "databasesOnServer"),
                requireNonNull(description, "description"));
    }

    /** @return the target database, if there is one */
    public Optional<DataSource> dataSource() {
        return Optional.ofNullable(dataSource);
    }

    /** @return how to reach another database of the target's server, if known */
    public Optional<Function<String, DataSource>> server() {
        return Optional.ofNullable(server);
    }

    /** @return the server, for messages, if known */
    public Optional<String> serverDescription() {
        return Optional.ofNullable(serverDescription);
    }

    /** @return the target's major version, when there is a target */
    public OptionalInt majorVersion() {
        return dataSource == null ? OptionalInt.empty() : OptionalInt.of(facts().major);
    }

    /** @return the target server's roles (but the {@code pg_} ones), empty without a target */
    public List<String> roles() {
        return dataSource == null ? List.of() : facts().roles;
    }

    /**
     * @return the role the target's connections use
     * @throws IllegalStateException when there is no target
     */
    public String currentUser() {
        if (dataSource == null) {
            throw new IllegalStateException("No target");
        }
        return facts().currentUser;
    }

    private synchronized Facts facts() {
        if (facts == null) {
            DataSource readOnly = new ReadOnlyDataSource(dataSource, Duration.ofSeconds(30), Duration.ofSeconds(5));
            try (Connection c = readOnly.getConnection(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000,"
                         + " array(SELECT rolname::text FROM pg_catalog.pg_roles WHERE rolname !~ '^pg_'"
                         + " ORDER BY rolname), current_user")) {
                rs.next();
                Array roles = rs.getArray(2);
                facts = new Facts(rs.getInt(1), List.copyOf(Arrays.asList((String[]) roles.getArray())),
                        rs.getString(3));
            } catch (SQLException e) {
                throw new DriftException(DriftException.Reason.OTHER, "Cannot read the target database's version"
                        + " and roles (" + e.getMessage() + ").", e);
            }
        }
        return facts;
    }

    private record Facts(int major, List<String> roles, String currentUser) {
    }
}
