package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every rule both ways: what it makes equal, and the real differences it must keep. */
class SqlNormalizerTest {

    @Nested
    class Types {

        @ParameterizedTest(name = "{0} is {1}")
        @CsvSource(delimiter = '|', value = {
                "int4|integer", "int|integer", "INTEGER|integer", "Int4|integer", "pg_catalog.int4|integer",
                "int2|smallint", "int8|bigint", "BIGINT|bigint",
                "float4|real", "float8|double precision", "float|double precision", "float(24)|real",
                "float(25)|double precision", "double  precision|double precision",
                "bool|boolean", "decimal|numeric", "decimal(10,2)|numeric(10,2)", "numeric(10, 2)|numeric(10,2)",
                "numeric(10)|numeric(10,0)",
                "varchar(20)|character varying(20)", "VARCHAR(20)|character varying(20)",
                "character varying(20)|character varying(20)", "varchar|character varying",
                "char(3)|character(3)", "char|character(1)", "bpchar|bpchar", "character(3)|character(3)",
                "timestamptz|timestamp with time zone", "timestamp with time zone|timestamp with time zone",
                "timestamp|timestamp without time zone", "timestamp without time zone|timestamp without time zone",
                "timestamp(3)|timestamp(3) without time zone", "timestamptz(3)|timestamp(3) with time zone",
                "timestamp(3) with time zone|timestamp(3) with time zone",
                "timetz|time with time zone", "time|time without time zone",
                "varbit(4)|bit varying(4)", "bit|bit(1)",
                "_int4|integer[]", "int4[]|integer[]", "integer[][]|integer[]", "int[3]|integer[]",
                "integer ARRAY|integer[]", "_varchar|character varying[]", "varchar(20)[]|character varying(20)[]",
                "text|text", "jsonb|jsonb", "uuid|uuid", "TEXT|text",
                "public.mood|public.mood", "\"Mood\"|\"Mood\"", "public.\"Mood\"[]|public.\"Mood\"[]",
                "\"char\"|\"char\""})
        void canonical_spelling(String written, String canonical) {
            assertThat(SqlNormalizer.type(written)).isEqualTo(canonical);
        }

        @Test
        void catalog_spelling_is_unchanged() {
            for (String t : new String[] {"integer", "bigint", "character varying(20)", "numeric(10,2)",
                    "timestamp with time zone", "timestamp(6) without time zone", "integer[]", "double precision",
                    "time(3) with time zone", "bit varying(8)", "interval", "\"char\"", "public.address"}) {
                assertThat(SqlNormalizer.type(t)).as(t).isEqualTo(t);
            }
        }

        @Test
        void real_type_differences_remain() {
            assertThat(SqlNormalizer.type("varchar(20)")).isNotEqualTo(SqlNormalizer.type("varchar(30)"));
            assertThat(SqlNormalizer.type("timestamp")).isNotEqualTo(SqlNormalizer.type("timestamptz"));
            assertThat(SqlNormalizer.type("numeric(10,2)")).isNotEqualTo(SqlNormalizer.type("numeric(12,2)"));
            assertThat(SqlNormalizer.type("numeric(10,2)")).isNotEqualTo(SqlNormalizer.type("numeric"));
            assertThat(SqlNormalizer.type("int4")).isNotEqualTo(SqlNormalizer.type("int8"));
            assertThat(SqlNormalizer.type("float4")).isNotEqualTo(SqlNormalizer.type("float8"));
            assertThat(SqlNormalizer.type("integer")).isNotEqualTo(SqlNormalizer.type("integer[]"));
            assertThat(SqlNormalizer.type("char(3)")).isNotEqualTo(SqlNormalizer.type("varchar(3)"));
            assertThat(SqlNormalizer.type("bpchar")).isNotEqualTo(SqlNormalizer.type("char"));
            assertThat(SqlNormalizer.type("\"char\"")).isNotEqualTo(SqlNormalizer.type("char"));
            assertThat(SqlNormalizer.type("\"Mood\"")).isNotEqualTo(SqlNormalizer.type("mood"));
            assertThat(SqlNormalizer.type("public.mood")).isNotEqualTo(SqlNormalizer.type("other.mood"));
            assertThat(SqlNormalizer.type("time")).isNotEqualTo(SqlNormalizer.type("timestamp"));
        }

