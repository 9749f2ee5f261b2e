package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kinds without a record: range types, rules, extended statistics, collations, event triggers and publications are
 * captured as vendor objects, with canonical attributes; a range's multirange and constructors are not objects of
 * their own; a view's _RETURN rule is not a rule.
 */
class VendorObjectCaptureIT {

    static Stream<Integer> versions() {
        return TestPostgres.availableVersions().stream().filter(v -> v >= Sql.OLDEST);
    }

    private static Map<String, Map<String, String>> vendorObjects(Snapshot snapshot) {
        return snapshot.vendorObjects().stream().collect(Collectors.toMap(v -> v.path().toString(),
                v -> v.attributes().values(), (a, b) -> a, TreeMap::new));
    }

    @ParameterizedTest(name = "PostgreSQL {0}")
    @MethodSource("versions")
    void every_kind_is_captured_with_the_same_attributes_on_every_version(int major) {
        try (TestDatabase db = TestPostgres.start(major).newDatabase()) {
            Snapshot snapshot = Corpus.apply(db, Corpus.PG_HEAVY);
            Map<String, Map<String, String>> vendor = vendorObjects(snapshot);
            assertThat(vendor).containsOnlyKeys(
                    "\"pg.collation\".booking/german_phonebook",
                    "\"pg.event-trigger\"/corpus_ddl_notice",
                    "\"pg.publication\"/corpus_billing",
                    "\"pg.range\".booking/floatrange",
                    "\"pg.rule\".booking.reservation_log/reservation_log_no_delete",
                    "\"pg.statistics\".booking/guests_vip_tenant");
            assertThat(vendor.get("\"pg.range\".booking/floatrange")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "pg.subtype", "double precision",
                    "pg.subtype_diff", "float8mi(double precision,double precision)",
                    "pg.grant.PUBLIC", "USAGE"));
            assertThat(vendor.get("\"pg.rule\".booking.reservation_log/reservation_log_no_delete"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.definition",
                            "CREATE RULE reservation_log_no_delete AS ON DELETE TO booking.reservation_log DO INSTEAD"
                                    + " NOTHING;"));
            assertThat(vendor.get("\"pg.statistics\".booking/guests_vip_tenant")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("pg.table", "booking.guests", "pg.kinds", "dependencies, ndistinct",
                            "pg.columns", "vip, tenant_id"));
            assertThat(vendor.get("\"pg.collation\".booking/german_phonebook")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("pg.provider", "libc", "pg.locale", "C"));
            assertThat(vendor.get("\"pg.event-trigger\"/corpus_ddl_notice")).containsExactlyInAnyOrderEntriesOf(
                    Map.of("pg.event", "ddl_command_end", "pg.tags", "DROP TABLE",
                            "pg.function", "reporting.forbid_drops()"));
            assertThat(vendor.get("\"pg.publication\"/corpus_billing")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "pg.publish", "insert, update", "pg.tables", "billing.payments, booking.guests"));
            assertThat(snapshot.objects(io.drift.core.model.ObjectKind.FUNCTION).keySet()).extracting(Object::toString)
                    .noneMatch(p -> p.contains("floatrange(") || p.contains("multirange"));
        }
    }

    @Test
    void a_views_return_rule_is_its_definition_not_a_rule_and_an_extensions_objects_are_not_captured() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t;"
                    + " CREATE EXTENSION btree_gist;");
            Snapshot snapshot = Captures.capture(db);
            assertThat(snapshot.vendorObjects()).isEmpty();
        }
    }

    @Test
    void a_disabled_rule_and_a_disabled_event_trigger_say_so() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE TABLE t (id int); CREATE RULE r AS ON UPDATE TO t DO ALSO NOTHING;"
                    + " ALTER TABLE t DISABLE RULE r;"
                    + " CREATE FUNCTION f() RETURNS event_trigger LANGUAGE plpgsql AS $$ BEGIN END $$;"
                    + " CREATE EVENT TRIGGER e ON sql_drop EXECUTE FUNCTION f(); ALTER EVENT TRIGGER e DISABLE;");
            Map<String, Map<String, String>> vendor = vendorObjects(Captures.capture(db));
            assertThat(vendor.get("\"pg.rule\".public.t/r")).containsEntry("pg.enabled", "disabled");
            assertThat(vendor.get("\"pg.event-trigger\"/e")).containsEntry("pg.enabled", "disabled")
                    .doesNotContainKey("pg.tags");
        }
    }

}
