package io.drift.core.snapshot;

import io.drift.core.model.Attributes;
import io.drift.core.model.CheckConstraint;
import io.drift.core.model.Column;
import io.drift.core.model.CompositeType;
import io.drift.core.model.DatabaseInfo;
import io.drift.core.model.Domain;
import io.drift.core.model.EnumType;
import io.drift.core.model.ExclusionConstraint;
import io.drift.core.model.Extension;
import io.drift.core.model.ForeignKey;
import io.drift.core.model.Grant;
import io.drift.core.model.Identity;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.Index;
import io.drift.core.model.MatchType;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Policy;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.PrimaryKey;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.Routine;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TableKind;
import io.drift.core.model.Trigger;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;
import io.drift.core.model.UniqueConstraint;
import io.drift.core.model.VendorObject;
import io.drift.core.model.View;
import io.drift.core.model.Volatility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A snapshot that uses every kind of object and every field of every record, with nulls and empties beside set
 * values, and names that need quoting. The golden file {@code all-kinds.json} is its JSON.
 */
final class AllKinds {

    private AllKinds() {
    }

    static final ObjectPath USERS = ObjectPath.of("public", "users");
    static final ObjectPath ORGS = ObjectPath.of("public", "orgs");
    /** A schema and table whose names hold a dot, a slash, quotes, spaces and non-ASCII letters. */
    static final ObjectPath ODD_TABLE = ObjectPath.of("odd.schema", " Tab/le \"q\" ünï ✓");

    static Snapshot snapshot() {
        return Snapshot.builder()
                .database(new DatabaseInfo("PostgreSQL", "16.4 (Debian 16.4-1.pgdg120+2)", 16, 4))
                .addAll(objects())
                .build();
    }

    /** The same objects, each table's members and grants listed backwards, added in the reverse order. */
    static Snapshot snapshotBuiltBackwards() {
        List<SchemaObject> objects = new ArrayList<>(objects());
        Collections.reverse(objects);
        Snapshot.Builder builder = Snapshot.builder();
        for (SchemaObject object : objects) {
            builder.add(object instanceof Table ? backwards((Table) object) : object);
        }
        return builder.database(new DatabaseInfo("PostgreSQL", "16.4 (Debian 16.4-1.pgdg120+2)", 16, 4)).build();
    }

    private static Table backwards(Table table) {
        return table.toBuilder()
                .columns(reversed(table.columns()))
                .indexes(reversed(table.indexes()))
                .constraints(reversed(table.constraints()))
                .triggers(reversed(table.triggers()))
                .policies(reversed(table.policies()))
                .grants(reversed(table.grants()))
                .build();
    }

    private static <T> List<T> reversed(List<T> values) {
        List<T> copy = new ArrayList<>(values);
        Collections.reverse(copy);
        return copy;
    }

