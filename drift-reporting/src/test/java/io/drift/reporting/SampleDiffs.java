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
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
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

    static SchemaDiff diff(Difference... differences) {
        return new SchemaDiff(List.of(differences));
    }

    static Missing missingColumn(String table, String column, Severity severity) {
        return new Missing(ObjectKind.COLUMN, ObjectPath.of("public", table).child(column), severity);
    }
}
