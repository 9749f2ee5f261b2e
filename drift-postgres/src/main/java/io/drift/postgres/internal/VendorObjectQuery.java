package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.VendorObject;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;

/**
 * A kind the model has no record for, captured with one bulk query as {@link VendorObject}s: range types, rules,
 * extended statistics, collations, event triggers, publications.
 *
 * <p>Each query returns {@code schema} (or {@code NULL} for database-wide objects), {@code parent} (the table of a
 * rule, else {@code NULL}), {@code name}, and {@code attributes}, a {@code text[]} of {@code key=value} items whose
 * {@code NULL} items (an absent property) are skipped; the key becomes {@code pg.<key>}. A query of a kind with
 * privileges also returns {@code owner} and {@code acl}, read by the one rule of {@link Acl} into
 * {@code pg.grant.<grantee>} attributes. Owners are not attributes: attributes are always compared, and owners are
 * ignored by default.
 */
final class VendorObjectQuery implements CatalogQuery {

    private final String name;
    private final String vendorKind;
    private final Acl.Kind aclKind;

    VendorObjectQuery(String name, String vendorKind, Acl.Kind aclKind) {
        this.name = name;
        this.vendorKind = vendorKind;
        this.aclKind = aclKind;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, name, state, row -> {
            List<String> parts = new ArrayList<>();
            parts.add(vendorKind);
            for (String column : new String[] {"schema", "parent", "name"}) {
                String part = row.string(column);
                if (part != null) {
                    parts.add(part);
                }
            }
            AttributeBuilder attributes = new AttributeBuilder();
            for (String item : row.stringsOrEmpty("attributes")) {
                if (item != null) {
                    int eq = item.indexOf('=');
                    String key = item.substring(0, eq);
                    String value = item.substring(eq + 1);
                    // A deparsed definition's line breaks and indentation are layout, which versions change.
                    attributes.put(key, key.equals("definition") ? SqlNormalizer.whitespace(value) : value);
                }
            }
            if (aclKind != null) {
                Acl.asAttributes(Acl.grants(row.strings("acl"), null, row.string("owner"), aclKind,
                        state.serverMajor), attributes);
            }
            state.snapshot.add(new VendorObject(new ObjectPath(parts, true), vendorKind, attributes.build()));
        });
    }
}
