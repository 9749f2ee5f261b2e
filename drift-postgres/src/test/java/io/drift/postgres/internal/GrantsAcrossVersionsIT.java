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
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The one ACL rule ({@link Acl}) on every major: the public schema's initial privileges (=UC to 14, =U from 15) and
 * owner (the bootstrap superuser to 14, pg_database_owner from 15) are the server's, so the same DDL reads the same on
 * two majors, whether it leaves each side as its own initdb did or gives both the same privileges (#8); GRANT ALL
 * reads as ALL whether or not it includes MAINTAIN (17); a revoked default privilege shows; extension versions differ
 * between majors and are ignored by default.
 */
class GrantsAcrossVersionsIT {

    static List<Integer> versions() {
        return Majors.all();
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

    /**
     * DDL about privileges whose every default changed between majors somewhere (the public schema's ACL and owner
     * in 15; the built-in defaults of functions, types, tables and schemas, which default privileges replace), with
     * the oldest major it runs on.
     */
    private static final Map<String, Integer> SAME_DDL = new LinkedHashMap<>();

    static {
        SAME_DDL.put("", Sql.OLDEST);   // each side as its own initdb left it
        // #8: the same ACL, {postgres=UC/postgres,=UC/postgres}, on every major (on 14 the state initdb left)
        SAME_DDL.put("ALTER SCHEMA public OWNER TO postgres; REVOKE USAGE ON SCHEMA public FROM PUBLIC;"
                + " GRANT ALL ON SCHEMA public TO PUBLIC", Sql.OLDEST);
        SAME_DDL.put("REVOKE CREATE ON SCHEMA public FROM PUBLIC", Sql.OLDEST);   // 12-14 hardening; 15's default
        SAME_DDL.put("GRANT CREATE ON SCHEMA public TO PUBLIC", Sql.OLDEST);      // 15's hardening undone
        SAME_DDL.put("REVOKE ALL ON SCHEMA public FROM PUBLIC", Sql.OLDEST);
        SAME_DDL.put("ALTER SCHEMA public OWNER TO grants_owner; GRANT USAGE ON SCHEMA public TO grants_app;"
                + " GRANT CREATE ON SCHEMA public TO grants_app WITH GRANT OPTION", Sql.OLDEST);
        SAME_DDL.put("ALTER SCHEMA public OWNER TO pg_database_owner", 14);      // the role exists from 14
        SAME_DDL.put("ALTER DEFAULT PRIVILEGES REVOKE EXECUTE ON FUNCTIONS FROM PUBLIC;"
                + " ALTER DEFAULT PRIVILEGES REVOKE USAGE ON TYPES FROM PUBLIC;"
                + " ALTER DEFAULT PRIVILEGES GRANT ALL ON TABLES TO grants_app;"
                + " ALTER DEFAULT PRIVILEGES GRANT USAGE ON SCHEMAS TO grants_app;"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON SEQUENCES TO grants_app;"
                + " CREATE TABLE t (id int GENERATED ALWAYS AS IDENTITY); CREATE SEQUENCE s;"
                + " CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                + " CREATE TYPE e AS ENUM ('a'); CREATE DOMAIN d AS int; CREATE SCHEMA later", Sql.OLDEST);
        SAME_DDL.put("CREATE TABLE t (id int, name text); CREATE VIEW v AS SELECT id FROM t;"
                + " CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1'; CREATE TYPE e AS ENUM ('a');"
                + " CREATE DOMAIN d AS int; CREATE SCHEMA app;"
                + " REVOKE EXECUTE ON FUNCTION f() FROM PUBLIC; REVOKE USAGE ON TYPE e FROM PUBLIC;"
                + " GRANT USAGE ON DOMAIN d TO grants_app; GRANT ALL ON t TO grants_app; GRANT SELECT ON v TO PUBLIC;"
                + " GRANT UPDATE (name) ON t TO grants_app; GRANT CREATE ON SCHEMA app TO PUBLIC", Sql.OLDEST);
    }

    static Stream<Arguments> sameDdlOnTwoMajors() {
        return SAME_DDL.entrySet().stream().flatMap(script -> Majors.others(script.getValue()).stream()
                .map(major -> Arguments.of(script.getKey(), major)));
    }

    /** The reference major's snapshots, by DDL: each is compared with every other major. */
    private static final Map<String, Snapshot> REFERENCE = new ConcurrentHashMap<>();

    private static Snapshot reference(String ddl) {
        return REFERENCE.computeIfAbsent(ddl, d -> {
            try (TestDatabase db = TestPostgres.start(Majors.reference()).newDatabase()) {
                return privileges(db, d);
            }
        });
    }

    private static Snapshot privileges(TestDatabase db, String ddl) {
        role(db, "grants_app");
        role(db, "grants_owner");
        if (!ddl.isEmpty()) {
            db.execute(ddl);
        }
        return Captures.withoutDatabase(Captures.capture(db));
    }

    /** Owners compared, as well as grants: both have defaults that changed. */
    private static final DiffOptions STRICT = DiffOptions.builder().disable(DiffOption.IGNORE_OWNERS).build();

    @ParameterizedTest(name = "[{1}] {0}")
    @MethodSource("sameDdlOnTwoMajors")
    void the_same_privilege_ddl_reads_the_same_on_two_majors(String ddl, int major) {
        Snapshot reference = reference(ddl);
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            Snapshot other = privileges(db, ddl);
            List<Difference> forward = Corpus.diff(reference, other, STRICT);
            List<Difference> backward = Corpus.diff(other, reference, STRICT);
            assertThat(forward).as("PostgreSQL %d (expected) vs %d (actual):%s", Majors.reference(), major,
                    Corpus.render(forward)).isEmpty();
            assertThat(backward).as("PostgreSQL %d (expected) vs %d (actual):%s", major, Majors.reference(),
                    Corpus.render(backward)).isEmpty();
            assertThat(Captures.differences(reference, other)).isEmpty();
        }
    }

    /**
     * #8: an untouched 14 holds {@code =UC} on public and the script gives the same; an untouched 17 holds {@code =U}
     * and the script gives {@code =UC}. Each pair (same effective privileges; each as initdb left it) is equal, and
     * so is every mix of the four.
     */
    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("others")
    void untouched_and_scripted_public_schemas_of_two_majors_all_compare_equal(int major) {
        String script = "ALTER SCHEMA public OWNER TO postgres; REVOKE USAGE ON SCHEMA public FROM PUBLIC;"
                + " GRANT ALL ON SCHEMA public TO PUBLIC";
        List<Snapshot> four = new ArrayList<>(List.of(reference(""), reference(script)));
        for (String ddl : List.of("", script)) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                four.add(privileges(db, ddl));
            }
        }
        for (Snapshot expected : four) {
            for (Snapshot actual : four) {
                assertThat(Corpus.diff(expected, actual, STRICT)).isEmpty();
            }
        }
    }

    static List<Integer> others() {
        return Majors.others();
    }

    /** What the rule leaves out is that one privilege on that one schema: the rest is still reported, on every major. */
    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void what_the_application_changed_is_still_reported(int major) {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("CREATE SCHEMA app; GRANT CREATE ON SCHEMA app TO PUBLIC",
                "WARNING: changed schema app grants: expected null, actual CREATE to PUBLIC");
        cases.put("REVOKE ALL ON SCHEMA public FROM PUBLIC",
                "WARNING: changed schema public attributes.pg.revoked.PUBLIC: expected null, actual USAGE");
        cases.put("GRANT USAGE ON SCHEMA public TO grants_app",
                "WARNING: changed schema public grants: expected null, actual USAGE to grants_app");
        cases.put("ALTER SCHEMA public OWNER TO grants_owner",
                "INFO: changed schema public owner: expected null, actual grants_owner");
        Map<String, Snapshot> bases = new HashMap<>();
        for (Map.Entry<String, String> c : cases.entrySet()) {
            Snapshot base = bases.computeIfAbsent(c.getKey().startsWith("CREATE SCHEMA app") ? "CREATE SCHEMA app" : "",
                    ddl -> {
                        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                            return privileges(db, ddl);
                        }
                    });
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                assertThat(Corpus.diff(base, privileges(db, c.getKey()), STRICT)).as(c.getKey())
                        .extracting(Difference::toString).containsExactly(c.getValue());
            }
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
    @MethodSource("others")
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
    @MethodSource("others")
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
