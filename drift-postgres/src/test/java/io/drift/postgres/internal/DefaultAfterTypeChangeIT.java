package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Column;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;

/**
 * #8: {@code ALTER COLUMN … TYPE} keeps a column's default as it was written for the old type ({@code 'new'::text} on
 * what is now a {@code varchar(20)} column), where a column created with the new type reads {@code 'new'::character
 * varying}. Where the cast is one the new type applies anyway, the two are the same default and must read the same;
 * where it could change the value, they must not. On every major.
 */
class DefaultAfterTypeChangeIT {

    /**
     * @param from    the column's type and default before
     * @param to      the type it is changed to
     * @param same    whether the altered column's default is the default a new column of that type gets
     * @param altered the altered column's default as captured
     */
    record Change(String from, String to, boolean same, String altered) {
    }

    private static final List<Change> CHANGES = List.of(
            new Change("text DEFAULT 'new'", "varchar(20)", true, "'new'"),
            new Change("varchar(20) DEFAULT 'new'", "text", true, "'new'"),
            new Change("varchar(10) DEFAULT 'new'", "varchar(20)", true, "'new'"),
            new Change("text DEFAULT 'ab'", "char(5)", true, "'ab'"),
            new Change("varchar DEFAULT 'ab'", "char(5)", true, "'ab'"),
            new Change("char(3) DEFAULT 'ab'", "text", true, "'ab'"),
            new Change("char(3) DEFAULT 'ab'", "varchar(5)", true, "'ab'"),
            new Change("smallint DEFAULT -1", "integer", true, "'-1'"),
            new Change("integer DEFAULT -1", "bigint", true, "'-1'"),
            new Change("smallint DEFAULT -1", "bigint", true, "'-1'"),
            new Change("bigint DEFAULT -1", "integer", true, "'-1'"),
            new Change("integer DEFAULT 0", "bigint", true, "0"),
            new Change("numeric DEFAULT 1.5", "integer", true, "1.5"),
            new Change("integer DEFAULT -1", "numeric(12,2)", true, "'-1'"),
            new Change("text[] DEFAULT '{a}'", "varchar(5)[]", true, "'{a}'"),
            new Change("integer[] DEFAULT '{-1}'", "bigint[]", true, "'{-1}'"),
            // a char(3) value ends in a blank, which text drops: 'a  '::bpchar is 'a' as text, not 'a  '
            new Change("char(3) DEFAULT 'a  '", "text", false, "'a  '::bpchar"),
            // read in the session's time zone at every insert, where a new timestamptz column's is fixed
            new Change("timestamp DEFAULT '2020-01-01'", "timestamptz", false,
                    "'2020-01-01 00:00:00'::timestamp without time zone"),
            // name cuts at 63 bytes
            new Change("name DEFAULT 'n'", "text", false, "'n'::name"));

    static List<Integer> versions() {
        return Majors.all();
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void a_default_that_differs_only_by_a_cast_the_new_type_applies_is_the_same_default(int major) {
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < CHANGES.size(); i++) {
            Change c = CHANGES.get(i);
            String literal = c.from().substring(c.from().indexOf(" DEFAULT ") + " DEFAULT ".length());
            ddl.append("CREATE TABLE altered_").append(i).append(" (c ").append(c.from()).append(");")
                    .append("ALTER TABLE altered_").append(i).append(" ALTER COLUMN c TYPE ").append(c.to())
                    .append(";CREATE TABLE fresh_").append(i).append(" (c ").append(c.to()).append(" DEFAULT ")
                    .append(literal).append(");");
        }
        Snapshot snapshot;
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            snapshot = Captures.capture(db.execute(ddl.toString()));
        }
        SoftAssertions softly = new SoftAssertions();
        for (int i = 0; i < CHANGES.size(); i++) {
            Change c = CHANGES.get(i);
            Column altered = snapshot.table(ObjectPath.of("public", "altered_" + i)).findColumn("c").orElseThrow();
            Column fresh = snapshot.table(ObjectPath.of("public", "fresh_" + i)).findColumn("c").orElseThrow();
            softly.assertThat(altered.defaultExpression()).as("%s → %s", c.from(), c.to()).isEqualTo(c.altered());
            softly.assertThat(altered.type()).as("%s → %s: type", c.from(), c.to()).isEqualTo(fresh.type());
            if (c.same()) {
                softly.assertThat(altered).as("%s → %s, against a new %s column", c.from(), c.to(), c.to())
                        .isEqualTo(fresh);
            } else {
                softly.assertThat(altered.defaultExpression()).as("%s → %s", c.from(), c.to())
                        .isNotEqualTo(fresh.defaultExpression());
            }
        }
        softly.assertAll();
    }
}
