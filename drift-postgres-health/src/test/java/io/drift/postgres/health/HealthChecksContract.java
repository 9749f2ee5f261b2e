package io.drift.postgres.health;

import static io.drift.postgres.health.Health.applyFixes;
import static io.drift.postgres.health.Health.found;
import static io.drift.postgres.health.Health.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.check.CheckResult;
import io.drift.core.check.Finding;
import io.drift.core.check.Fix;
import io.drift.core.diff.Severity;
import io.drift.core.model.ObjectPath;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.List;

/**
 * Each default health check against a real PostgreSQL: a database where it must find nothing (with the near misses:
 * partitioned tables, inheritance, multi-column keys), then the same database with the problem (hostile names:
 * mixed case, spaces, quotes, commas, unicode), then, where the fix is SQL, the fix run as an operator would run it
 * and the finding gone. Subclasses pick the PostgreSQL major.
 */
@ExtendWith(PostgresExtension.class)
abstract class HealthChecksContract {

    static final String S = "\"Sales Ü\"";
    static final String SCHEMA = "Sales Ü";

    static String f(String code, ObjectPath path) {
        return code + " " + path;
    }

    static ObjectPath t(String table) {
        return ObjectPath.of(SCHEMA, table);
    }

    @Test
    void fk_without_index(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Cust ""Q"", X" (id bigint PRIMARY KEY, region int NOT NULL, UNIQUE (id, region));
                -- covered: a plain index
                CREATE TABLE "Sales Ü".a (id int PRIMARY KEY, c bigint CONSTRAINT a_c REFERENCES "Sales Ü"."Cust ""Q"", X");
                CREATE INDEX ON "Sales Ü".a (c);
                -- covered: a two-column key by an index on the same columns in the other order, with a third after
                CREATE TABLE "Sales Ü".m (r int, c bigint, x int,
                    CONSTRAINT m_cr FOREIGN KEY (c, r) REFERENCES "Sales Ü"."Cust ""Q"", X" (id, region));
                CREATE INDEX ON "Sales Ü".m (r, c, x);
                -- covered: the leading columns of the primary key
                CREATE TABLE "Sales Ü".line (order_id bigint CONSTRAINT line_o REFERENCES "Sales Ü"."Cust ""Q"", X",
                    n int, PRIMARY KEY (order_id, n));
                -- covered: a partitioned table with the index on the partitioned table
                CREATE TABLE "Sales Ü".p (c bigint CONSTRAINT p_c REFERENCES "Sales Ü"."Cust ""Q"", X", d date)
                    PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".p1 PARTITION OF "Sales Ü".p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                CREATE INDEX ON "Sales Ü".p (c);
                -- covered: a GiST index behind an exclusion constraint (room WITH =)
                CREATE EXTENSION IF NOT EXISTS btree_gist;
                CREATE TABLE "Sales Ü".booking (room bigint CONSTRAINT booking_room REFERENCES "Sales Ü"."Cust ""Q"", X",
                    stay daterange, EXCLUDE USING gist (room WITH =, stay WITH &&));
                """);
        assertThat(found(run(db, "pg.fk-without-index"))).isEmpty();

        db.execute("""
                CREATE TABLE "Sales Ü"."Order ""Items"", 1" ("Cust Id" bigint,
                    CONSTRAINT "FK ""one"", two" FOREIGN KEY ("Cust Id") REFERENCES "Sales Ü"."Cust ""Q"", X");
                -- a two-column key whose index covers one of its columns
                CREATE TABLE "Sales Ü".m2 (r int, c bigint,
                    CONSTRAINT m2_cr FOREIGN KEY (c, r) REFERENCES "Sales Ü"."Cust ""Q"", X" (id, region));
                CREATE INDEX ON "Sales Ü".m2 (c);
                -- a partial index: the key's lookups have no predicate
                CREATE TABLE "Sales Ü".pa (c bigint CONSTRAINT pa_c REFERENCES "Sales Ü"."Cust ""Q"", X");
                CREATE INDEX ON "Sales Ü".pa (c) WHERE c > 0;
                -- a partitioned table with the index on a partition alone
                CREATE TABLE "Sales Ü".q (c bigint CONSTRAINT q_c REFERENCES "Sales Ü"."Cust ""Q"", X", d date)
                    PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".q1 PARTITION OF "Sales Ü".q FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                CREATE INDEX ON "Sales Ü".q1 (c);
                """);
        CheckResult result = run(db, "pg.fk-without-index");
        assertThat(found(result)).containsExactly(
                f("PG-FK-WITHOUT-INDEX", t("Order \"Items\", 1").member("FK \"one\", two")),
                f("PG-FK-WITHOUT-INDEX", t("m2").member("m2_cr")),
                f("PG-FK-WITHOUT-INDEX", t("pa").member("pa_c")),
                f("PG-FK-WITHOUT-INDEX", t("q").member("q_c")));
        assertThat(result.findings().get(0).fix()).isEqualTo(Fix.sql(
                "CREATE INDEX CONCURRENTLY ON \"Sales Ü\".\"Order \"\"Items\"\", 1\" (\"Cust Id\");"));
        assertThat(result.findings().get(1).fix().text()).endsWith(" ON \"Sales Ü\".m2 (c, r);");
        assertThat(result.findings().get(3).fix().text())
                .contains("CONCURRENTLY is not possible").endsWith("\nCREATE INDEX ON \"Sales Ü\".q (c);");

        applyFixes(db, result);
        assertThat(found(run(db, "pg.fk-without-index"))).isEmpty();
    }

    @Test
    void table_without_pk(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".keyed (id int PRIMARY KEY);
                -- a partitioned table with a key: its partitions have it too
                CREATE TABLE "Sales Ü".p (id int, d date, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".p1 PARTITION OF "Sales Ü".p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                -- a partitioned table without one whose every partition has its own
                CREATE TABLE "Sales Ü".e (id int, d date) PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".e1 PARTITION OF "Sales Ü".e FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                ALTER TABLE "Sales Ü".e1 ADD PRIMARY KEY (id);
                -- a migration tool's bookkeeping (Liquibase's has no key)
                CREATE TABLE public.databasechangelog (id varchar(255), author varchar(255));
                """);
        assertThat(found(run(db, "pg.table-without-pk"))).isEmpty();

