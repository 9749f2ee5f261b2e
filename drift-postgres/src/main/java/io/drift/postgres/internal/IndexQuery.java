package io.drift.postgres.internal;

import io.drift.core.model.Index;
import io.drift.core.model.Table;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/** Indexes of tables and materialized views that do not implement a constraint. */
final class IndexQuery implements CatalogQuery {

    @Override
    public String name() {
        return "indexes";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        apply(fetch(handle, state), state);
    }

    @Override
    public boolean apart() {
        return true;
    }

    @Override
    public Deferred fetchApart(Handle handle, CaptureState apart) {
        List<Located> indexes = fetch(handle, apart);
        return state -> apply(indexes, state);
    }

    /** An index and the {@code pg_class.oid} of its table or materialized view. */
    private record Located(long relid, Index index) {
    }

    private static List<Located> fetch(Handle handle, CaptureState state) {
        List<Located> indexes = new ArrayList<>();
        Rows.forEach(handle, "indexes", state, row -> {
            if (row.string("definition") == null) {
                throw new Errors.ChangedDuringCapture("index " + row.string("name") + " was dropped");
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
            indexes.add(new Located(row.int8("relid"), index));
        });
        return indexes;
    }

    /** Adds each index to its table or materialized view; those of relations nobody registered are left out. */
    private static void apply(List<Located> indexes, CaptureState state) {
        for (Located located : indexes) {
            Table.Builder table = state.tables.get(located.relid());
            ViewParts view = table == null ? state.views.get(located.relid()) : null;
            if (table != null) {
                table.index(located.index());
            } else if (view != null) {
                view.indexes.add(located.index());
            }
        }
    }
}
