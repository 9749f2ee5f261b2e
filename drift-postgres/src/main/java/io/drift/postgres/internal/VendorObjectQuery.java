package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.VendorObject;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A kind the model has no record for, captured with one bulk query as {@link VendorObject}s: range types, rules,
 * extended statistics, collations, event triggers, publications; and, a query for several kinds each, default
 * privileges, foreign-data wrappers and servers, text search configurations and dictionaries, casts, operators,
 * operator classes and families.
 *
 * <p>Each query returns {@code schema} (or {@code NULL} for database-wide objects), {@code parent} (the table of a
 * rule, else {@code NULL}), {@code name}, and {@code attributes}, a {@code text[]} of {@code key=value} items whose
 * {@code NULL} items (an absent property) are skipped; the key becomes {@code pg.<key>}. A query of a kind with
 * privileges also returns {@code owner} and {@code acl}, read by the one rule of {@link Acl} into
 * {@code pg.grant.<grantee>} attributes. Owners are not attributes: attributes are always compared, and owners are
 * ignored by default.
 *
 * <p>A query made with {@link #ofKinds(String)} returns several kinds, and every row says its own: {@code kind} (the
 * vendor kind), and {@code owner}, {@code acl}, {@code acl_kind} (an {@link Acl.Kind} name, or {@code NULL} for a kind
 * without privileges) and {@code initial_acl} (privileges the rule of {@link Acl} leaves out while held and reports
 * as {@code pg.revoked.<grantee>} once revoked, or {@code NULL}). The path parts are read the same way, whatever
 * they name: default privileges put their role where others have a schema.
 */
final class VendorObjectQuery implements CatalogQuery {

    private final String name;
    private final String vendorKind;
    private final Acl.Kind aclKind;
    private final boolean kindPerRow;

    VendorObjectQuery(String name, String vendorKind, Acl.Kind aclKind) {
        this(name, vendorKind, aclKind, false);
    }

    private VendorObjectQuery(String name, String vendorKind, Acl.Kind aclKind, boolean kindPerRow) {
        this.name = name;
        this.vendorKind = vendorKind;
        this.aclKind = aclKind;
        this.kindPerRow = kindPerRow;
    }

    /** A query whose rows name their own kind and privileges. */
    static VendorObjectQuery ofKinds(String name) {
        return new VendorObjectQuery(name, null, null, true);
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
            String kind = kindPerRow ? row.string("kind") : vendorKind;
            if (kind.equals("pg.rule") && state.options.excludesTable(ObjectPath.of(row.string("schema"),
                    row.string("parent")))) {
                return;     // a rule belongs to its table (or view), and goes with an excluded one
            }
            List<String> parts = new ArrayList<>();
            parts.add(kind);
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
            if (kindPerRow) {
                String rowAclKind = row.string("acl_kind");
                if (rowAclKind != null) {
                    String[] acl = row.strings("acl");
                    String[] initial = row.strings("initial_acl");
                    String owner = row.string("owner");
                    Acl.asAttributes(Acl.grants(acl, initial, owner, Acl.Kind.valueOf(rowAclKind),
                            state.serverMajor), attributes);
                    Acl.asAttributes("revoked.", Acl.revokedInitial(acl, initial, Set.of(), owner), attributes);
                }
            } else if (aclKind != null) {
                Acl.asAttributes(Acl.grants(row.strings("acl"), null, row.string("owner"), aclKind,
                        state.serverMajor), attributes);
            }
            state.snapshot.add(new VendorObject(new ObjectPath(parts, true), kind, attributes.build()));
        });
    }
}
