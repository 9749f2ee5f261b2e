package io.drift.postgres.health;

import static io.drift.postgres.health.Health.found;
import static io.drift.postgres.health.Health.run;
import static io.drift.postgres.health.HealthChecksContract.f;
import static io.drift.postgres.health.HealthChecksContract.t;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.check.Check;
import io.drift.core.model.ObjectPath;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The checks that run pg-index-health's own queries (advice and style, off by default), each on a database without
 * the problem and with it, in the schema {@code "Sales Ü"}: a name pg-index-health would check as {@code sales ü} if
 * Drift did not bind the real one.
 */
@ExtendWith(PostgresExtension.class)
abstract class StyleChecksContract {

    static final String SCHEMA = "CREATE SCHEMA \"Sales Ü\";\n";

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("pg.overlapping-fk", SCHEMA + """
                                CREATE TABLE "Sales Ü".p (x int, y int, PRIMARY KEY (x, y), UNIQUE (x));
                                CREATE TABLE "Sales Ü"."Kids, ""K"" x" (a int, b int,
                                    CONSTRAINT fk_ab FOREIGN KEY (a, b) REFERENCES "Sales Ü".p (x, y));
                                """,
                        "ALTER TABLE \"Sales Ü\".\"Kids, \"\"K\"\" x\" ADD CONSTRAINT fk_a FOREIGN KEY (a)"
                                + " REFERENCES \"Sales Ü\".p (x)",
                        List.of(f("PG-OVERLAPPING-FK", t("Kids, \"K\" x").member("fk_a")))),
                Arguments.of("pg.index-with-nulls", SCHEMA + """
                                CREATE TABLE "Sales Ü"."Nul ""N"" x" (id int PRIMARY KEY, n int NOT NULL, m int);
                                CREATE INDEX ON "Sales Ü"."Nul ""N"" x" (n);
                                """,
                        "CREATE INDEX \"Idx, m\" ON \"Sales Ü\".\"Nul \"\"N\"\" x\" (m)",
                        List.of(f("PG-INDEX-WITH-NULLS", t("Nul \"N\" x").member("Idx, m")))),
                Arguments.of("pg.index-on-boolean", SCHEMA
                                + "CREATE TABLE \"Sales Ü\".flags (id int PRIMARY KEY, \"On?\" boolean NOT NULL);",
                        "CREATE INDEX \"By flag\" ON \"Sales Ü\".flags (\"On?\")",
                        List.of(f("PG-INDEX-ON-BOOLEAN", t("flags").member("By flag")))),
                Arguments.of("pg.index-timestamp-not-last", SCHEMA + """
                                CREATE TABLE "Sales Ü".events (id int PRIMARY KEY, at timestamptz NOT NULL, n int NOT NULL);
                                CREATE INDEX ON "Sales Ü".events (n, at);
                                """,
                        "CREATE INDEX \"At first\" ON \"Sales Ü\".events (at, n)",
                        List.of(f("PG-INDEX-TIMESTAMP-NOT-LAST", t("events").member("At first")))),
                Arguments.of("pg.index-redundant-predicate", SCHEMA + """
                                CREATE TABLE "Sales Ü".p (id int PRIMARY KEY, x int NOT NULL, y int);
                                CREATE INDEX ON "Sales Ü".p (y) WHERE y IS NOT NULL;
                                """,
                        "CREATE INDEX \"Pred, x\" ON \"Sales Ü\".p (x) WHERE x IS NOT NULL",
                        List.of(f("PG-INDEX-REDUNDANT-PREDICATE", t("p").member("Pred, x")))),
                Arguments.of("pg.pk-serial",
                        SCHEMA + "CREATE TABLE \"Sales Ü\".ident (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY);",
                        "CREATE TABLE \"Sales Ü\".\"Serial \"\"S\"\"\" (id serial PRIMARY KEY)",
                        List.of(f("PG-PK-SERIAL", t("Serial \"S\"").child("id")))),
                Arguments.of("pg.column-serial", SCHEMA + "CREATE TABLE \"Sales Ü\".s (id serial PRIMARY KEY);",
                        "CREATE TABLE \"Sales Ü\".\"Counter, C\" (id int PRIMARY KEY, \"No.\" serial)",
                        List.of(f("PG-COLUMN-SERIAL", t("Counter, C").child("No.")))),
                Arguments.of("pg.pk-varchar", SCHEMA + "CREATE TABLE \"Sales Ü\".u (id uuid PRIMARY KEY);",
                        "CREATE TABLE \"Sales Ü\".\"Keys, K\" (id varchar(36) PRIMARY KEY)",
                        List.of(f("PG-PK-VARCHAR", t("Keys, K").member("Keys, K_pkey")))),
                Arguments.of("pg.pk-natural", SCHEMA + "CREATE TABLE \"Sales Ü\".s (id bigint PRIMARY KEY);",
                        "CREATE TABLE \"Sales Ü\".\"People \"\"P\"\"\" (email text PRIMARY KEY)",
                        List.of(f("PG-PK-NATURAL", t("People \"P\"").member("People \"P\"_pkey")))),
                Arguments.of("pg.table-not-linked", SCHEMA + """
                                CREATE TABLE "Sales Ü".p (id int PRIMARY KEY);
                                CREATE TABLE "Sales Ü".c (id int PRIMARY KEY, p_id int REFERENCES "Sales Ü".p);
                                """,
                        "CREATE TABLE \"Sales Ü\".\"Alone, A\" (id int PRIMARY KEY)",
                        List.of(f("PG-TABLE-NOT-LINKED", t("Alone, A")))),
                Arguments.of("pg.table-few-columns", SCHEMA + "CREATE TABLE \"Sales Ü\".two (id int, n int);",
                        "CREATE TABLE \"Sales Ü\".\"One \"\"col\"\"\" (id int)",
                        List.of(f("PG-TABLE-FEW-COLUMNS", t("One \"col\"")))),
                Arguments.of("pg.pk-not-first", SCHEMA + "CREATE TABLE \"Sales Ü\".ok (id int PRIMARY KEY, n int);",
                        "CREATE TABLE \"Sales Ü\".\"Late, L\" (n int, id int PRIMARY KEY)",
                        List.of(f("PG-PK-NOT-FIRST", t("Late, L")))),
                Arguments.of("pg.all-columns-nullable",
                        SCHEMA + "CREATE TABLE \"Sales Ü\".ok (id int PRIMARY KEY, n int NOT NULL, m int);",
                        "CREATE TABLE \"Sales Ü\".\"Loose \"\"L\"\"\" (id int PRIMARY KEY, a int, b text)",
                        List.of(f("PG-ALL-COLUMNS-NULLABLE", t("Loose \"L\"")))),
                Arguments.of("pg.table-inheritance", SCHEMA + "CREATE TABLE \"Sales Ü\".p (id int);",
                        "CREATE TABLE \"Sales Ü\".\"Heir, H\" () INHERITS (\"Sales Ü\".p)",
                        List.of(f("PG-TABLE-INHERITANCE", t("Heir, H")))),
                Arguments.of("pg.table-without-comment", SCHEMA + """
                                CREATE TABLE "Sales Ü".t (id int);
                                COMMENT ON TABLE "Sales Ü".t IS 'what it holds';
                                """,
                        "CREATE TABLE \"Sales Ü\".\"Bare \"\"B\"\"\" (id int)",
                        List.of(f("PG-TABLE-WITHOUT-COMMENT", t("Bare \"B\"")))),
                Arguments.of("pg.column-without-comment", SCHEMA + """
                                CREATE TABLE "Sales Ü".t (id int);
                                COMMENT ON COLUMN "Sales Ü".t.id IS 'the key';
                                """,
                        "ALTER TABLE \"Sales Ü\".t ADD COLUMN \"New, col\" int",
                        List.of(f("PG-COLUMN-WITHOUT-COMMENT", t("t").child("New, col")))),
                Arguments.of("pg.function-without-comment", SCHEMA + """
                                CREATE FUNCTION "Sales Ü".f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                                COMMENT ON FUNCTION "Sales Ü".f() IS 'one';
                                """,
                        "CREATE FUNCTION \"Sales Ü\".\"Do \"\"It\"\"\"(a integer) RETURNS int LANGUAGE sql AS 'SELECT a'",
                        List.of(f("PG-FUNCTION-WITHOUT-COMMENT", ObjectPath.of("Sales Ü", "Do \"It\"(a integer)")))),
                Arguments.of("pg.column-json", SCHEMA + "CREATE TABLE \"Sales Ü\".d (id int, doc jsonb);",
                        "ALTER TABLE \"Sales Ü\".d ADD COLUMN \"Doc, J\" json",
                        List.of(f("PG-COLUMN-JSON", t("d").child("Doc, J")))),
                Arguments.of("pg.column-money", SCHEMA + "CREATE TABLE \"Sales Ü\".d (id int, price numeric(12, 2));",
                        "ALTER TABLE \"Sales Ü\".d ADD COLUMN \"Price \"\"€\"\"\" money",
                        List.of(f("PG-COLUMN-MONEY", t("d").child("Price \"€\"")))),
                Arguments.of("pg.column-varchar-length", SCHEMA + "CREATE TABLE \"Sales Ü\".d (id int, name text);",
                        "ALTER TABLE \"Sales Ü\".d ADD COLUMN \"Code, C\" varchar(10)",
                        List.of(f("PG-COLUMN-VARCHAR-LENGTH", t("d").child("Code, C")))),
                Arguments.of("pg.column-char", SCHEMA + "CREATE TABLE \"Sales Ü\".d (id int, name text);",
                        "ALTER TABLE \"Sales Ü\".d ADD COLUMN \"Cc\" char(2)",
                        List.of(f("PG-COLUMN-CHAR", t("d").child("Cc")))),
                Arguments.of("pg.column-timestamp-without-tz",
                        SCHEMA + "CREATE TABLE \"Sales Ü\".d (id int, at timestamptz);",
                        "ALTER TABLE \"Sales Ü\".d ADD COLUMN \"Local At\" timestamp",
                        List.of(f("PG-COLUMN-TIMESTAMP-WITHOUT-TZ", t("d").child("Local At")))),
                Arguments.of("pg.name-needs-quotes", SCHEMA + "CREATE TABLE \"Sales Ü\".t (id int PRIMARY KEY);",
                        "CREATE TABLE \"Sales Ü\".\"BadName\" (id int)",
                        List.of(f("PG-NAME-NEEDS-QUOTES", t("BadName")))),
                Arguments.of("pg.column-name-needs-quotes", SCHEMA + "CREATE TABLE \"Sales Ü\".t (id int);",
                        "ALTER TABLE \"Sales Ü\".t ADD COLUMN \"BadCol\" int",
                        List.of(f("PG-COLUMN-NAME-NEEDS-QUOTES", t("t").child("BadCol")))),
                Arguments.of("pg.name-at-max-length", SCHEMA + "CREATE TABLE \"Sales Ü\".t (id int);",
                        "CREATE TABLE \"Sales Ü\".t" + "x".repeat(62) + " (id int)",
                        List.of(f("PG-NAME-AT-MAX-LENGTH", t("t" + "x".repeat(62))))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void fires_on_the_problem_and_not_without_it(String id, String clean, String dirty, List<String> expected,
                                                 TestDatabase db) {
        db.execute(clean);
        assertThat(found(run(db, id))).as("%s before", id).isEmpty();
        db.execute(dirty);
        assertThat(found(run(db, id))).as("%s after: %s", id, dirty).containsExactlyElementsOf(expected);
    }

    @Test
    void every_check_that_is_off_by_default_has_a_case() {
        Set<String> covered = cases().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
        Set<String> off = new PostgresHealthChecks().checks().stream().filter(c -> !c.enabledByDefault())
                .map(Check::id).collect(Collectors.toSet());
        off.remove("pg.overlapping-index");   // RuntimeChecksContract.overlapping_index
        assertThat(covered).isEqualTo(off);
    }
}
