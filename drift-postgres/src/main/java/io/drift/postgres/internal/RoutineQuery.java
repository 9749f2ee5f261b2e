package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.Routine;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.Volatility;

import org.jdbi.v3.core.Handle;

/**
 * Functions, procedures, aggregates and window functions, for the whole database in one query; those an extension
 * created are left out.
 */
final class RoutineQuery implements CatalogQuery {

    @Override
    public String name() {
        return "routines";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "routines", state, row -> {
            RoutineKind kind = kind(row.string("kind"));
            boolean procedure = kind == RoutineKind.PROCEDURE;
            ObjectPath path = Routine.pathOf(row.string("schema_name"), row.string("name"),
                    row.string("identity_arguments"));
            AttributeBuilder attributes = new AttributeBuilder()
                    .flag("strict", row.bool("strict"))
                    .flag("leakproof", row.bool("leakproof"))
                    .put("parallel", parallel(row.string("parallel")))
                    .put("cost", cost(row.string("cost"), row.string("language")))
                    .put("rows", row.bool("returns_set") && !"1000".equals(row.string("result_rows"))
                            ? row.string("result_rows") : null)
                    .put("object_file", row.string("object_file"));
            for (String setting : row.stringsOrEmpty("config")) {
                int eq = setting.indexOf('=');
                if (eq > 0) {
                    attributes.put("config." + setting.substring(0, eq), setting.substring(eq + 1));
                }
            }
            // PostgreSQL 14 prints the IN mode of a procedure's arguments, 12 and 13 do not.
            state.snapshot.add(new Routine(path, kind, SqlNormalizer.arguments(row.string("arguments")),
                    procedure ? null : row.string("result"), row.string("language"),
                    procedure ? null : volatility(row.string("volatility")), row.bool("security_definer"),
                    definition(row), row.string("owner"), row.string("comment"), Acl.grants(row.strings("acl"), null,
                            row.string("owner"), Acl.Kind.FUNCTION, state.serverMajor),
                    attributes.build()));
        });
    }

    /**
     * The body as written (prosrc) is kept exactly; a SQL-standard body (14+) is the server's own deparsed text, whose
     * line breaks and indentation are layout only.
     */
    private static String definition(Rows row) {
        String definition = row.string("definition");
        return row.bool("sql_body") ? SqlNormalizer.whitespace(definition) : definition;
    }

    static RoutineKind kind(String code) {
        switch (code) {
            case "p":
                return RoutineKind.PROCEDURE;
            case "a":
                return RoutineKind.AGGREGATE;
            case "w":
                return RoutineKind.WINDOW;
            default:
                return RoutineKind.FUNCTION;
        }
    }

    static Volatility volatility(String code) {
        switch (code) {
            case "i":
                return Volatility.IMMUTABLE;
            case "s":
                return Volatility.STABLE;
            default:
                return Volatility.VOLATILE;
        }
    }

    /** Like every {@code pg.} attribute, present only when not the default: {@code PARALLEL UNSAFE} is. */
    static String parallel(String code) {
        switch (code) {
            case "s":
                return "safe";
            case "r":
                return "restricted";
            default:
                return null;
        }
    }

    /** {@code COST} when not the default: 1 for C and internal functions, 100 for the others. */
    static String cost(String cost, String language) {
        boolean compiled = "c".equals(language) || "internal".equals(language);
        return cost.equals(compiled ? "1" : "100") ? null : cost;
    }
}
