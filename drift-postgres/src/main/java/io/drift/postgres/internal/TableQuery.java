package io.drift.postgres.internal;

import io.drift.core.model.ObjectPath;
import io.drift.core.model.Table;
import io.drift.core.model.TableKind;

import org.jdbi.v3.core.Handle;

/**
 * Tables of every kind, partitions and inheritance; registers each for the member queries. A table the options
 * exclude ({@code CaptureOptions.excludeTables}) is not registered, so that nothing of it is captured: the member
 * queries leave out what belongs to no registered relation, with no query of their own.
 */
final class TableQuery implements CatalogQuery {

    @Override
    public String name() {
        return "tables";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "tables", state, row -> {
            ObjectPath path = ObjectPath.of(row.string("schema"), row.string("name"));
            if (state.options.excludesTable(path)) {
                return;
            }
            String owner = row.string("owner");
            Table.Builder table = Table.builder(path)
                    .tableKind(kind(row.string("relkind")))
                    .unlogged(row.bool("unlogged"))
                    .partitionKey(row.string("partition_key"))
                    .partitionBound(row.string("partition_bound"))
                    .rowSecurity(row.bool("row_security"))
                    .forceRowSecurity(row.bool("force_row_security"))
                    .owner(owner)
                    .comment(row.string("comment"))
                    .grants(Acl.grants(row.strings("acl"), null, owner, Acl.Kind.RELATION,
                            state.serverMajor))
                    .attributes(new AttributeBuilder()
                            .options(row.strings("options"))
                            .put("tablespace", row.string("tablespace"))
                            .put("access_method", row.string("access_method"))
                            .put("replica_identity", row.string("replica_identity"))
                            .put("of_type", row.string("of_type"))
                            .put("foreign_server", row.string("foreign_server"))
                            .list("foreign_options", row.strings("foreign_options"))
                            .build());
            String[] parentSchemas = row.stringsOrEmpty("parent_schemas");
            String[] parentNames = row.stringsOrEmpty("parent_names");
            for (int i = 0; i < parentNames.length; i++) {
                table.parent(ObjectPath.of(parentSchemas[i], parentNames[i]));
            }
            long oid = row.int8("oid");
            state.tables.put(oid, table);
            state.relationPaths.put(oid, path);
        });
    }

    private static TableKind kind(String relkind) {
        switch (relkind) {
            case "p":
                return TableKind.PARTITIONED;
            case "f":
                return TableKind.FOREIGN;
            default:
                return TableKind.REGULAR;
        }
    }
}