    static List<SchemaObject> objects() {
        List<SchemaObject> objects = new ArrayList<>();
        objects.add(new SchemaDef(ObjectPath.of("public"), "app_owner", "standard public schema",
                List.of(new Grant("PUBLIC", "USAGE", false), new Grant("app", "CREATE", true)),
                Attributes.of(Map.of("pg.default_privileges", "r"))));
        objects.add(SchemaDef.named("odd.schema"));
        objects.add(new Extension(ObjectPath.of("pgcrypto"), "1.3", "public", "cryptographic functions",
                Attributes.of(Map.of("pg.relocatable", "true"))));
        objects.add(new Extension(ObjectPath.of("btree_gist"), "1.7", "public", null, Attributes.empty()));
        objects.add(orgs());
        objects.add(users());
        objects.add(Table.builder(ObjectPath.of("public", "events"))
                .tableKind(TableKind.PARTITIONED)
                .column(new Column("id", 1, "bigint", false, null, null, null, null, null, null))
                .column(Column.of("created_at", 2, "timestamp with time zone").withNullable(false))
                .partitionKey("RANGE (created_at)")
                .build());
        objects.add(Table.builder(ObjectPath.of("public", "events_2024"))
                .column(new Column("id", 1, "bigint", false, null, null, null, null, null, null))
                .column(Column.of("created_at", 2, "timestamp with time zone").withNullable(false))
                .partitionBound("FOR VALUES FROM ('2024-01-01 00:00:00+00') TO ('2025-01-01 00:00:00+00')")
                .parent(ObjectPath.of("public", "events"))
                .build());
        objects.add(Table.builder(ObjectPath.of("public", "remote_accounts"))
                .tableKind(TableKind.FOREIGN)
                .column("id", "integer")
                .attribute("pg.server", "billing")
                .attribute("pg.options", "schema_name 'public', table_name 'accounts'")
                .build());
        objects.add(Table.builder(ObjectPath.of("public", "scratch")).unlogged(true).build());
        objects.add(Table.builder(ODD_TABLE)
                .column(Column.of("Größe \"x\"", 1, "numeric(10,2)"))
                .column(Column.of("a.b/c", 2, "text").withComment(""))
                .comment("line one\nline two\ttabbed \\ backslash \"quoted\" \u0001 control")
                .build());
        objects.add(new View(ObjectPath.of("public", "active_users"), false,
                " SELECT users.id,\n    users.email\n   FROM users\n  WHERE users.active;",
                List.of(Column.of("id", 1, "bigint"), Column.of("email", 2, "text")), List.of(), "app_owner",
                "users who can log in", List.of(new Grant("reporting", "SELECT", false)),
                Attributes.of(Map.of("pg.security_barrier", "true"))));
        objects.add(new View(ObjectPath.of("public", "user_counts"), true,
                " SELECT org_id,\n    count(*) AS n\n   FROM users\n  GROUP BY org_id;",
                List.of(Column.of("org_id", 1, "bigint"), Column.of("n", 2, "bigint")),
                List.of(new Index("user_counts_org_idx", true, "btree", List.of("org_id"), List.of(), null, false,
                        true, "CREATE UNIQUE INDEX user_counts_org_idx ON public.user_counts USING btree (org_id)",
                        null, Attributes.empty())),
                null, null, List.of(), Attributes.empty()));
        objects.add(new Sequence(ObjectPath.of("public", "order_number_seq"),
                new SequenceOptions("bigint", 1000, -1, Long.MIN_VALUE, Long.MAX_VALUE, 20, true),
                ObjectPath.of("public", "orgs", "order_number"), "app_owner", "order numbers, counting down",
                List.of(new Grant("app", "USAGE", false)), Attributes.of(Map.of("pg.persistence", "permanent"))));
        objects.add(new Sequence(ObjectPath.of("public", "plain_seq"), SequenceOptions.defaults("integer"), null,
                null, null, List.of(), Attributes.empty()));
        objects.add(new EnumType(ObjectPath.of("public", "mood"), List.of("sad", "ok", "happy"), "app_owner",
                "how it went", Attributes.of(Map.of("pg.oid_stable", "no"))));
        objects.add(new EnumType(ObjectPath.of("public", "empty_enum"), List.of(), null, null, Attributes.empty()));
        objects.add(new Domain(ObjectPath.of("public", "email_address"), "text", "''::text", true, "C",
                List.of(new CheckConstraint("email_address_check", "VALUE ~ '@'::text", true, false, "needs an at",
                                Attributes.of(Map.of("pg.conislocal", "true"))),
                        CheckConstraint.of("email_address_length", "length(VALUE) < 255")),
                "app_owner", "an e-mail address", Attributes.of(Map.of("pg.typstorage", "x"))));
        objects.add(new CompositeType(ObjectPath.of("public", "address"),
                List.of(Column.of("street", 1, "text").withCollation("de_DE"), Column.of("zip", 2, "integer")),
                "app_owner", "a postal address", Attributes.of(Map.of("pg.typrelid", "stable"))));
        objects.add(new Routine(Routine.pathOf("public", "add_user", "text, integer"), RoutineKind.FUNCTION,
                "email text, org integer DEFAULT 1", "bigint", "plpgsql", Volatility.VOLATILE, true,
                "BEGIN\n  INSERT INTO users (email, org_id) VALUES (email, org) RETURNING id;\nEND", "app_owner",
                "adds a user", List.of(new Grant("app", "EXECUTE", false), new Grant("PUBLIC", "EXECUTE", false)),
                Attributes.of(Map.of("pg.strict", "false", "pg.parallel", "unsafe", "pg.cost", "100"))));
        objects.add(new Routine(Routine.pathOf("public", "total", "numeric"), RoutineKind.AGGREGATE, "numeric",
                "numeric", "internal", Volatility.IMMUTABLE, false, null, null, null, List.of(),
                Attributes.empty()));
        objects.add(new Routine(Routine.pathOf("public", "ranked", ""), RoutineKind.WINDOW, "", "bigint", "c",
                Volatility.STABLE, false, "window_rank", null, null, List.of(), Attributes.empty()));
        objects.add(new Routine(Routine.pathOf("public", "archive", "date"), RoutineKind.PROCEDURE, "before date",
                null, "sql", null, false, "DELETE FROM events WHERE created_at < before", "app_owner",
                "archives old events", List.of(), Attributes.empty()));
        objects.add(new VendorObject(new ObjectPath(List.of("pg.publication", "app_pub"), true), "pg.publication",
                Attributes.of(Map.of("pg.pubinsert", "true", "pg.tables", "public.users, public.orgs"))));
        objects.add(new VendorObject(new ObjectPath(List.of("pg.event_trigger", "no_drops"), true),
                "pg.event_trigger", Attributes.empty()));
        return objects;
    }

    private static Table orgs() {
        return Table.builder(ORGS)
                .column(new Column("id", 1, "integer", false, null,
                        new Identity(IdentityGeneration.BY_DEFAULT, SequenceOptions.defaults("integer")), null, null,
                        null, Attributes.empty()))
                .column(new Column("order_number", 2, "bigint", false, "nextval('order_number_seq'::regclass)",
                        null, null, null, null, Attributes.empty()))
                .column("during", "tstzrange")
                .constraint(new PrimaryKey("orgs_pkey", List.of("id"), List.of(), true, true, null, null))
                .constraint(new ExclusionConstraint("orgs_during_excl", "EXCLUDE USING gist (during WITH &&)", true,
                        true, "no overlaps", Attributes.of(Map.of("pg.index", "orgs_during_excl"))))
                .build();
    }

