package io.drift.postgres.internal;

import io.drift.core.model.Grant;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaDef;

import org.jdbi.v3.core.Handle;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Schemas: picks the captured schemas (their OIDs filter every later query) and records them.
 *
 * <p>A schema that initdb created (it has initial privileges: the {@code public} schema) keeps no owner while its owner
 * is one that initdb gives on some supported major, the bootstrap superuser (to 14) or {@code pg_database_owner} (from
 * 15): an untouched 14 and an untouched 17 then read the same, and so do a 14 and a 17 that both ran
 * {@code ALTER SCHEMA public OWNER TO postgres}, which is a no-op on 14. Its privileges follow {@link Acl}'s rule,
 * including the privilege that initdb gives on some majors only.
 */
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
            String[] acl = row.strings("acl");
            String[] initial = row.strings("initial_acl");
            Set<Grant> versionDependent = initial == null ? Set.of() : Acl.INITDB_VERSION_DEPENDENT;
            String recordedOwner = initial != null && row.bool("initdb_owner") ? null : owner;
            state.snapshot.add(new SchemaDef(ObjectPath.of(name), recordedOwner, row.string("comment"),
                    Acl.grants(acl, initial, versionDependent, owner, Acl.Kind.SCHEMA, state.serverMajor),
                    Acl.asAttributes("revoked.", Acl.revokedInitial(acl, initial, versionDependent, owner),
                            new AttributeBuilder()).build()));
        });
        state.schemaOids = oids.stream().mapToLong(Long::longValue).toArray();
    }
}
