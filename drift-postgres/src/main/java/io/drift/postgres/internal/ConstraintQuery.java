package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Constraint;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.MatchType;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.Table;
import io.drift.core.model.UniqueConstraint;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** Primary keys, unique, foreign key, check and exclusion constraints of every captured table. */
final class ConstraintQuery implements CatalogQuery {

    @Override
    public String name() {
        return "constraints";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "constraints", state, row -> {
            Table.Builder table = state.tables.get(row.int8("relid"));
            if (table != null) {
                table.constraint(constraint(row));
            }
        });
    }

    private static Constraint constraint(Rows row) {
        String name = row.string("name");
        boolean deferrable = row.bool("deferrable");
        boolean deferred = row.bool("deferred");
        String comment = row.string("comment");
        List<String> columns = List.of(row.stringsOrEmpty("columns"));
        List<String> include = List.of(row.stringsOrEmpty("include"));
        Attributes attributes = new AttributeBuilder()
                .flag("inherited", !row.bool("local"))
                .put("enforced", row.bool("enforced") ? null : "false")
                .flag("without_overlaps", row.bool("without_overlaps"))
                // Of the index behind a primary key, unique or exclusion constraint; named as on an index.
                .options(row.strings("index_options"))
                .put("tablespace", row.string("index_tablespace"))
                .flag("clustered", row.bool("clustered"))
                .flag("replica_identity", row.bool("replica_identity"))
                .build();
        switch (row.string("type")) {
            case "p":
                return new PrimaryKey(name, columns, include, deferrable, deferred, comment, attributes);
            case "u":
                return new UniqueConstraint(name, columns, include, row.bool("nulls_not_distinct"), deferrable,
                        deferred, comment, attributes);
            case "f":
                String[] setColumns = row.strings("on_delete_set_columns");
                return new ForeignKey(name, columns, ObjectPath.of(row.string("ref_schema"), row.string("ref_table")),
                        List.of(row.stringsOrEmpty("ref_columns")), action(row.string("on_update")),
                        action(row.string("on_delete")), match(row.string("match")), deferrable, deferred,
                        row.bool("validated"), comment,
                        setColumns == null || setColumns.length == 0 ? attributes
                                : attributes.with("pg.on_delete_set_columns", String.join(", ", setColumns)));
            case "c":
                return new CheckConstraint(name, SqlNormalizer.expression(row.string("check_expression")),
                        row.bool("validated"), row.bool("no_inherit"), comment, attributes);
            case "x":
                return new ExclusionConstraint(name, SqlNormalizer.whitespace(row.string("definition")), deferrable, deferred, comment,
                        attributes);
            default:
                throw new IllegalStateException("Unexpected constraint type " + row.string("type") + " of " + name);
        }
    }

    private static ReferentialAction action(String code) {
        switch (code) {
            case "r":
                return ReferentialAction.RESTRICT;
            case "c":
                return ReferentialAction.CASCADE;
            case "n":
                return ReferentialAction.SET_NULL;
            case "d":
                return ReferentialAction.SET_DEFAULT;
            default:
                return ReferentialAction.NO_ACTION;
        }
    }

    private static MatchType match(String code) {
        switch (code) {
            case "f":
                return MatchType.FULL;
            case "p":
                return MatchType.PARTIAL;
            default:
                return MatchType.SIMPLE;
        }
    }
}