        @Test
        void a_user_type_named_like_an_alias_is_not_an_alias() {
            assertThat(SqlNormalizer.type("public.int4")).isEqualTo("public.int4");
            assertThat(SqlNormalizer.type("\"int4\"")).isEqualTo("\"int4\"");
        }

        @Test
        void null_is_null() {
            assertThat(SqlNormalizer.type(null)).isNull();
        }
    }

    @Nested
    class Expressions {

        @Test
        void whitespace_and_line_breaks_collapse() {
            assertThat(SqlNormalizer.expression("a  >\n\t 0")).isEqualTo("a > 0");
            assertThat(SqlNormalizer.expression("  lower( email )  ")).isEqualTo("lower(email)");
            assertThat(SqlNormalizer.expression("f(a ,b,c)")).isEqualTo("f(a, b, c)");
            assertThat(SqlNormalizer.expression("a > 0 -- positive\n AND b /* note */ < 1"))
                    .isEqualTo("a > 0 AND b < 1");
        }

        @Test
        void whitespace_inside_literals_and_quoted_names_is_kept() {
            assertThat(SqlNormalizer.expression("x = 'a  b'")).isEqualTo("x = 'a  b'");
            assertThat(SqlNormalizer.expression("x = 'a  b'")).isNotEqualTo(SqlNormalizer.expression("x = 'a b'"));
            assertThat(SqlNormalizer.expression("x = 'a '")).isNotEqualTo(SqlNormalizer.expression("x = 'a'"));
            assertThat(SqlNormalizer.expression("\"my  col\" > 0")).isEqualTo("\"my  col\" > 0");
            assertThat(SqlNormalizer.expression("x = E'a\\'  (b)'")).isEqualTo("x = E'a\\'  (b)'");
            assertThat(SqlNormalizer.expression("x = $$ a  ((b)) $$")).isEqualTo("x = $$ a  ((b)) $$");
            assertThat(SqlNormalizer.expression("x = $t$ it's -- not a comment $t$"))
                    .isEqualTo("x = $t$ it's -- not a comment $t$");
            assertThat(SqlNormalizer.expression("x = 'it''s  ((x))'")).isEqualTo("x = 'it''s  ((x))'");
            assertThat(SqlNormalizer.expression("x = '-- no comment'")).isEqualTo("x = '-- no comment'");
        }

        @Test
        void changed_literals_and_identifiers_remain_different() {
            assertThat(SqlNormalizer.expression("status = 'active'"))
                    .isNotEqualTo(SqlNormalizer.expression("status = 'Active'"));
            assertThat(SqlNormalizer.expression("\"Users\".id > 0"))
                    .isNotEqualTo(SqlNormalizer.expression("users.id > 0"));
            assertThat(SqlNormalizer.expression("a > 0")).isNotEqualTo(SqlNormalizer.expression("a >= 0"));
            assertThat(SqlNormalizer.expression("a > 0")).isNotEqualTo(SqlNormalizer.expression("a > 1"));
        }

        @Test
        void parentheses_around_the_whole_expression_are_dropped() {
            assertThat(SqlNormalizer.expression("(a > 0)")).isEqualTo("a > 0");
            assertThat(SqlNormalizer.expression("((a > 0))")).isEqualTo("a > 0");
            assertThat(SqlNormalizer.expression("( (a > 0) )")).isEqualTo("a > 0");
        }

        @Test
        void doubled_parentheses_become_one_pair() {
            assertThat(SqlNormalizer.expression("((a > 0)) AND ((b < 1))")).isEqualTo("(a > 0) AND (b < 1)");
            assertThat(SqlNormalizer.expression("NOT ((a OR b))")).isEqualTo("NOT (a OR b)");
        }

