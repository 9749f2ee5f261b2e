package io.drift.reporting;

import static io.drift.core.diff.Severity.ERROR;
import static io.drift.core.diff.Severity.INFO;
import static io.drift.core.diff.Severity.WARNING;

import io.drift.core.diff.Changed;
import io.drift.core.diff.Difference;
import io.drift.core.diff.Missing;
import io.drift.core.diff.SchemaDiff;
import io.drift.core.diff.Severity;
import io.drift.core.diff.Unexpected;
import io.drift.core.model.Column;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.report.RenderContext;

import java.util.List;

/** Diffs built by hand, as the differ would sort them, and the context the golden files were rendered with. */
final class SampleDiffs {

    static final RenderContext CONTEXT =
            new RenderContext("migrations (db/migration, V1..V7)", "postgresql://db.example:5432/app", false);

    static final ObjectPath USERS = ObjectPath.of("public", "users");

    private SampleDiffs() {
    }

    /** One of each type, several groups, a long multi-line value, nulls, a member path and a routine. */
    static SchemaDiff sample() {
        return diff(
                new Unexpected(ObjectKind.SCHEMA, ObjectPath.of("audit"), WARNING),
                new Changed(ObjectKind.VIEW, ObjectPath.of("public", "active_users"), "definition",
                        " SELECT users.id,\n    users.name\n   FROM users\n  WHERE users.active;",
                        " SELECT users.id,\n    users.name,\n    users.email\n   FROM users\n  WHERE users.active;",
                        ERROR),
                new Missing(ObjectKind.FUNCTION, ObjectPath.of("public", "add_user(text, integer)"), ERROR),
                new Missing(ObjectKind.TABLE, ObjectPath.of("public", "orders"), ERROR),
                new Changed(ObjectKind.TABLE, USERS, "attributes.pg.fillfactor", "100", "70", WARNING),
                new Changed(ObjectKind.COLUMN, USERS.child("bio"), "comment", null, "Free text, shown on the profile",
                        INFO),
                new Missing(ObjectKind.COLUMN, USERS.child("email"), ERROR),
                new Unexpected(ObjectKind.INDEX, USERS.member("idx_users_tmp"), WARNING),
                new Changed(ObjectKind.COLUMN, USERS.child("name"), "type", "text", "character varying(100)", ERROR));
    }

    /**
     * What a database can hold that a report must not pass on raw: terminal escapes in a name and a comment, a bell,
     * a C1 CSI, a bidirectional override, tabs, CRLF line ends, quotes, backslashes, names that need quoting, and
     * text in other scripts.
     */
    static SchemaDiff hostile() {
        ObjectPath evil = ObjectPath.of("public", "evil\u001B[31m");
        return diff(
                new Changed(ObjectKind.FUNCTION, ObjectPath.of("public", "f(text)"), "body",
                        "BEGIN\r\n\tRETURN $1;\r\nEND;", "BEGIN\n\tRETURN upper($1);\nEND;", ERROR),
                new Changed(ObjectKind.TABLE, evil, "comment", null,
                        "\u001B]0;pwned\u0007\u001B[2J\u009B1mwinner \u202Eexe.txt", INFO),
                new Missing(ObjectKind.COLUMN, evil.child("tab\there"), ERROR),
                new Missing(ObjectKind.COLUMN, ObjectPath.of("public", "odd.table").child("say \"hi\""), ERROR),
                new Changed(ObjectKind.COLUMN, ObjectPath.of("public", "odd.table").child("x"), "default",
                        "'C:\\temp\\' || '\"quoted\"'", "'名前' || ' 👤'", ERROR));
    }

    /**
     * Snapshots that the sample diff could have come from, for the formats that show the tables around it: users
     * (changed), orders (missing, with a foreign key to users), sessions (unchanged, its foreign key to users makes it
     * a linked table) and countries (unchanged, referenced by users).
     */
    static RenderContext withSnapshots() {
        ObjectPath orders = ObjectPath.of("public", "orders");
        ObjectPath sessions = ObjectPath.of("public", "sessions");
        ObjectPath countries = ObjectPath.of("public", "countries");
        Table users = Table.builder(USERS)
                .column(Column.of("id", 1, "bigint").withNullable(false))
                .column(Column.of("country", 2, "character(2)"))
                .constraint(PrimaryKey.of("users_pkey", "id"))
                .constraint(ForeignKey.of("users_country_fk", List.of("country"), countries, List.of("code"))).build();
        Table expectedUsers = users.toBuilder()
                .column(Column.of("name", 3, "text").withNullable(false))
                .column(Column.of("email", 4, "text"))
                .column(Column.of("bio", 5, "text"))
                .attribute("pg.fillfactor", "100").build();
        Table actualUsers = users.toBuilder()
                .column(Column.of("name", 3, "character varying(100)").withNullable(false))
                .column(Column.of("bio", 4, "text").withComment("Free text, shown on the profile"))
                .index(Index.of("idx_users_tmp", "btree", List.of("bio")))
                .attribute("pg.fillfactor", "70").build();
        Table ordersTable = Table.builder(orders)
                .column(Column.of("id", 1, "bigint").withNullable(false))
                .column(Column.of("user_id", 2, "bigint").withNullable(false))
                .column(Column.of("total", 3, "numeric(10,2)"))
                .constraint(PrimaryKey.of("orders_pkey", "id"))
                .constraint(ForeignKey.of("orders_user_fk", List.of("user_id"), USERS, List.of("id"))).build();
        Table sessionsTable = Table.builder(sessions)
                .column(Column.of("token", 1, "uuid").withNullable(false))
                .column(Column.of("user_id", 2, "bigint"))
                .constraint(PrimaryKey.of("sessions_pkey", "token"))
                .constraint(ForeignKey.of("sessions_user_fk", List.of("user_id"), USERS, List.of("id"))).build();
        Table countriesTable = Table.builder(countries)
                .column(Column.of("code", 1, "character(2)").withNullable(false))
                .column(Column.of("name", 2, "text"))
                .constraint(PrimaryKey.of("countries_pkey", "code")).build();
        Snapshot expected = Snapshot.builder()
                .add(expectedUsers).add(ordersTable).add(sessionsTable).add(countriesTable).build();
        Snapshot actual = Snapshot.builder()
                .add(actualUsers).add(sessionsTable).add(countriesTable).build();
        return CONTEXT.withSnapshots(expected, actual);
    }

    static SchemaDiff diff(Difference... differences) {
        return new SchemaDiff(List.of(differences));
    }

    static Missing missingColumn(String table, String column, Severity severity) {
        return new Missing(ObjectKind.COLUMN, ObjectPath.of("public", table).child(column), severity);
    }
}
