package io.drift.core.diff;

import static io.drift.core.Fixtures.check;
import static io.drift.core.Fixtures.compositeType;
import static io.drift.core.Fixtures.domain;
import static io.drift.core.Fixtures.enumType;
import static io.drift.core.Fixtures.exclusion;
import static io.drift.core.Fixtures.extension;
import static io.drift.core.Fixtures.foreignKey;
import static io.drift.core.Fixtures.function;
import static io.drift.core.Fixtures.index;
import static io.drift.core.Fixtures.materializedView;
import static io.drift.core.Fixtures.path;
import static io.drift.core.Fixtures.policy;
import static io.drift.core.Fixtures.primaryKey;
import static io.drift.core.Fixtures.procedure;
import static io.drift.core.Fixtures.schema;
import static io.drift.core.Fixtures.sequence;
import static io.drift.core.Fixtures.snapshot;
import static io.drift.core.Fixtures.table;
import static io.drift.core.Fixtures.trigger;
import static io.drift.core.Fixtures.unique;
import static io.drift.core.Fixtures.vendor;
import static io.drift.core.Fixtures.view;
import static io.drift.core.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.Fixtures;
import io.drift.core.model.Member;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Sequence;
import io.drift.core.model.SequenceOptions;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.Volatility;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every object kind, missing, unexpected and changed. */
class EveryKindDiffTest {

    /**
     * @param kind     the kind under test
     * @param path     where it lives
     * @param with     a snapshot that has it
     * @param without  the same snapshot without it
     * @param changed  the same snapshot with one property of it changed
     * @param property that property
     * @param expected its value in {@code with}
     * @param actual   its value in {@code changed}
     */
    record Sample(ObjectKind kind, String path, Snapshot with, Snapshot without, Snapshot changed, String property,
                  String expected, String actual) {
        @Override
        public String toString() {
            return kind.id();
        }
    }

    private static final Table HOST = table("public.t").column("id", "bigint").build();

    private static Sample topLevel(SchemaObject object, SchemaObject changed, String property, String expected,
                                   String actual) {
        Snapshot base = snapshot(schema("public"));
        return new Sample(object.kind(), object.path().toString(), base.toBuilder().add(object).build(), base,
                base.toBuilder().add(changed).build(), property, expected, actual);
    }

    private static Sample member(Member member, Member changed, String property, String expected, String actual) {
        Snapshot without = snapshot(schema("public"), HOST);
        Snapshot with = snapshot(schema("public"), withMember(member));
        Snapshot changedSnapshot = snapshot(schema("public"), withMember(changed));
        return new Sample(member.kind(), member.pathIn(HOST.path()).toString(), with, without, changedSnapshot,
                property, expected, actual);
    }

    private static Table withMember(Member m) {
        Table.Builder b = HOST.toBuilder();
        switch (m.kind()) {
            case COLUMN: b.column((io.drift.core.model.Column) m); break;
            case INDEX: b.index((io.drift.core.model.Index) m); break;
            case TRIGGER: b.trigger((io.drift.core.model.Trigger) m); break;
            case POLICY: b.policy((io.drift.core.model.Policy) m); break;
            default: b.constraint((io.drift.core.model.Constraint) m); break;
        }
        return b.build();
    }