        @Test
        void parentheses_that_mean_something_are_kept() {
            assertThat(SqlNormalizer.expression("(a > 0) AND (b < 1)")).isEqualTo("(a > 0) AND (b < 1)");
            assertThat(SqlNormalizer.expression("(a + b) * c")).isEqualTo("(a + b) * c");
            assertThat(SqlNormalizer.expression("(a + b) * c")).isNotEqualTo(SqlNormalizer.expression("a + b * c"));
            // a row constructor: ((1, 2)) is not (1, 2)
            assertThat(SqlNormalizer.expression("(a, b) IN ((1, 2))")).isEqualTo("(a, b) IN ((1, 2))");
            assertThat(SqlNormalizer.expression("(a, b)")).isEqualTo("(a, b)");
            // a call's parentheses
            assertThat(SqlNormalizer.expression("lower((x))")).isEqualTo("lower((x))");
            assertThat(SqlNormalizer.expression("(a).b")).isEqualTo("(a).b");
            assertThat(SqlNormalizer.expression("(a).b")).isNotEqualTo(SqlNormalizer.expression("a.b"));
        }

        @Test
        void null_is_null() {
            assertThat(SqlNormalizer.expression(null)).isNull();
        }
    }

    @Nested
    class Defaults {

        @Test
        void a_cast_to_the_column_type_is_dropped() {
            assertThat(SqlNormalizer.defaultExpression("'a'::text", "text")).isEqualTo("'a'");
            assertThat(SqlNormalizer.defaultExpression("'a'::character varying", "character varying(20)"))
                    .isEqualTo("'a'");
            assertThat(SqlNormalizer.defaultExpression("'a'::character varying", "varchar(20)")).isEqualTo("'a'");
            assertThat(SqlNormalizer.defaultExpression("'a '::bpchar", "character(3)")).isEqualTo("'a '");
            assertThat(SqlNormalizer.defaultExpression("'-1'::integer", "int4")).isEqualTo("'-1'");
            assertThat(SqlNormalizer.defaultExpression("'{1}'::integer[]", "integer[]")).isEqualTo("'{1}'");
            assertThat(SqlNormalizer.defaultExpression("'a'::text", "text"))
                    .isEqualTo(SqlNormalizer.defaultExpression("'a'", "text"));
        }

        @Test
        void a_cast_to_another_type_is_kept() {
            assertThat(SqlNormalizer.defaultExpression("'a '::bpchar", "text")).isEqualTo("'a '::bpchar");
            assertThat(SqlNormalizer.defaultExpression("'2020-01-01'::date", "timestamp"))
                    .isEqualTo("'2020-01-01'::date");
            assertThat(SqlNormalizer.defaultExpression("'15000000000'::numeric", "double precision"))
                    .isEqualTo("'15000000000'::numeric");
            assertThat(SqlNormalizer.defaultExpression("'a'::text", null)).isEqualTo("'a'::text");
            assertThat(SqlNormalizer.defaultExpression("'a'::text")).isEqualTo("'a'::text");
        }

