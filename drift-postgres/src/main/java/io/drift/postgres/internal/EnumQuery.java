package io.drift.postgres.internal;

import io.drift.core.model.EnumType;
import io.drift.core.model.ObjectPath;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** Enum types, with their labels in sort order, for the whole database in one query. */
final class EnumQuery implements CatalogQuery {

    @Override
    public String name() {
        return "enums";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "enums", state, row -> state.snapshot.add(new EnumType(
                ObjectPath.of(row.string("schema_name"), row.string("name")),
                List.of(row.stringsOrEmpty("labels")), row.string("owner"), row.string("comment"),
                Acl.asAttributes(Acl.grants(row.strings("acl"), null,
                        row.string("owner"), Acl.Kind.TYPE, state.serverMajor), new AttributeBuilder()).build())));
    }
}
