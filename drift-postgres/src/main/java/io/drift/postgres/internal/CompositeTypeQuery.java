package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.ObjectPath;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Composite types made with {@code CREATE TYPE … AS (…)} (not the row types of tables and views), with their fields,
 * for the whole database in one query (a row per field).
 */
final class CompositeTypeQuery implements CatalogQuery {

    @Override
    public String name() {
        return "composite-types";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Map<Long, Partial> types = new LinkedHashMap<>();
        Rows.forEach(handle, "composite-types", state, row -> {
            Partial t = types.computeIfAbsent(row.int8("oid"), oid -> new Partial(
                    ObjectPath.of(row.string("schema_name"), row.string("name")), row.string("owner"),
                    row.string("comment"),
                    Acl.asAttributes(Acl.grants(row.strings("acl"), null,
                        row.string("owner"), Acl.Kind.TYPE, state.serverMajor), new AttributeBuilder()).build()));
            String field = row.string("field_name");
            if (field != null) {
                t.fields.add(new Column(field, row.integer("field_position"),
                        SqlNormalizer.type(row.string("field_type")), true, null, null, null,
                        row.string("field_collation"), row.string("field_comment"), Attributes.empty()));
            }
        });
        for (Partial t : types.values()) {
            state.snapshot.add(new CompositeType(t.path, t.fields, t.owner, t.comment, t.attributes));
        }
    }

    private static final class Partial {
        final ObjectPath path;
        final String owner;
        final String comment;
        final Attributes attributes;
        final List<Column> fields = new ArrayList<>();

        Partial(ObjectPath path, String owner, String comment, Attributes attributes) {
            this.path = path;
            this.owner = owner;
            this.comment = comment;
            this.attributes = attributes;
        }
    }
}
