package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.drift.core.diff.DiffOption;
import io.drift.core.diff.DiffOptions;
import io.drift.core.diff.Difference;
import io.drift.core.model.Grant;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Routine;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

/**
 * The one ACL rule ({@link Acl}) on every major: the public schema's initial privileges (=UC to 14, =U from 15) are
 * the server's; GRANT ALL reads as ALL whether or not it includes MAINTAIN (17); a revoked default privilege shows;
 * extension versions differ between majors and are ignored by default.
 */
class GrantsAcrossVersionsIT {

    static Stream<Integer> versions() {
        return TestPostgres.availableVersions().stream().filter(v -> v >= Sql.OLDEST);
    }

    private static SchemaDef publicSchema(Snapshot snapshot) {
        return (SchemaDef) snapshot.objects(ObjectKind.SCHEMA).get(ObjectPath.of("public"));
    }

    private static List<Grant> publicSchemaGrants(Snapshot snapshot) {
        return publicSchema(snapshot).grants();
    }

    private static void role(TestDatabase db, String name) {
        db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '" + name + "') THEN"
                + " CREATE ROLE " + name + "; END IF; END $$");
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void the_public_schema_has_no_grants_untouched_or_hardened_and_reports_what_is_granted_beyond(int major) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            role(db, "grants_app");
            assertThat(publicSchemaGrants(Captures.capture(db))).as("untouched").isEmpty();
            db.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC");
            assertThat(publicSchemaGrants(Captures.capture(db))).as("hardened").isEmpty();
            db.execute("GRANT USAGE, CREATE ON SCHEMA public TO grants_app");
            assertThat(publicSchemaGrants(Captures.capture(db))).containsExactly(new Grant("grants_app", "ALL", false));
            assertThat(publicSchema(Captures.capture(db)).attributes().values()).isEmpty();
            db.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC");
            assertThat(publicSchema(Captures.capture(db)).attributes().values()).as("USAGE taken from PUBLIC")
                    .containsExactly(java.util.Map.entry("pg.revoked.PUBLIC", "USAGE"));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void grant_all_is_all_on_every_version_and_a_revoked_default_shows(int major) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            role(db, "grants_app");
            db.execute("CREATE TABLE t (id int); CREATE TABLE u (id int); CREATE SEQUENCE s;"
                    + " CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                    + " CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                    + " GRANT ALL ON TABLE t TO grants_app; GRANT ALL ON SEQUENCE s TO grants_app;"
                    + " GRANT SELECT ON u TO grants_app; REVOKE SELECT ON u FROM grants_app;"
                    + " REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC;"
                    + " GRANT EXECUTE ON FUNCTION g() TO PUBLIC;");
            Snapshot snapshot = Captures.capture(db);
            assertThat(((Table) snapshot.objects(ObjectKind.TABLE).get(ObjectPath.of("public", "t"))).grants())
                    .containsExactly(new Grant("grants_app", "ALL", false));
            assertThat(((Table) snapshot.objects(ObjectKind.TABLE).get(ObjectPath.of("public", "u"))).grants())
                    .as("granted and revoked again reads as never granted").isEmpty();
            List<Routine> routines = snapshot.objects(ObjectKind.FUNCTION).values().stream()
                    .map(Routine.class::cast).toList();
            assertThat(routines).extracting(r -> r.path().toString() + " " + r.grants())
                    .containsExactly("public.f() []", "public.g() [EXECUTE to PUBLIC]");
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void the_seven_pre_17_table_privileges_are_all_before_17_and_not_from_17(int major) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            role(db, "grants_app");
            db.execute("CREATE TABLE t (id int);"
                    + " GRANT SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON t TO grants_app");
            List<Grant> grants = ((Table) Captures.capture(db).objects(ObjectKind.TABLE)
                    .get(ObjectPath.of("public", "t"))).grants();
            if (major < 17) {
                assertThat(grants).containsExactly(new Grant("grants_app", "ALL", false));
            } else {
                assertThat(grants).hasSize(7).extracting(Grant::privilege).doesNotContain("ALL", "MAINTAIN");
            }
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void extension_versions_differ_between_majors_and_are_ignored_by_default(int major) {
        Snapshot reference;
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE EXTENSION pg_trgm; CREATE EXTENSION hstore");
            reference = Captures.withoutDatabase(Captures.capture(db));
        }
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            db.execute("CREATE EXTENSION pg_trgm; CREATE EXTENSION hstore");
            Snapshot snapshot = Captures.withoutDatabase(Captures.capture(db));
            assertThat(Corpus.diff(reference, snapshot)).isEmpty();
            List<Difference> strict = Corpus.diff(reference, snapshot,
                    DiffOptions.builder().disable(DiffOption.IGNORE_EXTENSION_VERSIONS).build());
            boolean sameVersions = reference.objects(ObjectKind.EXTENSION).equals(snapshot.objects(ObjectKind.EXTENSION));
            assumeTrue(!sameVersions, "pg_trgm and hstore have the same versions here");
            assertThat(strict).isNotEmpty().allSatisfy(d -> assertThat(d.toString()).contains("version"));
        }
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void a_bare_gen_random_uuid_is_pgcryptos_on_12_and_the_core_one_from_13_and_that_is_reported(int major) {
        String ddl = "CREATE EXTENSION pgcrypto; CREATE TABLE t (id uuid DEFAULT gen_random_uuid())";
        Snapshot reference;
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            reference = Captures.withoutDatabase(Captures.capture(db.execute(ddl)));
        }
        assumeTrue(TestPostgres.defaultVersion() >= 13);
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            List<Difference> differences = Corpus.diff(reference,
                    Captures.withoutDatabase(Captures.capture(db.execute(ddl))));
            if (major >= 13) {
                assertThat(differences).isEmpty();
            } else {
                assertThat(differences).singleElement().hasToString(
                        "ERROR: changed column public.t.id default: expected gen_random_uuid(), actual"
                                + " public.gen_random_uuid()");
            }
        }
    }
}
