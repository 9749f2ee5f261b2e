package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;

import org.jdbi.v3.core.Handle;

import java.util.Locale;
import java.util.Set;

/**
 * Views and materialized views, for the whole database in one query. Registers a {@link ViewParts} for each, which the
 * column and index queries complete, so it must run before them.
 */
final class ViewQuery implements CatalogQuery {

    /** View options whose value is a boolean, which PostgreSQL stores as written ({@code on}, {@code 1}, {@code true}). */
    private static final Set<String> BOOLEAN_OPTIONS = Set.of("security_barrier", "security_invoker");

    @Override
    public String name() {
        return "views";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "views", state, row -> {
            long oid = row.int8("oid");
            ObjectPath path = ObjectPath.of(row.string("schema_name"), row.string("name"));
            AttributeBuilder attributes = new AttributeBuilder();
            for (String option : row.stringsOrEmpty("options")) {
                int eq = option.indexOf('=');
                String key = eq < 0 ? option : option.substring(0, eq);
                String value = eq < 0 ? "true" : option.substring(eq + 1);
                attributes.put(key, BOOLEAN_OPTIONS.contains(key) ? bool(value) : value);
            }
            ViewParts parts = new ViewParts(path, row.bool("materialized"),
                    SqlNormalizer.viewDefinition(row.string("definition")), row.string("owner"),
                    row.string("comment"), attributes.build());
            parts.grants.addAll(Acl.grants(row.strings("acl"), null, row.string("owner"),
                    Acl.Kind.RELATION, state.serverMajor));
            state.views.put(oid, parts);
            state.relationPaths.put(oid, path);
        });
    }

    private static String bool(String value) {
        switch (value.toLowerCase(Locale.ROOT)) {
            case "on":
            case "true":
            case "yes":
            case "1":
                return "true";
            case "off":
            case "false":
            case "no":
            case "0":
                return "false";
            default:
                return value;
        }
    }
}
