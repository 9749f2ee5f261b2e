package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.Extension;
import io.drift.core.model.ObjectPath;

import org.jdbi.v3.core.Handle;

/** Extensions installed into a captured schema. What they create is theirs, and the other queries leave it out. */
final class ExtensionQuery implements CatalogQuery {

    @Override
    public String name() {
        return "extensions";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "extensions", state, row -> state.snapshot.add(new Extension(
                ObjectPath.of(row.string("name")), row.string("version"), row.string("schema"),
                row.string("comment"), Attributes.empty())));
    }
}
