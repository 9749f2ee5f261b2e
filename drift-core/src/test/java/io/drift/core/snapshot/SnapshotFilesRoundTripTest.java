package io.drift.core.snapshot;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import io.drift.core.model.Attributes;
import io.drift.core.model.Constraint;
import io.drift.core.model.IdentityGeneration;
import io.drift.core.model.MatchType;
import io.drift.core.model.Member;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.ReferentialAction;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.SchemaDef;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.TableKind;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;
import io.drift.core.model.Volatility;
import org.junit.jupiter.api.Test;

import java.io.StringWriter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class SnapshotFilesRoundTripTest {

    @Test
    void reading_what_was_written_gives_an_equal_snapshot_for_every_kind_and_field() {
        Snapshot snapshot = AllKinds.snapshot();

        Snapshot read = SnapshotFiles.fromJson(SnapshotFiles.toJson(snapshot), "all-kinds");

        assertThat(read).isEqualTo(snapshot);
        assertThat(read.database()).as("equality leaves the server out").isEqualTo(snapshot.database()).isNotNull();
        assertThat(read.stream()).containsExactlyElementsOf(snapshot.stream().toList());
    }

    @Test
    void the_round_trip_snapshot_has_every_top_level_and_member_kind() {
        Snapshot snapshot = AllKinds.snapshot();
        Set<ObjectKind> kinds = new HashSet<>();
        snapshot.stream().forEach(o -> kinds.add(o.kind()));
        for (Table table : snapshot.tables()) {
            table.members().forEach(m -> kinds.add(m.kind()));
        }

        assertThat(kinds).containsExactlyInAnyOrder(ObjectKind.values());
    }

    /**
     * Guards the claim "every field": walks every record type the snapshot can hold, starting from the sealed
     * interfaces, so a component added to the model later fails here until the format and {@link AllKinds} have it.
     */
    @Test
    void the_round_trip_snapshot_sets_every_component_of_every_record_somewhere() {
        Set<String> set = new TreeSet<>();
        collectSet(AllKinds.snapshot().stream().toList(), set);
        collectSet(List.of(AllKinds.snapshot().database()), set);

        Set<String> all = new TreeSet<>();
        for (Class<?> type : reachableRecords()) {
            for (RecordComponent c : type.getRecordComponents()) {
                all.add(type.getSimpleName() + "." + c.getName());
            }
        }

        assertThat(all).hasSizeGreaterThan(100);
        assertThat(set).containsAll(all);
    }

    @Test
    void an_empty_snapshot_is_the_format_version_alone() {
        String json = SnapshotFiles.toJson(Snapshot.empty());

        assertThat(json).isEqualTo("{\n  \"formatVersion\": 1\n}\n");
        assertThat(SnapshotFiles.fromJson(json, "empty")).isEqualTo(Snapshot.empty());
    }

    @Test
    void a_snapshot_without_database_information_round_trips() {
        Snapshot snapshot = Snapshot.builder().add(SchemaDef.named("public")).build();

        String json = SnapshotFiles.toJson(snapshot);

        assertThat(json).doesNotContain("database");
        assertThat(SnapshotFiles.fromJson(json, "x")).isEqualTo(snapshot);
        assertThat(SnapshotFiles.fromJson(json, "x").database()).isNull();
    }

    @Test
    void names_with_dots_slashes_quotes_spaces_and_unicode_round_trip_as_paths() {
        List<String> odd = List.of("a.b", "a/b", "\"q\"", "say \"hi\"", " lead", "trail ", "ünïcødé ✓ 名前",
                "f(a.b, c/d)", "(", ")", "a)(b", "x\"", "\\", "tab\there", "new\nline", "\uD83D\uDE00",
                "lone \uD800 surrogate", "\u0000nul", "\u2028\u2029");
        Snapshot.Builder builder = Snapshot.builder();
        for (String name : odd) {
            builder.add(SchemaDef.named(name));
            builder.add(Table.builder(ObjectPath.of(name, name)).column(name, "text").build());
            builder.add(new io.drift.core.model.VendorObject(ObjectPath.of("v", name).member(name), "v",
                    Attributes.of(java.util.Map.of(name, name))));
        }
        Snapshot snapshot = builder.build();

        Snapshot read = SnapshotFiles.fromJson(SnapshotFiles.toJson(snapshot), "odd");

        assertThat(read).isEqualTo(snapshot);
    }

    @Test
    void every_enum_constant_is_written_as_its_kebab_case_id_and_read_back() throws Exception {
        List<Class<? extends Enum<?>>> enums = List.of(TableKind.class, IdentityGeneration.class,
                ReferentialAction.class, MatchType.class, TriggerTiming.class, TriggerEvent.class, TriggerLevel.class,
                TriggerEnabled.class, PolicyCommand.class, RoutineKind.class, Volatility.class);
        JsonFactory factory = new JsonFactory();
        for (Class<? extends Enum<?>> type : enums) {
            roundTripEveryConstant(factory, type);
        }
        assertThat(Codecs.id(ReferentialAction.SET_NULL)).isEqualTo("set-null");
        assertThat(Codecs.id(TriggerTiming.INSTEAD_OF)).isEqualTo("instead-of");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void roundTripEveryConstant(JsonFactory factory, Class type) throws Exception {
        Codec codec = Codecs.enumOf(type);
        for (Object constant : type.getEnumConstants()) {
            StringWriter out = new StringWriter();
            try (JsonGenerator generator = factory.createGenerator(out)) {
                codec.write(generator, constant);
            }
            assertThat(out.toString()).matches("\"[a-z]+(-[a-z]+)*\"");
            try (JsonParser parser = factory.createParser(out.toString())) {
                parser.nextToken();
                assertThat(codec.read(new JsonIn(parser))).isEqualTo(constant);
            }
        }
    }

    private static Set<Class<?>> reachableRecords() {
        Set<Class<?>> records = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(List.of(SchemaObject.class, Member.class, Constraint.class,
                io.drift.core.model.DatabaseInfo.class));
        while (!todo.isEmpty()) {
            Class<?> type = todo.pop();
            if (type.isSealed()) {
                todo.addAll(List.of(type.getPermittedSubclasses()));
            } else if (type.isRecord() && records.add(type)) {
                for (RecordComponent c : type.getRecordComponents()) {
                    Type generic = c.getGenericType();
                    if (generic instanceof ParameterizedType) {
                        for (Type arg : ((ParameterizedType) generic).getActualTypeArguments()) {
                            if (arg instanceof Class) {
                                todo.add((Class<?>) arg);
                            }
                        }
                    } else {
                        todo.add(c.getType());
                    }
                }
            }
        }
        records.remove(ObjectPath.class);
        records.remove(Attributes.class);
        return records;
    }

    /** Records "Type.component" for every component that holds something: not null, not empty, not false. */
    private static void collectSet(Collection<?> values, Set<String> set) {
        for (Object value : values) {
            if (value == null || !value.getClass().isRecord() || value instanceof ObjectPath
                    || value instanceof Attributes) {
                continue;
            }
            for (RecordComponent c : value.getClass().getRecordComponents()) {
                Object v;
                try {
                    v = c.getAccessor().invoke(value);
                } catch (ReflectiveOperationException e) {
                    throw new AssertionError(e);
                }
                boolean holds = v != null && !Boolean.FALSE.equals(v)
                        && !(v instanceof Collection && ((Collection<?>) v).isEmpty())
                        && !(v instanceof Attributes && ((Attributes) v).isEmpty());
                if (holds) {
                    set.add(value.getClass().getSimpleName() + "." + c.getName());
                }
                if (v instanceof Collection) {
                    collectSet((Collection<?>) v, set);
                } else if (v != null) {
                    collectSet(List.of(v), set);
                }
            }
        }
    }
}