    private static Table users() {
        SequenceOptions idSequence = new SequenceOptions("bigint", 100, 5, 1, 1_000_000, 10, false);
        return Table.builder(USERS)
                .column(new Column("id", 1, "bigint", false, null, new Identity(IdentityGeneration.ALWAYS,
                        idSequence), null, null, "surrogate key", Attributes.of(Map.of("pg.storage", "plain"))))
                .column(new Column("email", 2, "character varying(320)", false, "''::character varying", null, null,
                        "C", "login name", Attributes.empty()))
                .column(new Column("email_lower", 3, "text", true, null, null, "lower((email)::text)", null, null,
                        Attributes.of(Map.of("pg.compression", "lz4"))))
                .column(Column.of("org_id", 4, "integer"))
                .column(new Column("tags", 5, "text[]", true, "'{}'::text[]", null, null, null, null, null))
                .column(Column.of("active", 6, "boolean").withNullable(false).withDefault("true"))
                .column(Column.of("mood", 7, "mood"))
                .constraint(new PrimaryKey("users_pkey", List.of("id"), List.of("email"), true, false,
                        "one per user", Attributes.of(Map.of("pg.fillfactor", "90"))))
                .constraint(new UniqueConstraint("users_email_key", List.of("email", "org_id"), List.of("id"), true,
                        true, true, "unique per org", Attributes.of(Map.of("pg.tablespace", "fast"))))
                .constraint(UniqueConstraint.of("users_email_lower_key", "email_lower"))
                .constraint(new ForeignKey("users_org_id_fkey", List.of("org_id"), ORGS, List.of("id"),
                        ReferentialAction.CASCADE, ReferentialAction.SET_NULL, MatchType.FULL, true, true, false,
                        "the user's organisation", Attributes.of(Map.of("pg.conindid", "orgs_pkey"))))
                .constraint(new ForeignKey("users_self_fkey", List.of("id"), USERS, List.of("id"),
                        ReferentialAction.RESTRICT, ReferentialAction.SET_DEFAULT, MatchType.PARTIAL, false, false,
                        true, null, null))
                .constraint(new CheckConstraint("users_email_check", "(email)::text <> ''::text", false, true,
                        "no empty e-mail", Attributes.of(Map.of("pg.conislocal", "true"))))
                .index(new Index("users_email_lower_idx", true, "btree", List.of("lower((email)::text)", "org_id DESC"),
                        List.of("id"), "(active = true)", true, false,
                        "CREATE UNIQUE INDEX users_email_lower_idx ON public.users USING btree "
                                + "(lower((email)::text), org_id DESC) INCLUDE (id) NULLS NOT DISTINCT "
                                + "WHERE (active = true)",
                        "lookups by e-mail", Attributes.of(Map.of("pg.fillfactor", "70"))))
                .index(Index.of("users_tags_idx", "gin", List.of("tags")))
                .trigger(new Trigger("users_audit", TriggerTiming.AFTER,
                        List.of(TriggerEvent.UPDATE, TriggerEvent.INSERT, TriggerEvent.DELETE), List.of("email"),
                        TriggerLevel.ROW, "public.audit()", "(old.* IS DISTINCT FROM new.*)", TriggerEnabled.ALWAYS,
                        "CREATE TRIGGER users_audit AFTER INSERT OR DELETE OR UPDATE OF email ON public.users "
                                + "FOR EACH ROW WHEN ((old.* IS DISTINCT FROM new.*)) EXECUTE FUNCTION public.audit()",
                        "audit trail", Attributes.of(Map.of("pg.tgisinternal", "false"))))
                .trigger(new Trigger("users_truncate", TriggerTiming.BEFORE, List.of(TriggerEvent.TRUNCATE),
                        List.of(), TriggerLevel.STATEMENT, "public.refuse()", null, TriggerEnabled.DISABLED, null,
                        null, null))
                .policy(new Policy("own_rows", PolicyCommand.UPDATE, false, List.of("app", "admin"),
                        "(id = current_user_id())", "(org_id IS NOT NULL)", "users edit themselves",
                        Attributes.of(Map.of("pg.polpermissive", "r"))))
                .policy(new Policy("read_all", PolicyCommand.ALL, true, List.of(), null, null, null, null))
                .rowSecurity(true)
                .forceRowSecurity(true)
                .owner("app_owner")
                .comment("people who log in")
                .grant(new Grant("reporting", "SELECT", false))
                .grant(new Grant("app", "UPDATE", false))
                .grant(new Grant("app", "SELECT", true))
                .attribute("pg.fillfactor", "80")
                .attribute("pg.tablespace", "pg_default")
                .build();
    }
}
