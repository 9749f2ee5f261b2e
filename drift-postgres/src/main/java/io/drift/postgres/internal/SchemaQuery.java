package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/** Schemas: picks the captured schemas (their OIDs filter every later query) and records them. */
final class SchemaQuery implements CatalogQuery {

    @Override
    public String name() {
        return "schemas";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        List<String> include = state.options.schemas();
        List<String> exclude = state.options.excludeSchemas();
        List<Long> oids = new ArrayList<>();
        Rows.forEach(handle, "schemas", state, row -> {
            String name = row.string("name");
            if (row.bool("extension_member") || (!include.isEmpty() && !include.contains(name))
                    || exclude.contains(name)) {
                return;
            }
            oids.add(row.int8("oid"));
            String owner = row.string("owner");
            state.snapshot.add(new SchemaDef(ObjectPath.of(name), owner, row.string("comment"),
                    Acl.grants(row.strings("acl"), row.strings("initial_acl"), owner,
                            Acl.Kind.SCHEMA, state.serverMajor),
                    Acl.asAttributes("revoked.", Acl.revokedInitial(row.strings("acl"), row.strings("initial_acl"),
                            owner), new AttributeBuilder()).build()));
        });
        state.schemaOids = oids.stream().mapToLong(Long::longValue).toArray();
    }
}