        @Test
        void a_cast_the_column_applies_anyway_is_dropped_8() {
            // ALTER COLUMN … TYPE keeps the default as written for the old type (#8): text → varchar(20)
            assertThat(SqlNormalizer.defaultExpression("'new'::text", "character varying(20)")).isEqualTo("'new'");
            assertThat(SqlNormalizer.defaultExpression("'new'::character varying", "text")).isEqualTo("'new'");
            assertThat(SqlNormalizer.defaultExpression("'ab'::text", "character(5)")).isEqualTo("'ab'");
            assertThat(SqlNormalizer.defaultExpression("'ab'::character varying", "character(5)")).isEqualTo("'ab'");
            assertThat(SqlNormalizer.defaultExpression("'ab'::bpchar", "text")).isEqualTo("'ab'");
            assertThat(SqlNormalizer.defaultExpression("'ab'::bpchar", "character varying(5)")).isEqualTo("'ab'");
            assertThat(SqlNormalizer.defaultExpression("'-1'::smallint", "integer")).isEqualTo("'-1'");
            assertThat(SqlNormalizer.defaultExpression("'-1'::integer", "bigint")).isEqualTo("'-1'");
            assertThat(SqlNormalizer.defaultExpression("'-1'::bigint", "numeric(20,0)")).isEqualTo("'-1'");
            assertThat(SqlNormalizer.defaultExpression("'7'::bigint", "numeric")).isEqualTo("'7'");
            // DEFAULT -1 on a smallint column reads '-1'::integer: the same number, or the same error
            assertThat(SqlNormalizer.defaultExpression("'-1'::integer", "smallint")).isEqualTo("'-1'");
            assertThat(SqlNormalizer.defaultExpression("'{a}'::text[]", "character varying(5)[]")).isEqualTo("'{a}'");
            assertThat(SqlNormalizer.defaultExpression("'{-1}'::integer[]", "bigint[]")).isEqualTo("'{-1}'");
            assertThat(SqlNormalizer.defaultExpression("''::public.hstore", "public.hstore")).isEqualTo("''");
            assertThat(SqlNormalizer.defaultExpression("'a'::public.\"Mood\"", "public.\"Mood\""))
                    .isEqualTo("'a'");
            assertThat(SqlNormalizer.defaultExpression("'a'::character varying(3)", "character varying(3)"))
                    .isEqualTo("'a'");
        }

        @Test
        void a_cast_that_could_change_the_value_is_kept() {
            // bpchar drops trailing blanks when it becomes text
            assertThat(SqlNormalizer.defaultExpression("'a '::bpchar", "character varying(5)"))
                    .isEqualTo("'a '::bpchar");
            assertThat(SqlNormalizer.defaultExpression("'{a}'::bpchar[]", "text[]")).isEqualTo("'{a}'::bpchar[]");
            // a cast with a length of its own cuts the literal before the column sees it
            assertThat(SqlNormalizer.defaultExpression("'abcdef'::character varying(3)", "character varying(10)"))
                    .isEqualTo("'abcdef'::character varying(3)");
            assertThat(SqlNormalizer.defaultExpression("'abcdef'::character varying(3)", "text"))
                    .isEqualTo("'abcdef'::character varying(3)");
            // down the numbers, or through floating point
            assertThat(SqlNormalizer.defaultExpression("'1.5'::numeric", "integer")).isEqualTo("'1.5'::numeric");
            assertThat(SqlNormalizer.defaultExpression("'7'::numeric", "bigint")).isEqualTo("'7'::numeric");
            assertThat(SqlNormalizer.defaultExpression("'0.1'::real", "double precision")).isEqualTo("'0.1'::real");
            assertThat(SqlNormalizer.defaultExpression("'1'::integer", "double precision"))
                    .isEqualTo("'1'::integer");
            // read in the session's time zone at every insert
            assertThat(SqlNormalizer.defaultExpression("'2020-01-01 00:00:00'::timestamp without time zone",
                    "timestamp with time zone")).isEqualTo("'2020-01-01 00:00:00'::timestamp without time zone");
            // a user type's cast may do anything; name cuts at 63 bytes
            assertThat(SqlNormalizer.defaultExpression("'a'::text", "public.citext")).isEqualTo("'a'::text");
            assertThat(SqlNormalizer.defaultExpression("'a'::public.citext", "text")).isEqualTo("'a'::public.citext");
            assertThat(SqlNormalizer.defaultExpression("'n'::name", "text")).isEqualTo("'n'::name");
            // an array cast on a scalar column, or the other way round
            assertThat(SqlNormalizer.defaultExpression("'{a}'::text[]", "text")).isEqualTo("'{a}'::text[]");
        }

        @Test
        void only_a_lone_literal_loses_its_cast() {
            assertThat(SqlNormalizer.defaultExpression("('a'::text || 'b'::text)", "text"))
                    .isEqualTo("'a'::text || 'b'::text");
            assertThat(SqlNormalizer.defaultExpression("now()", "timestamp with time zone")).isEqualTo("now()");
            assertThat(SqlNormalizer.defaultExpression("nextval('users_id_seq'::regclass)", "integer"))
                    .isEqualTo("nextval('users_id_seq'::regclass)");
        }

