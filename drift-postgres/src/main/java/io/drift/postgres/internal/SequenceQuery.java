package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;

import org.jdbi.v3.core.Handle;

/**
 * Free-standing sequences (identity sequences are read with their column). A sequence owned by a table the options
 * exclude ({@code OWNED BY}, as {@code serial} makes) is that table's, and is left out with it.
 */
final class SequenceQuery implements CatalogQuery {

    @Override
    public String name() {
        return "sequences";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "sequences", state, row -> {
            ObjectPath path = ObjectPath.of(row.string("schema"), row.string("name"));
            String owner = row.string("owner");
            String ownedTable = row.string("owned_table");
            if (ownedTable != null && state.options.excludesTable(ObjectPath.of(row.string("owned_schema"),
                    ownedTable))) {
                return;
            }
            ObjectPath ownedBy = ownedTable == null ? null
                    : ObjectPath.of(row.string("owned_schema"), ownedTable, row.string("owned_column"));
            state.snapshot.add(new Sequence(path,
                    new SequenceOptions(row.string("data_type"), row.int8("start_value"), row.int8("increment"),
                            row.int8("min_value"), row.int8("max_value"), row.int8("cache"), row.bool("cycle")),
                    ownedBy, owner, row.string("comment"), Acl.grants(row.strings("acl"), null, owner,
                            Acl.Kind.SEQUENCE, state.serverMajor),
                    new AttributeBuilder().flag("unlogged", row.bool("unlogged")).build()));
            state.relationPaths.put(row.int8("oid"), path);
        });
    }
}
