package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.drift.core.model.Snapshot;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.ArrayList;
import java.util.List;

/**
 * The same DDL gives the same snapshot: in two fresh databases, and on every PostgreSQL major version available (12 to
 * 18), compared with the default version's. This is what finds the renderings that changed between versions.
 */
@ExtendWith(PostgresExtension.class)
class KindsAcrossVersionsIT {

    @Test
    void two_fresh_databases_give_equal_snapshots(TestDatabase first, TestDatabase second) {
        CatalogReader.Result a = KindsFixture.load(first);
        CatalogReader.Result b = KindsFixture.load(second);
        assertThat(a.snapshot()).isEqualTo(b.snapshot());
        assertThat(a.statements()).isEqualTo(b.statements())
                .isEqualTo(CatalogQueries.all().size() + CatalogReader.SETUP_STATEMENTS);
    }

    @Test
    void every_version_gives_the_default_versions_snapshot(TestDatabase reference) {
        Snapshot expected = KindsFixture.load(reference).snapshot();
        SoftAssertions softly = new SoftAssertions();
        List<Integer> compared = new ArrayList<>();
        for (int major : others(reference, Sql.OLDEST)) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                Snapshot actual = KindsFixture.load(db).snapshot();
                softly.check(() -> KindsFixture.assertSameObjects(expected, actual,
                        "PostgreSQL " + major + " against " + reference.majorVersion()));
                compared.add(major);
            }
        }
        softly.assertAll();
        Majors.requireCompared(compared);
    }

    @Test
    void the_whole_all_kinds_fixture_gives_the_same_snapshot_on_every_version(TestDatabase reference) {
        Snapshot expected = KindsFixture.capture(reference.executeResource(Captures.TABLES_FIXTURE)
                .executeResource(KindsFixture.SCRIPT)).snapshot();
        SoftAssertions softly = new SoftAssertions();
        List<Integer> compared = new ArrayList<>();
        for (int major : others(reference, Sql.OLDEST)) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                Snapshot actual = KindsFixture.capture(db.executeResource(Captures.TABLES_FIXTURE)
                        .executeResource(KindsFixture.SCRIPT)).snapshot();
                softly.check(() -> KindsFixture.assertSameObjects(expected, actual,
                        "PostgreSQL " + major + " against " + reference.majorVersion()));
                compared.add(major);
            }
        }
        softly.assertAll();
        Majors.requireCompared(compared);
    }

    /**
     * @return every available major from {@code oldest} but the reference database's (the default version, unless
     *         {@code @PostgresVersion} says otherwise)
     */
    private static List<Integer> others(TestDatabase reference, int oldest) {
        return TestPostgres.availableVersions().stream()
                .filter(v -> v >= oldest && v >= Sql.OLDEST && v != reference.majorVersion()).toList();
    }

    /** SQL-standard bodies, from PostgreSQL 14. */
    private static final String SQL_BODIES = "ALTER SCHEMA public OWNER TO CURRENT_USER;"
            + "REVOKE CREATE ON SCHEMA public FROM PUBLIC;"   // 15 changed the public schema: not what is tested
            + "CREATE SCHEMA later;"
            + "CREATE TABLE later.items (id integer PRIMARY KEY, price numeric(10,2), tags text[]);"
            + "CREATE FUNCTION later.net(p numeric, rate numeric DEFAULT 0.2) RETURNS numeric "
            + "LANGUAGE sql IMMUTABLE RETURN round(p * (1 - rate), 2);"
            + "CREATE FUNCTION later.count_items(min_price numeric) RETURNS bigint LANGUAGE sql STABLE "
            + "BEGIN ATOMIC SELECT count(*) FROM later.items i WHERE i.price >= min_price AND 'x' = ANY (i.tags); END;"
            + "CREATE PROCEDURE later.reprice(INOUT n integer, factor numeric) LANGUAGE sql "
            + "BEGIN ATOMIC UPDATE later.items SET price = price * factor; SELECT n + 1; END;";

    /** security_invoker, from PostgreSQL 15. */
    private static final String SECURITY_INVOKER = SQL_BODIES
            + "CREATE VIEW later.cheap WITH (security_invoker = true, security_barrier = false) AS "
            + "SELECT id, later.net(price) AS net FROM later.items WHERE price < 10;";

    @Test
    void sql_standard_bodies_render_the_same_from_14(TestDatabase reference) {
        sameFrom(14, SQL_BODIES, reference);
    }

    @Test
    void security_invoker_views_render_the_same_from_15(TestDatabase reference) {
        sameFrom(15, SECURITY_INVOKER, reference);
    }

    private static void sameFrom(int oldest, String script, TestDatabase reference) {
        assumeThat(reference.majorVersion()).isGreaterThanOrEqualTo(oldest);
        KindsFixture.executeSimple(reference, script);
        Snapshot expected = KindsFixture.capture(reference).snapshot();
        SoftAssertions softly = new SoftAssertions();
        List<Integer> compared = new ArrayList<>();
        for (int major : others(reference, oldest)) {
            try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
                KindsFixture.executeSimple(db, script);
                Snapshot actual = KindsFixture.capture(db).snapshot();
                softly.check(() -> KindsFixture.assertSameObjects(expected, actual,
                        "PostgreSQL " + major + " against " + reference.majorVersion()));
                compared.add(major);
            }
        }
        softly.assertAll();
        Majors.requireCompared(compared);
    }
}
