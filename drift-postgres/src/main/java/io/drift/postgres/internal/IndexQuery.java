package io.drift.postgres.internal;

import io.drift.core.model.Index;
import io.drift.core.model.Table;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** Indexes of tables and materialized views that do not implement a constraint. */
final class IndexQuery implements CatalogQuery {

    @Override
    public String name() {
        return "indexes";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "indexes", state, row -> {
            long relid = row.int8("relid");
            Table.Builder table = state.tables.get(relid);
            ViewParts view = table == null ? state.views.get(relid) : null;
            if (table == null && view == null) {
                return;
            }
            String predicate = row.string("predicate");
            Index index = new Index(row.string("name"), row.bool("is_unique"), row.string("method"),
                    SqlNormalizer.each(row.stringsOrEmpty("keys")), List.of(row.stringsOrEmpty("include")),
                    predicate == null ? null : SqlNormalizer.expression(predicate), row.bool("nulls_not_distinct"),
                    row.bool("valid"), SqlNormalizer.whitespace(row.string("definition")), row.string("comment"),
                    new AttributeBuilder()
                            .options(row.strings("options"))
                            .put("tablespace", row.string("tablespace"))
                            .flag("clustered", row.bool("clustered"))
                            .flag("replica_identity", row.bool("replica_identity"))
                            .list("statistics", row.strings("statistics"))
                            .build());
            if (table != null) {
                table.index(index);
            } else {
                view.indexes.add(index);
            }
        });
    }
}