        @Test
        void changed_defaults_remain_different() {
            assertThat(SqlNormalizer.defaultExpression("'a'::text", "text"))
                    .isNotEqualTo(SqlNormalizer.defaultExpression("'b'::text", "text"));
            assertThat(SqlNormalizer.defaultExpression("'a'::text", "text"))
                    .isNotEqualTo(SqlNormalizer.defaultExpression("'a '::text", "text"));
            assertThat(SqlNormalizer.defaultExpression("0", "integer"))
                    .isNotEqualTo(SqlNormalizer.defaultExpression("1", "integer"));
            assertThat(SqlNormalizer.defaultExpression("nextval('a_seq'::regclass)", "integer"))
                    .isNotEqualTo(SqlNormalizer.defaultExpression("nextval('b_seq'::regclass)", "integer"));
            assertThat(SqlNormalizer.defaultExpression("nextval('a_seq'::regclass)", "integer"))
                    .isNotEqualTo(SqlNormalizer.defaultExpression("nextval('a_seq'::text)", "integer"));
        }
    }

    @Nested
    class Views {

        @Test
        void layout_and_trailing_semicolon_do_not_count() {
            String pg12 = " SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.active = true;";
            String pg17 = " SELECT id,\n    email\n   FROM users\n  WHERE active = true;";
            assertThat(SqlNormalizer.viewDefinition(pg12)).isEqualTo("SELECT id, email FROM users WHERE active = true");
            assertThat(SqlNormalizer.viewDefinition(pg17)).isEqualTo("SELECT id, email FROM users WHERE active = true");
            assertThat(SqlNormalizer.viewDefinition("SELECT 1")).isEqualTo(SqlNormalizer.viewDefinition("SELECT 1;"));
        }

        @Test
        void a_changed_view_remains_different() {
            assertThat(SqlNormalizer.viewDefinition("SELECT id FROM users WHERE name = 'a b'"))
                    .isNotEqualTo(SqlNormalizer.viewDefinition("SELECT id FROM users WHERE name = 'a  b'"));
            assertThat(SqlNormalizer.viewDefinition("SELECT id FROM \"Users\""))
                    .isNotEqualTo(SqlNormalizer.viewDefinition("SELECT id FROM users"));
            assertThat(SqlNormalizer.viewDefinition("SELECT id FROM users WHERE id > 1"))
                    .isNotEqualTo(SqlNormalizer.viewDefinition("SELECT id FROM users WHERE id > 2"));
        }
    }

    @Nested
    class ViewQualifiers {

        private void same(String pg15, String pg16) {
            assertThat(SqlNormalizer.viewDefinition(pg15)).isEqualTo(SqlNormalizer.viewDefinition(pg16));
        }

        @Test
        void one_relation_columns_lose_the_qualifier_pg16_drops() {
            same(" SELECT tt.id AS \"Id\"\n   FROM vt.t tt\n  WHERE tt.x = ANY (ARRAY[1, 2])\n  GROUP BY tt.id\n HAVING count(*) > 1;",
                    " SELECT id AS \"Id\"\n   FROM vt.t tt\n  WHERE x = ANY (ARRAY[1, 2])\n  GROUP BY id\n HAVING count(*) > 1;");
            same(" SELECT\n CASE WHEN t.x > 0 THEN 'p'::text ELSE 'n'::text END AS s,\n COALESCE(t.x, 0) AS \"coalesce\"\n FROM vt.t\n ORDER BY t.id\n LIMIT 5;",
                    " SELECT\n CASE WHEN x > 0 THEN 'p'::text ELSE 'n'::text END AS s,\n COALESCE(x, 0) AS \"coalesce\"\n FROM vt.t\n ORDER BY id\n LIMIT 5;");
            same(" SELECT g.g FROM generate_series(1, 3) g(g);", " SELECT g FROM generate_series(1, 3) g(g);");
            same(" SELECT v.a FROM ( VALUES (1), (2)) v(a);", " SELECT a FROM ( VALUES (1), (2)) v(a);");
            same(" SELECT s.id FROM ( SELECT t.id FROM vt.t) s WHERE s.id > 1;",
                    " SELECT id FROM ( SELECT t.id FROM vt.t) s WHERE id > 1;");
            same(" WITH c AS ( SELECT t.id FROM vt.t ) SELECT c.id FROM c;",
                    " WITH c AS ( SELECT t.id FROM vt.t ) SELECT id FROM c;");
            same(" SELECT t.id FROM vt.t WHERE t.a IS DISTINCT FROM t.b;", " SELECT id FROM vt.t WHERE a IS DISTINCT FROM b;");
        }

