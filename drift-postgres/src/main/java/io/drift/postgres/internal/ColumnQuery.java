package io.drift.postgres.internal;

import io.drift.core.model.Column;
import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.jdbi.v3.core.Handle;

/** Columns of tables, views and materialized views, for the whole database in one query. */
final class ColumnQuery implements CatalogQuery {

    @Override
    public String name() {
        return "columns";
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
        Map<Long, List<Column>> columns = fetch(handle, apart);
        return state -> apply(columns, state);
    }

    /**
     * Runs the query and builds every column, without touching what other queries registered: safe on a second
     * connection and thread while the capture's first one reads the rest (see {@link SecondConnection}).
     *
     * @param handle a handle in a transaction that sees the capture's snapshot
     * @param state  only its server version and schema OIDs are read
     * @return the columns of every relation of the captured schemas, by {@code pg_class.oid}, unsorted
     */
    static Map<Long, List<Column>> fetch(Handle handle, CaptureState state) {
        // format_type and pg_get_expr give a few dozen distinct types and defaults for 100,000 columns: normalizing
        // each distinct text once (SqlNormalizer tokenizes it) took 5% of a 10,000-table capture's CPU.
        Map<String, String> types = new HashMap<>();
        Map<String, Map<String, String>> defaults = new HashMap<>();
        Map<Long, List<Column>> byRelation = new HashMap<>();
        Rows.forEach(handle, "columns", state, row -> {
            long relid = row.int8("relid");
            String rawType = row.string("type");
            String type = rawType == null ? null : types.computeIfAbsent(rawType, SqlNormalizer::type);
            String generated = row.string("generated");
            String generatedExpression = row.string("generated_expression");
            String identity = row.string("identity");
            Identity id = null;
            if (identity != null && !identity.isEmpty()) {
                id = new Identity("a".equals(identity) ? IdentityGeneration.ALWAYS : IdentityGeneration.BY_DEFAULT,
                        new SequenceOptions(row.string("identity_type"), row.int8("identity_start"),
                                row.int8("identity_increment"), row.int8("identity_min"), row.int8("identity_max"),
                                row.int8("identity_cache"), row.bool("identity_cycle")));
            }
            AttributeBuilder attributes = new AttributeBuilder()
                    // PostgreSQL 18 adds VIRTUAL generated columns; STORED is the only kind before.
                    .put("generated", generated == null || generated.isEmpty() ? null
                            : "v".equals(generated) ? "virtual" : "stored")
                    .put("storage", storage(row.string("storage")))
                    .put("compression", compression(row.string("compression")))
                    .put("statistics", row.nullableInt8("statistics"))
                    .list("fdw_options", row.strings("fdw_options"))
                    .options(row.strings("attribute_options"));
            // The model's Column has no grants: column privileges are pg.grant.<grantee> attributes, as for types.
            Acl.asAttributes(Acl.grants(row.strings("acl"), null, row.string("owner"), Acl.Kind.COLUMN,
                    state.serverMajor), attributes);
            Column column = new Column(row.string("name"), row.integer("attnum"), type, row.bool("nullable"),
                    normalizedDefault(defaults, row.string("default_expression"), type), id,
                    generatedExpression == null ? null : SqlNormalizer.expression(generatedExpression),
                    row.string("collation"), row.string("comment"),
                    attributes.build());
            byRelation.computeIfAbsent(relid, k -> new ArrayList<>()).add(column);
        });
        return byRelation;
    }

    /**
     * Adds the columns to the tables and views the earlier queries registered, numbered 1..n per relation in
     * {@code attnum} order (dropped columns leave gaps in {@code attnum}; see columns.sql). Columns of relations
     * nobody registered (an extension's, or of a kind nobody captures) are left out.
     */
    static void apply(Map<Long, List<Column>> byRelation, CaptureState state) {
        byRelation.forEach((relid, columns) -> {
            Table.Builder table = state.tables.get(relid);
            ViewParts view = table == null ? state.views.get(relid) : null;
            if (table == null && view == null) {
                return;
            }
            columns.sort(Comparator.comparingInt(Column::position));
            for (int i = 0; i < columns.size(); i++) {
                Column column = columns.get(i).withPosition(i + 1);
                if (table != null) {
                    table.column(column);
                } else {
                    view.columns.add(column);
                }
            }
        });
    }

    private static String compression(String code) {
        if (code == null) {
            return null;
        }
        return "p".equals(code) ? "pglz" : "l".equals(code) ? "lz4" : code;
    }

    private static String normalizedDefault(Map<String, Map<String, String>> cache, String expression, String type) {
        if (expression == null) {
            return null;
        }
        return cache.computeIfAbsent(String.valueOf(type), t -> new HashMap<>())
                .computeIfAbsent(expression, e -> SqlNormalizer.defaultExpression(e, type));
    }

    private static String storage(String code) {
        if (code == null) {
            return null;
        }
        switch (code) {
            case "p":
                return "plain";
            case "e":
                return "external";
            case "m":
                return "main";
            case "x":
                return "extended";
            default:
                return code;
        }
    }
}
