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
import io.drift.core.spi.RenderContext;

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

    static SchemaDiff diff(Difference... differences) {
        return new SchemaDiff(List.of(differences));
    }

    static Missing missingColumn(String table, String column, Severity severity) {
        return new Missing(ObjectKind.COLUMN, ObjectPath.of("public", table).child(column), severity);
    }
}