        @Test
        void nested_queries_keep_their_qualifiers() {
            same(" SELECT t.id FROM vt.t WHERE (EXISTS ( SELECT 1 FROM vt.u WHERE u.id = t.id));",
                    " SELECT id FROM vt.t WHERE (EXISTS ( SELECT 1 FROM vt.u WHERE u.id = t.id));");
            assertThat(SqlNormalizer.viewDefinition(" SELECT id FROM vt.t WHERE (EXISTS ( SELECT 1 FROM vt.u WHERE u.id = t.id));"))
                    .isEqualTo("SELECT id FROM vt.t WHERE (EXISTS (SELECT 1 FROM vt.u WHERE u.id = t.id))");
        }

        @Test
        void several_relations_keep_their_qualifiers() {
            String join = "SELECT t.id, u.y FROM vt.t JOIN vt.u ON u.id = t.id";
            assertThat(SqlNormalizer.viewDefinition(join)).isEqualTo(join);
            String comma = "SELECT t.id, u.y FROM vt.t, vt.u";
            assertThat(SqlNormalizer.viewDefinition(comma)).isEqualTo(comma);
            String union = "SELECT t.id FROM vt.t UNION SELECT u.id FROM vt.u";
            assertThat(SqlNormalizer.viewDefinition(union)).isEqualTo(union);
        }

        @Test
        void the_relation_itself_and_qualified_calls_are_not_touched() {
            assertThat(SqlNormalizer.viewDefinition("SELECT vt.id FROM vt.vt")).isEqualTo("SELECT id FROM vt.vt");
            assertThat(SqlNormalizer.viewDefinition("SELECT kinds.f(kinds.x) FROM s.kinds"))
                    .isEqualTo("SELECT kinds.f(x) FROM s.kinds");
        }

        @Test
        void a_different_column_remains_different() {
            assertThat(SqlNormalizer.viewDefinition("SELECT t.id FROM t"))
                    .isNotEqualTo(SqlNormalizer.viewDefinition("SELECT t.x FROM t"));
            assertThat(SqlNormalizer.viewDefinition("SELECT a.id FROM t a"))
                    .isNotEqualTo(SqlNormalizer.viewDefinition("SELECT a.id FROM u a"));
        }
    }

    @Nested
    class Arguments {

        @Test
        void the_default_in_mode_is_dropped() {
            assertThat(SqlNormalizer.arguments("IN from_id bigint, IN to_id bigint, IN amount numeric"))
                    .isEqualTo("from_id bigint, to_id bigint, amount numeric");
            assertThat(SqlNormalizer.arguments("IN a integer DEFAULT 1, OUT b text")).isEqualTo("a integer DEFAULT 1, OUT b text");
            assertThat(SqlNormalizer.arguments("numeric(10,2), IN integer")).isEqualTo("numeric(10,2), integer");
            assertThat(SqlNormalizer.arguments("")).isEmpty();
        }

        @Test
        void other_modes_and_names_remain() {
            assertThat(SqlNormalizer.arguments("INOUT a integer")).isEqualTo("INOUT a integer");
            assertThat(SqlNormalizer.arguments("OUT a integer")).isNotEqualTo(SqlNormalizer.arguments("IN a integer"));
            assertThat(SqlNormalizer.arguments("VARIADIC xs integer[]")).isEqualTo("VARIADIC xs integer[]");
            assertThat(SqlNormalizer.arguments("\"in\" integer")).isEqualTo("\"in\" integer");
            assertThat(SqlNormalizer.arguments("a text DEFAULT 'IN  x'")).isEqualTo("a text DEFAULT 'IN  x'");
        }
    }

