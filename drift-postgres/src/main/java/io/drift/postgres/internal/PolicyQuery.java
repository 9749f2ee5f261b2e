package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.Policy;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.Table;

import org.jdbi.v3.core.Handle;

import java.util.List;

/** Row-level security policies, for the whole database in one query; attached to their tables. */
final class PolicyQuery implements CatalogQuery {

    @Override
    public String name() {
        return "policies";
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Rows.forEach(handle, "policies", state, row -> {
            Table.Builder table = state.tables.get(row.int8("relation_oid"));
            if (table == null) {
                return;     // a table nobody captures (an extension's)
            }
            table.policy(new Policy(row.string("name"), command(row.string("command")), row.bool("permissive"),
                    List.of(row.stringsOrEmpty("roles")), SqlNormalizer.expression(row.string("using_expression")),
                    SqlNormalizer.expression(row.string("with_check_expression")), row.string("comment"),
                    Attributes.empty()));
        });
    }

    static PolicyCommand command(String code) {
        switch (code) {
            case "r":
                return PolicyCommand.SELECT;
            case "a":
                return PolicyCommand.INSERT;
            case "w":
                return PolicyCommand.UPDATE;
            case "d":
                return PolicyCommand.DELETE;
            case "*":
                return PolicyCommand.ALL;
            default:
                throw new IllegalStateException("Unknown policy command '" + code + "'");
        }
    }
}