    static Stream<Sample> samples() {
        List<Sample> s = new ArrayList<>();
        s.add(new Sample(ObjectKind.SCHEMA, "app", snapshot(schema("app")), snapshot(),
                snapshot(with(schema("app"), "comment", "application")), "comment", null, "application"));
        s.add(topLevel(extension("pgcrypto", "1.3"), extension("pgcrypto", "1.4"), "version", "1.3", "1.4"));
        Table t = table("public.users").column("id", "bigint").build();
        s.add(topLevel(t, t.toBuilder().unlogged(true).build(), "unlogged", "false", "true"));
        s.add(member(Fixtures.column("email", 2, "text"), Fixtures.column("email", 2, "character varying(20)"),
                "type", "text", "character varying(20)"));
        s.add(member(primaryKey("t_pkey", "id"), primaryKey("t_pkey", "id", "email"), "columns", "id", "id, email"));
        s.add(member(unique("t_email_key", "email"), with(unique("t_email_key", "email"), "nullsNotDistinct", true),
                "nullsNotDistinct", "false", "true"));
        s.add(member(foreignKey("t_user_fkey", "user_id", "public.users", "id"),
                with(foreignKey("t_user_fkey", "user_id", "public.users", "id"), "onDelete", ReferentialAction.CASCADE),
                "onDelete", "NO ACTION", "CASCADE"));
        s.add(member(check("t_id_check", "id > 0"), check("t_id_check", "id >= 0"), "expression", "id > 0",
                "id >= 0"));
        s.add(member(exclusion("t_excl", "EXCLUDE USING gist (room WITH =)"),
                exclusion("t_excl", "EXCLUDE USING gist (room WITH &&)"), "definition",
                "EXCLUDE USING gist (room WITH =)", "EXCLUDE USING gist (room WITH &&)"));
        s.add(member(index("t_email_idx", "email"), with(index("t_email_idx", "email"), "unique", true), "unique",
                "false", "true"));
        s.add(member(trigger("t_audit", "public.audit()"),
                with(trigger("t_audit", "public.audit()"), "enabled", TriggerEnabled.DISABLED), "enabled", "ORIGIN",
                "DISABLED"));
        s.add(member(policy("own_rows", "owner = current_user"), policy("own_rows", "true"), "using",
                "owner = current_user", "true"));
        s.add(topLevel(view("public.v", "SELECT 1 AS one", "one", "integer"),
                view("public.v", "SELECT 2 AS one", "one", "integer"), "definition", "SELECT 1 AS one",
                "SELECT 2 AS one"));
        s.add(topLevel(materializedView("public.mv", "SELECT 1 AS one", "one", "integer"),
                materializedView("public.mv", "SELECT 2 AS one", "one", "integer"), "definition", "SELECT 1 AS one",
                "SELECT 2 AS one"));
        Sequence seq = sequence("public.order_no");
        s.add(topLevel(seq, with(seq, "options", new SequenceOptions("bigint", 1, 10, 1, Long.MAX_VALUE, 1, false)),
                "increment", "1", "10"));
        s.add(topLevel(enumType("public.mood", "sad", "happy"), enumType("public.mood", "sad", "ok", "happy"),
                "labels", "sad, happy", "sad, ok, happy"));
        s.add(topLevel(domain("public.email", "text"), with(domain("public.email", "text"), "notNull", true),
                "notNull", "false", "true"));
        s.add(topLevel(compositeType("public.address", "street", "text"),
                with(compositeType("public.address", "street", "text"), "comment", "postal"), "comment", null,
                "postal"));
        s.add(topLevel(function("public.add(integer, integer)", "integer", "SELECT $1 + $2"),
                with(function("public.add(integer, integer)", "integer", "SELECT $1 + $2"), "volatility",
                        Volatility.IMMUTABLE), "volatility", "VOLATILE", "IMMUTABLE"));
        s.add(topLevel(procedure("public.archive(integer)", "BEGIN END"),
                with(procedure("public.archive(integer)", "BEGIN END"), "language", "sql"), "language", "plpgsql",
                "sql"));
        s.add(topLevel(vendor("pg.publication", "app_pub", "pg.all_tables", "false"),
                vendor("pg.publication", "app_pub", "pg.all_tables", "true"), "attributes.pg.all_tables", "false",
                "true"));
        return s.stream();
    }

    @Test
    void the_samples_cover_every_kind() {
        Set<ObjectKind> covered = EnumSet.noneOf(ObjectKind.class);
        samples().forEach(s -> covered.add(s.kind()));
        assertThat(covered).containsExactlyInAnyOrder(ObjectKind.values());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void identical_snapshots_diff_empty(Sample s) {
        assertThat(Differ.standard().diff(s.with(), s.with()).isEmpty()).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void object_absent_from_actual_is_missing(Sample s) {
        SchemaDiff diff = Differ.standard().diff(s.with(), s.without());
        assertThat(diff.differences()).singleElement().isInstanceOfSatisfying(Missing.class, d -> {
            assertThat(d.kind()).isEqualTo(s.kind());
            assertThat(d.path()).isEqualTo(path(s.path()));
            assertThat(d.severity()).isEqualTo(SeverityPolicy.defaults()
                    .severityOf(s.kind(), DifferenceType.MISSING, null));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void object_absent_from_expected_is_unexpected(Sample s) {
        SchemaDiff diff = Differ.standard().diff(s.without(), s.with());
        assertThat(diff.differences()).singleElement().isInstanceOfSatisfying(Unexpected.class, d -> {
            assertThat(d.kind()).isEqualTo(s.kind());
            assertThat(d.path()).isEqualTo(path(s.path()));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void one_changed_property_is_one_changed_difference(Sample s) {
        // Extension versions are ignored by default (DiffOption.IGNORE_EXTENSION_VERSIONS); compared here.
        SchemaDiff diff = Differ.standard().diff(s.with(), s.changed(),
                DiffOptions.builder().disable(DiffOption.IGNORE_EXTENSION_VERSIONS).build());
        assertThat(diff.differences()).singleElement().isInstanceOfSatisfying(Changed.class, d -> {
            assertThat(d.kind()).isEqualTo(s.kind());
            assertThat(d.path()).isEqualTo(path(s.path()));
            assertThat(d.property()).isEqualTo(s.property());
            assertThat(d.expected()).isEqualTo(s.expected());
            assertThat(d.actual()).isEqualTo(s.actual());
            assertThat(DiffOptions.knownProperties(s.kind())).contains(
                    d.property().startsWith("attributes.") ? "attributes" : d.property());
        });
    }
}