    @Nested
    class Properties {

        private final String[] samples = {
                " SELECT a.id, a.owner_name, a.balance\n   FROM kinds.accounts a\n  WHERE a.balance::numeric > 1000::numeric"
                        + " AND a.owner_name <> 'it''s  me'::text;",
                " SELECT t.mood, t.total\n   FROM ( SELECT accounts.mood, sum(accounts.balance::numeric) AS total\n"
                        + "           FROM kinds.accounts\n          GROUP BY accounts.mood) t\n  WHERE t.total > 0::numeric;",
                "((a > 0)) AND (b, c) IN ((1, 2)) OR lower((x)) = E'\\n  ' -- note\n",
                "CREATE TRIGGER t BEFORE UPDATE OF a, b ON s.t FOR EACH ROW WHEN ((old.a IS DISTINCT FROM new.a)) "
                        + "EXECUTE FUNCTION s.f('x', 'it''s')",
                "IN a integer DEFAULT 1, OUT b numeric(10,2), VARIADIC c text[]",
                "timestamp(3) with time zone[]", "_int4", "character varying(20)", "numeric(10, 2)",
                "'a'::text", "nextval('s.t_id_seq'::regclass)", "$$ SELECT 1 $$", "/* a /* nested */ comment */ 1"};

        @Test
        void every_rule_is_idempotent() {
            for (String sql : samples) {
                assertThat(SqlNormalizer.expression(SqlNormalizer.expression(sql))).as(sql)
                        .isEqualTo(SqlNormalizer.expression(sql));
                assertThat(SqlNormalizer.viewDefinition(SqlNormalizer.viewDefinition(sql))).as(sql)
                        .isEqualTo(SqlNormalizer.viewDefinition(sql));
                assertThat(SqlNormalizer.type(SqlNormalizer.type(sql))).as(sql).isEqualTo(SqlNormalizer.type(sql));
                assertThat(SqlNormalizer.arguments(SqlNormalizer.arguments(sql))).as(sql)
                        .isEqualTo(SqlNormalizer.arguments(sql));
                assertThat(SqlNormalizer.whitespace(SqlNormalizer.whitespace(sql))).as(sql)
                        .isEqualTo(SqlNormalizer.whitespace(sql));
                assertThat(SqlNormalizer.defaultExpression(SqlNormalizer.defaultExpression(sql, "text"), "text"))
                        .as(sql).isEqualTo(SqlNormalizer.defaultExpression(sql, "text"));
            }
        }

        @Test
        void no_input_makes_it_throw() {
            java.util.Random random = new java.util.Random(42);
            String alphabet = "ab ()[],.;:'\"$E\\-*/=<>0123456789\nINinSELECTFROMwhere";
            for (int n = 0; n < 20_000; n++) {
                StringBuilder sql = new StringBuilder();
                int length = random.nextInt(40);
                for (int i = 0; i < length; i++) {
                    sql.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                String text = sql.toString();
                SqlNormalizer.type(text);
                SqlNormalizer.expression(text);
                SqlNormalizer.defaultExpression(text, "text");
                SqlNormalizer.viewDefinition(text);
                SqlNormalizer.arguments(text);
                SqlNormalizer.whitespace(text);
            }
        }

        @Test
        void the_text_of_literals_survives_every_rule() {
            String literal = "'  x  ((y))  -- z  '";
            assertThat(SqlNormalizer.expression("((" + literal + "))")).isEqualTo(literal);
            assertThat(SqlNormalizer.viewDefinition("SELECT t.a FROM t WHERE t.b = " + literal))
                    .isEqualTo("SELECT a FROM t WHERE b = " + literal);
            assertThat(SqlNormalizer.defaultExpression(literal + "::text", "text")).isEqualTo(literal);
        }
    }

    @Nested
    class Tokens {

