package io.drift.postgres.internal;

import io.drift.core.model.Attributes;
import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Domain;
import io.drift.core.model.ObjectPath;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Domains with their check constraints, for the whole database in one query (a row per constraint). */
final class DomainQuery implements CatalogQuery {

    @Override
    public String name() {
        return "domains";
    }

    @Override
    public boolean standalone() {
        return true;
    }

    @Override
    public void read(Handle handle, CaptureState state) {
        Map<Long, Partial> domains = new LinkedHashMap<>();
        Rows.forEach(handle, "domains", state, row -> {
            Partial d = domains.computeIfAbsent(row.int8("oid"), oid -> {
                String baseType = SqlNormalizer.type(row.string("base_type"));
                return new Partial(ObjectPath.of(row.string("schema_name"), row.string("name")), baseType,
                        SqlNormalizer.defaultExpression(row.string("default_expression"), baseType),
                        row.bool("not_null"), row.string("collation"), row.string("owner"), row.string("comment"),
                        Acl.asAttributes(Acl.grants(row.strings("acl"), null,
                        row.string("owner"), Acl.Kind.TYPE, state.serverMajor), new AttributeBuilder()).build());
            });
            String constraint = row.string("constraint_name");
            if (constraint != null) {
                d.constraints.add(new CheckConstraint(constraint,
                        SqlNormalizer.expression(row.string("constraint_expression")),
                        row.bool("constraint_validated"), row.bool("constraint_no_inherit"),
                        row.string("constraint_comment"), Attributes.empty()));
            }
        });
        for (Partial d : domains.values()) {
            state.snapshot.add(new Domain(d.path, d.baseType, d.defaultExpression, d.notNull, d.collation,
                    d.constraints, d.owner, d.comment, d.attributes));
        }
    }

    private static final class Partial {
        final ObjectPath path;
        final String baseType;
        final String defaultExpression;
        final boolean notNull;
        final String collation;
        final String owner;
        final String comment;
        final Attributes attributes;
        final List<CheckConstraint> constraints = new ArrayList<>();

        Partial(ObjectPath path, String baseType, String defaultExpression, boolean notNull, String collation,
                String owner, String comment, Attributes attributes) {
            this.path = path;
            this.baseType = baseType;
            this.defaultExpression = defaultExpression;
            this.notNull = notNull;
            this.collation = collation;
            this.owner = owner;
            this.comment = comment;
            this.attributes = attributes;
        }
    }
}
