package io.drift.jpa.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.diff.Severity;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every row of the type compatibility table in docs/jpa.md: the entity's type, the column's, the verdict. */
class TypeRulesTest {

    @ParameterizedTest(name = "{0} against {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # entity (as Hibernate maps it)  | column                         | verdict
            character varying(255)           | character varying(255)         | MATCH
            character varying(255)           | text                           | WARNING
            character varying(255)           | character varying              | WARNING
            character varying(255)           | character varying(50)          | ERROR
            character varying(255)           | character varying(500)         | INFO
            text                             | character varying(4000)        | ERROR
            text                             | character varying              | MATCH
            character varying(4)             | character(4)                   | WARNING
            character varying(10)            | character(4)                   | ERROR
            character(1)                     | character varying(1)           | WARNING
            integer                          | bigint                         | INFO
            smallint                         | integer                        | INFO
            bigint                           | integer                        | ERROR
            integer                          | smallint                       | ERROR
            integer                          | numeric(10,0)                  | INFO
            integer                          | numeric(5,0)                   | ERROR
            integer                          | numeric                        | WARNING
            bigint                           | numeric(10,2)                  | ERROR
            numeric(10,2)                    | numeric(10,2)                  | MATCH
            numeric(10,2)                    | numeric(12,2)                  | INFO
            numeric(10,2)                    | numeric                        | INFO
            numeric(10,2)                    | numeric(8,2)                   | ERROR
            numeric(10,2)                    | numeric(10,0)                  | ERROR
            numeric(10,2)                    | integer                        | ERROR
            numeric(9,0)                     | integer                        | INFO
            numeric(10,2)                    | double precision               | WARNING
            real                             | double precision               | INFO
            double precision                 | real                           | ERROR
            double precision                 | integer                        | ERROR
            timestamp(6) with time zone      | timestamp(6) without time zone | WARNING
            timestamp(6) without time zone   | timestamp(6) with time zone    | WARNING
            timestamp(6) with time zone      | timestamp(3) with time zone    | WARNING
            timestamp(3) with time zone      | timestamp(6) with time zone    | INFO
            timestamp(6) without time zone   | date                           | ERROR
            date                             | timestamp(6) without time zone | WARNING
            time(6) without time zone        | time(6) with time zone         | WARNING
            jsonb                            | json                           | WARNING
            uuid                             | character varying(36)          | ERROR
            character varying(255)           | uuid                           | ERROR
            character varying(255)           | public.order_status            | ERROR
            boolean                          | smallint                       | ERROR
            oid                              | text                           | ERROR
            bytea                            | bytea                          | MATCH
            character varying(255)[]         | character varying(255)[]       | MATCH
            character varying(255)[]         | text[]                         | WARNING
            integer[]                        | integer                        | ERROR
            """, nullValues = "MATCH")
    void judges_compatibility_not_spelling(String entity, String column, Severity expected) {
        TypeRules.Verdict verdict = TypeRules.judge(entity, column);
        if (expected == null) {
            assertThat(verdict).isNull();
        } else {
            assertThat(verdict).isNotNull();
            assertThat(verdict.severity()).isEqualTo(expected);
            assertThat(verdict.reason()).isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            varchar(255)                  | character varying(255)
            VARCHAR(20)                   | character varying(20)
            char(1)                       | character(1)
            float(53)                     | double precision
            float(24)                     | real
            float4                        | real
            int                           | integer
            int8                          | bigint
            bigserial                     | bigint
            bool                          | boolean
            timestamp(6) with time zone   | timestamp(6) with time zone
            timestamp(6)                  | timestamp(6) without time zone
            timestamp                     | timestamp without time zone
            timestamptz                   | timestamp with time zone
            time(6)                       | time(6) without time zone
            decimal(10,2)                 | numeric(10,2)
            numeric(38, 2)                | numeric(38,2)
            varchar(255) array            | character varying(255)[]
            integer array[3]              | integer[]
            text[]                        | text[]
            interval second(6)            | interval second(6)
            uuid                          | uuid
            "MyType"                      | "MyType"
            """)
    void spells_types_as_format_type_does(String hibernate, String canonical) {
        assertThat(PgTypes.canonical(hibernate)).isEqualTo(canonical);
    }
}