        @Test
        void quoting_forms_are_single_tokens() {
            assertThat(SqlNormalizer.tokens("'a''b' E'c\\'d' \"e\"\"f\" $$g$$ $x$h$x$ U&'\\0041' B'101'"))
                    .extracting(t -> t.text)
                    .containsExactly("'a''b'", "E'c\\'d'", "\"e\"\"f\"", "$$g$$", "$x$h$x$", "U&'\\0041'", "B'101'");
        }

        @Test
        void operators_casts_and_parameters() {
            assertThat(SqlNormalizer.tokens("a::int>=$1 AND b<>-1.5e-3"))
                    .extracting(t -> t.text)
                    .containsExactly("a", "::", "int", ">=", "$1", "AND", "b", "<>-", "1.5e-3");
        }

        @Test
        void unterminated_quotes_do_not_fail() {
            assertThat(SqlNormalizer.expression("x = 'open")).isEqualTo("x = 'open");
            assertThat(SqlNormalizer.expression("x = $$open")).isEqualTo("x = $$open");
        }
    }

    @Nested
    class SqlStandardCallSyntax {

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "SUBSTRING(md5(random()::text) FROM 1 FOR 8)|\"substring\"(md5(random()::text), 1, 8)",
            "SUBSTRING(a FROM 2)|\"substring\"(a, 2)",
            "TRIM(BOTH ' '::text FROM code) = code|btrim(code, ' '::text) = code",
            "TRIM(BOTH FROM code)|btrim(code)",
            "TRIM(LEADING ' '::text FROM g.full_name)|ltrim(g.full_name, ' '::text)",
            "TRIM(TRAILING 'x'::text FROM a)|rtrim(a, 'x'::text)",
            "POSITION(('-'::text) IN (code)) = 0|\"position\"(code, '-'::text) = 0",
            "OVERLAY(g.full_name PLACING ''::text FROM 1 FOR 1)|\"overlay\"(g.full_name, ''::text, 1, 1)",
            "upper(SUBSTRING(lower(SUBSTRING(a FROM 1 FOR 3)) FROM 2))|upper(\"substring\"(lower(\"substring\"(a, 1, 3)), 2))",
        })
        void postgresql_14s_sql_syntax_reads_as_the_function_call_12_and_13_print(String pg14, String pg13) {
            assertThat(SqlNormalizer.expression(pg14)).isEqualTo(SqlNormalizer.expression(pg13)).isEqualTo(pg13);
            assertThat(SqlNormalizer.whitespace(pg14)).isEqualTo(pg13);
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "(ts AT TIME ZONE 'UTC'::text) AS a1|timezone('UTC'::text, ts) AS a1",
            "(now() AT TIME ZONE 'UTC'::text)|timezone('UTC'::text, now())",
            "s ~ similar_to_escape('a%'::text)|s ~ similar_escape('a%'::text, NULL::text)",
            "s !~ similar_to_escape('b%'::text, '#'::text)|s !~ similar_escape('b%'::text, '#'::text)",
            "COLLATION FOR (s) AS a5|pg_collation_for(s) AS a5",
            "((ts, ts) OVERLAPS (ts, ts)) AS a16|\"overlaps\"(ts, ts, ts, ts) AS a16",
        })
        void the_other_spellings_that_changed_between_12_and_17_read_alike(String newer, String older) {
            assertThat(SqlNormalizer.whitespace(newer)).isEqualTo(SqlNormalizer.whitespace(older));
        }

        @Test
        void extract_is_not_rewritten_because_14_made_it_another_function() {
            assertThat(SqlNormalizer.expression("EXTRACT(month FROM day)")).isEqualTo("EXTRACT(month FROM day)");
        }

        @Test
        void a_qualified_or_quoted_function_of_that_name_is_left_alone() {
            assertThat(SqlNormalizer.expression("app.position(a IN b)")).isEqualTo("app.position(a IN b)");
            assertThat(SqlNormalizer.expression("\"substring\"(a, 1)")).isEqualTo("\"substring\"(a, 1)");
        }
    }
}