        db.execute("""
                CREATE TABLE "Sales Ü"."Raw ""Events"", 2" (payload jsonb);
                -- a partitioned table with a partition that lacks one: reported once, not per partition
                CREATE TABLE "Sales Ü".q (id int, d date) PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".q1 PARTITION OF "Sales Ü".q FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                -- table inheritance: the parent once, with its heirs counted
                CREATE TABLE "Sales Ü".archive (id int);
                CREATE TABLE "Sales Ü".archive_2024 () INHERITS ("Sales Ü".archive);
                CREATE TABLE "Sales Ü".archive_2025 () INHERITS ("Sales Ü".archive);
                """);
        CheckResult result = run(db, "pg.table-without-pk");
        assertThat(found(result)).containsExactly(
                f("PG-TABLE-WITHOUT-PK", t("Raw \"Events\", 2")),
                f("PG-TABLE-WITHOUT-PK", t("archive")),
                f("PG-TABLE-WITHOUT-PK", t("q")));
        assertThat(result.findings().get(1).message()).contains("nor have the 2 tables that inherit from it");
        assertThat(result.findings().get(2).message()).startsWith("Partitioned table \"Sales Ü\".q has no primary key");
    }

    @Test
    void invalid_index(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Codes, ""A"" 1" (code text, n int);
                INSERT INTO "Sales Ü"."Codes, ""A"" 1" VALUES ('a', 1), ('a', 2);
                CREATE INDEX ok ON "Sales Ü"."Codes, ""A"" 1" (n);
                """);
        assertThat(found(run(db, "pg.invalid-index"))).isEmpty();

        // A failed CREATE INDEX CONCURRENTLY leaves its index invalid; so does a failed REINDEX CONCURRENTLY its copy.
        failing(db, "CREATE UNIQUE INDEX CONCURRENTLY \"Uniq ; code, \"\"x\"\"\" ON \"Sales Ü\".\"Codes, \"\"A\"\" 1\" (code)");
        failing(db, "CREATE UNIQUE INDEX CONCURRENTLY codes_ccnew ON \"Sales Ü\".\"Codes, \"\"A\"\" 1\" (code)");
        CheckResult result = run(db, "pg.invalid-index");
        assertThat(found(result)).containsExactly(
                f("PG-INVALID-INDEX", t("Codes, \"A\" 1").member("Uniq ; code, \"x\"")),
                f("PG-INVALID-INDEX", t("Codes, \"A\" 1").member("codes_ccnew")));
        assertThat(result.findings()).allMatch(x -> x.severity() == Severity.ERROR);
        assertThat(result.findings().get(0).fix())
                .isEqualTo(Fix.sql("REINDEX INDEX CONCURRENTLY \"Sales Ü\".\"Uniq ; code, \"\"x\"\"\";"));
        assertThat(result.findings().get(1).fix()).isEqualTo(Fix.sql("DROP INDEX CONCURRENTLY \"Sales Ü\".codes_ccnew;"));

        db.execute("DELETE FROM \"Sales Ü\".\"Codes, \"\"A\"\" 1\" WHERE n = 2");   // what made the build fail
        applyFixes(db, result);
        assertThat(found(run(db, "pg.invalid-index"))).isEmpty();
        assertThat(Health.queryLong(db, "SELECT count(*) FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid"
                + " WHERE i.relname = 'Uniq ; code, \"x\"' AND x.indisvalid")).isEqualTo(1);
    }

    static void failing(TestDatabase db, String sql) {
        assertThatThrownBy(() -> db.execute(sql)).hasMessageContaining("could not create unique index");
    }

    @Test
    void duplicate_index(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Dups ""T"", 1" (x int, y int, z text, UNIQUE (y));
                -- not duplicates: other sort order, other column order, an expression, a predicate
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (x, y);
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (x DESC, y);
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (y, x);
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (lower(z));
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (z) WHERE x > 0;
                CREATE INDEX ON "Sales Ü"."Dups ""T"", 1" (z);
                CREATE TABLE "Sales Ü".p (id int, d date) PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".p1 PARTITION OF "Sales Ü".p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                CREATE INDEX p_id ON "Sales Ü".p (id);
                """);
        assertThat(found(run(db, "pg.duplicate-index"))).isEmpty();

        db.execute("""
                CREATE INDEX "dup, idx; ""one"" 1" ON "Sales Ü"."Dups ""T"", 1" (x, y);
                -- a plain index that duplicates the unique constraint's: the constraint's is kept
                CREATE INDEX a_plain_y ON "Sales Ü"."Dups ""T"", 1" (y);
                CREATE INDEX p_id_again ON "Sales Ü".p (id);
                """);
        CheckResult result = run(db, "pg.duplicate-index");
        assertThat(found(result)).containsExactly(
                f("PG-DUPLICATE-INDEX", t("Dups \"T\", 1").member("a_plain_y")),
                f("PG-DUPLICATE-INDEX", t("Dups \"T\", 1").member("dup, idx; \"one\" 1")),
                f("PG-DUPLICATE-INDEX", t("p").member("p_id_again")));
        assertThat(result.findings().get(0).message()).contains("duplicates \"Sales Ü\".\"Dups \"\"T\"\", 1_y_key\"");
        assertThat(result.findings().get(1).fix())
                .isEqualTo(Fix.sql("DROP INDEX CONCURRENTLY \"Sales Ü\".\"dup, idx; \"\"one\"\" 1\";"));
        assertThat(result.findings().get(2).fix().text()).endsWith("\nDROP INDEX \"Sales Ü\".p_id_again;");

        applyFixes(db, result);
        assertThat(found(run(db, "pg.duplicate-index"))).isEmpty();
        assertThat(Health.queryLong(db, "SELECT count(*) FROM pg_constraint WHERE conname = 'Dups \"T\", 1_y_key'"))
                .isEqualTo(1);
    }

    @Test
    void not_valid_constraint(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".parent (id int PRIMARY KEY);
                CREATE TABLE "Sales Ü"."Kids, ""1"" x" (id int, parent_id int, n int);
                ALTER TABLE "Sales Ü"."Kids, ""1"" x" ADD CONSTRAINT ok CHECK (n > 0);
                CREATE DOMAIN "Sales Ü".pos AS int CONSTRAINT pos_ok CHECK (VALUE > 0);
                CREATE TABLE "Sales Ü".p (n int, d date) PARTITION BY RANGE (d);
                CREATE TABLE "Sales Ü".p1 PARTITION OF "Sales Ü".p FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');
                """);
        assertThat(found(run(db, "pg.not-valid-constraint"))).isEmpty();

        db.execute("""
                ALTER TABLE "Sales Ü"."Kids, ""1"" x" ADD CONSTRAINT "Chk ""n"", positive" CHECK (n > 0) NOT VALID;
                ALTER TABLE "Sales Ü"."Kids, ""1"" x" ADD CONSTRAINT "FK parent" FOREIGN KEY (parent_id)
                    REFERENCES "Sales Ü".parent NOT VALID;
                ALTER DOMAIN "Sales Ü".pos ADD CONSTRAINT "Pos ""2"" x" CHECK (VALUE < 1000) NOT VALID;
                -- on a partitioned table: reported once, for the table (its partitions validate with it)
                ALTER TABLE "Sales Ü".p ADD CONSTRAINT p_n CHECK (n > 0) NOT VALID;
                """);
        if (db.majorVersion() >= 18) {
            db.execute("ALTER TABLE \"Sales Ü\".\"Kids, \"\"1\"\" x\" ADD CONSTRAINT id_nn NOT NULL id NOT VALID");
        }
        CheckResult result = run(db, "pg.not-valid-constraint");
        List<String> expected = new java.util.ArrayList<>(List.of(
                f("PG-NOT-VALID-CONSTRAINT", t("Kids, \"1\" x").member("Chk \"n\", positive")),
                f("PG-NOT-VALID-CONSTRAINT", t("Kids, \"1\" x").member("FK parent")),
                f("PG-NOT-VALID-CONSTRAINT", t("p").member("p_n")),
                f("PG-NOT-VALID-CONSTRAINT", t("pos").member("Pos \"2\" x"))));
        if (db.majorVersion() >= 18) {
            expected.add(2, f("PG-NOT-VALID-CONSTRAINT", t("Kids, \"1\" x").member("id_nn")));
        }
        assertThat(found(result)).containsExactlyElementsOf(expected);
        assertThat(result.findings().get(0).fix()).isEqualTo(Fix.sql(
                "ALTER TABLE \"Sales Ü\".\"Kids, \"\"1\"\" x\" VALIDATE CONSTRAINT \"Chk \"\"n\"\", positive\";"));
        assertThat(result.findings().get(result.findings().size() - 1).fix()).isEqualTo(Fix.sql(
                "ALTER DOMAIN \"Sales Ü\".pos VALIDATE CONSTRAINT \"Pos \"\"2\"\" x\";"));

        applyFixes(db, result);
        assertThat(found(run(db, "pg.not-valid-constraint"))).isEmpty();
    }

    @Test
    void sequence_near_limit(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE SEQUENCE "Sales Ü".fresh;
                CREATE SEQUENCE "Sales Ü".cycling AS smallint CYCLE;
                SELECT setval('"Sales Ü".cycling', 32700);
                CREATE TABLE "Sales Ü".orders (id int GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY);
                """);
        assertThat(found(run(db, "pg.sequence-near-limit"))).isEmpty();

        db.execute("""
                CREATE SEQUENCE "Sales Ü"."Seq ""q"", 1" AS smallint;
                SELECT setval('"Sales Ü"."Seq ""q"", 1"', 30000);
                CREATE SEQUENCE "Sales Ü".down AS integer INCREMENT BY -1 MINVALUE -100 MAXVALUE -1 START -1;
                SELECT setval('"Sales Ü".down', -99);
                SELECT setval(pg_get_serial_sequence('"Sales Ü".orders', 'id'), 1800000000);
                """);
        CheckResult result = run(db, "pg.sequence-near-limit");
        assertThat(found(result)).containsExactly(
                f("PG-SEQUENCE-NEAR-LIMIT", t("Seq \"q\", 1")),
                f("PG-SEQUENCE-NEAR-LIMIT", t("down")),
                f("PG-SEQUENCE-NEAR-LIMIT", t("orders_id_seq")));
        assertThat(result.findings()).extracting(Finding::severity)
                .containsExactly(Severity.WARNING, Severity.ERROR, Severity.WARNING);
        assertThat(result.findings().get(0).message()).contains("(smallint) has used 91.6% of its range");
        assertThat(result.findings().get(2).message()).contains("It feeds \"Sales Ü\".orders.id.");
    }

    @Test
    void identity_near_limit(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                -- bigint sequences feeding bigint columns, integer ones feeding integer columns: the sequence check's
                CREATE TABLE "Sales Ü".big (id bigserial PRIMARY KEY, n int GENERATED BY DEFAULT AS IDENTITY);
                SELECT setval(pg_get_serial_sequence('"Sales Ü".big', 'id'), 9000000000);
                """);
        assertThat(found(run(db, "pg.identity-near-limit"))).isEmpty();

        // An integer column fed by a bigint sequence (serial columns of databases from before PostgreSQL 10, or a
        // sequence shared between tables): the column is full while the sequence has used 0.0000002% of its range.
        db.execute("""
                CREATE TABLE "Sales Ü"."Tickets, ""T"" x" ("Ticket No" integer PRIMARY KEY);
                CREATE SEQUENCE "Sales Ü".tickets_seq AS bigint OWNED BY "Sales Ü"."Tickets, ""T"" x"."Ticket No";
                ALTER TABLE "Sales Ü"."Tickets, ""T"" x" ALTER COLUMN "Ticket No"
                    SET DEFAULT nextval('"Sales Ü".tickets_seq');
                SELECT setval('"Sales Ü".tickets_seq', 2000000000);
                CREATE SEQUENCE "Sales Ü".shared AS bigint;
                CREATE TABLE "Sales Ü".small (n smallint DEFAULT nextval('"Sales Ü".shared'));
                SELECT setval('"Sales Ü".shared', 32000);
                """);
        CheckResult result = run(db, "pg.identity-near-limit");
        assertThat(found(result)).containsExactly(
                f("PG-IDENTITY-NEAR-LIMIT", t("Tickets, \"T\" x").child("Ticket No")),
                f("PG-IDENTITY-NEAR-LIMIT", t("small").child("n")));
        assertThat(result.findings()).extracting(Finding::severity).containsExactly(Severity.WARNING, Severity.ERROR);
        assertThat(found(run(db, "pg.sequence-near-limit"))).isEmpty();
    }

    @Test
    void duplicate_fk(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü".parent (id int PRIMARY KEY, code int UNIQUE);
                CREATE TABLE "Sales Ü"."Kids ""1"", x" (p int, c int,
                    CONSTRAINT a FOREIGN KEY (p) REFERENCES "Sales Ü".parent,
                    CONSTRAINT b FOREIGN KEY (p) REFERENCES "Sales Ü".parent ON DELETE CASCADE,
                    CONSTRAINT c FOREIGN KEY (c) REFERENCES "Sales Ü".parent (code));
                """);
        assertThat(found(run(db, "pg.duplicate-fk"))).isEmpty();

        db.execute("ALTER TABLE \"Sales Ü\".\"Kids \"\"1\"\", x\" ADD CONSTRAINT \"A, \"\"again\"\"\""
                + " FOREIGN KEY (p) REFERENCES \"Sales Ü\".parent (id)");
        CheckResult result = run(db, "pg.duplicate-fk");
        assertThat(found(result)).containsExactly(f("PG-DUPLICATE-FK", t("Kids \"1\", x").member("a")));
        assertThat(result.findings().get(0).message()).contains("duplicates \"A, \"\"again\"\"\"");
        applyFixes(db, result);
        assertThat(found(run(db, "pg.duplicate-fk"))).isEmpty();
    }

    @Test
    void fk_type_mismatch(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE DOMAIN "Sales Ü".ident AS bigint;
                CREATE TABLE "Sales Ü".parent (id bigint PRIMARY KEY, code varchar(10) UNIQUE, small int UNIQUE);
                CREATE TABLE "Sales Ü".ok (a "Sales Ü".ident REFERENCES "Sales Ü".parent,
                    b text REFERENCES "Sales Ü".parent (code), c bigint REFERENCES "Sales Ü".parent (small));
                """);
        assertThat(found(run(db, "pg.fk-type-mismatch"))).isEmpty();

        db.execute("""
                CREATE TABLE "Sales Ü"."Narrow, ""1"" x" ("Parent Id" integer CONSTRAINT "to parent" REFERENCES "Sales Ü".parent,
                    code varchar(5) CONSTRAINT to_code REFERENCES "Sales Ü".parent (code));
                """);
        CheckResult result = run(db, "pg.fk-type-mismatch");
        assertThat(found(result)).containsExactly(
                f("PG-FK-TYPE-MISMATCH", t("Narrow, \"1\" x").member("to parent")),
                f("PG-FK-TYPE-MISMATCH", t("Narrow, \"1\" x").member("to_code")));
        assertThat(result.findings().get(0).message()).contains("\"Parent Id\" integer references id bigint");
    }

    @Test
    void btree_on_array(TestDatabase db) {
        db.execute("""
                CREATE SCHEMA "Sales Ü";
                CREATE TABLE "Sales Ü"."Tagged ""T"" x" (id int, "Tags, all" text[]);
                CREATE INDEX ON "Sales Ü"."Tagged ""T"" x" USING gin ("Tags, all");
                CREATE INDEX plain ON "Sales Ü"."Tagged ""T"" x" (id) INCLUDE ("Tags, all");
                """);
        assertThat(found(run(db, "pg.btree-on-array"))).isEmpty();

        db.execute("CREATE INDEX \"Tags; btree\" ON \"Sales Ü\".\"Tagged \"\"T\"\" x\" (id, \"Tags, all\")");
        CheckResult result = run(db, "pg.btree-on-array");
        assertThat(found(result)).containsExactly(f("PG-BTREE-ON-ARRAY", t("Tagged \"T\" x").member("Tags; btree")));
        assertThat(result.findings().get(0).fix().text())
                .contains("CREATE INDEX CONCURRENTLY ON \"Sales Ü\".\"Tagged \"\"T\"\" x\" USING gin (\"Tags, all\")");
    }
}
