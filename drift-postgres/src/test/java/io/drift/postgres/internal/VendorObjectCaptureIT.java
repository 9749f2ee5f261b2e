package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.test.postgres.TestDatabase;
import io.drift.test.postgres.TestPostgres;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Kinds without a record: range types, rules, extended statistics, collations, event triggers, publications, default
 * privileges, foreign-data wrappers and servers, text search configurations and dictionaries, casts, operators,
 * operator classes and families are captured as vendor objects, with canonical attributes; a range's multirange and
 * constructors are not objects of their own; a view's _RETURN rule is not a rule; credentials in options are not read.
 */
class VendorObjectCaptureIT {

    static Stream<Integer> versions() {
        return Majors.all().stream();
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
                    "\"pg.cast\"/(booking.address AS text)",
                    "\"pg.collation\".booking/german_phonebook",
                    "\"pg.default-privileges\".corpus_app/functions",
                    "\"pg.default-privileges\".corpus_app.billing/sequences",
                    "\"pg.default-privileges\".corpus_app.billing/tables",
                    "\"pg.default-privileges\".corpus_app.booking/tables",
                    "\"pg.foreign-server\"/corpus_replica",
                    "\"pg.operator\".booking/~=(booking.address, booking.address)",
                    "\"pg.text-search-configuration\".booking/guest_names",
                    "\"pg.text-search-dictionary\".booking/english_nostop",
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
            assertThat(vendor.get("\"pg.default-privileges\".corpus_app/functions"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.revoked.PUBLIC", "EXECUTE"));
            assertThat(vendor.get("\"pg.default-privileges\".corpus_app.billing/tables"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.grant.corpus_readonly", "ALL"));
            assertThat(vendor.get("\"pg.default-privileges\".corpus_app.billing/sequences"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.grant.corpus_readonly", "SELECT, USAGE"));
            assertThat(vendor.get("\"pg.foreign-server\"/corpus_replica")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "pg.wrapper", "postgres_fdw",
                    "pg.options", "dbname=booking, host=replica.internal, port=5432",
                    "pg.user_mappings", "corpus_readonly",
                    "pg.grant.corpus_app", "USAGE"));
            assertThat(vendor.get("\"pg.text-search-configuration\".booking/guest_names"))
                    .containsEntry("pg.parser", "\"default\"")
                    .containsEntry("pg.mapping.asciiword", "booking.english_nostop")
                    .containsEntry("pg.mapping.word", "booking.english_nostop")
                    .containsEntry("pg.mapping.email", "simple");
            assertThat(vendor.get("\"pg.text-search-dictionary\".booking/english_nostop"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.template", "snowball",
                            "pg.options", "language = 'english'"));
            assertThat(vendor.get("\"pg.cast\"/(booking.address AS text)")).containsExactlyInAnyOrderEntriesOf(Map.of(
                    "pg.function", "booking.address_text(booking.address)", "pg.context", "assignment"));
            assertThat(vendor.get("\"pg.operator\".booking/~=(booking.address, booking.address)"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of(
                            "pg.function", "booking.same_city(booking.address,booking.address)",
                            "pg.commutator", "booking.~=(booking.address,booking.address)"));
            assertThat(snapshot.objects(io.drift.core.model.ObjectKind.FUNCTION).keySet()).extracting(Object::toString)
                    .noneMatch(p -> p.contains("floatrange(") || p.contains("multirange"));
        }
    }

    @Test
    void a_views_return_rule_is_its_definition_not_a_rule_and_an_extensions_objects_are_not_captured() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            db.execute("CREATE TABLE t (id int); CREATE VIEW v AS SELECT id FROM t;"
                    + " CREATE EXTENSION btree_gist; CREATE EXTENSION citext; CREATE EXTENSION hstore;"
                    + " CREATE EXTENSION unaccent; CREATE EXTENSION postgres_fdw; CREATE EXTENSION file_fdw;");
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


    @Test
    void the_all_kinds_fixture_gives_every_new_kind_with_canonical_attributes() {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            Map<String, Map<String, String>> vendor = vendorObjects(KindsFixture.load(db).snapshot());
            Map<String, Map<String, String>> expected = new TreeMap<>();
            expected.put("\"pg.default-privileges\".drift_app/functions",
                    Map.of("pg.revoked.PUBLIC", "EXECUTE", "pg.grant.drift_auditor", "EXECUTE"));
            expected.put("\"pg.default-privileges\".drift_app/schemas", Map.of("pg.grant.drift_auditor", "USAGE"));
            expected.put("\"pg.default-privileges\".drift_app/types", Map.of("pg.grant.drift_auditor", "USAGE"));
            expected.put("\"pg.default-privileges\".drift_app.kinds/sequences",
                    Map.of("pg.grant.drift_auditor", "USAGE WITH GRANT OPTION"));
            // drift_app's own ALL is ownership, which the ACL rule leaves out
            expected.put("\"pg.default-privileges\".drift_app.kinds/tables", Map.of("pg.grant.drift_auditor", "SELECT"));
            expected.put("\"pg.foreign-data-wrapper\"/kinds_wrapper",
                    Map.of("pg.options", "debug=true", "pg.comment", "No handler: DDL only"));
            expected.put("\"pg.foreign-server\"/kinds_remote", Map.of(
                    "pg.wrapper", "kinds_wrapper", "pg.type", "postgresql", "pg.version", "16",
                    "pg.options", "api_token=(redacted), host=db.example, password=(redacted), port=5432",
                    "pg.user_mappings", "PUBLIC, drift_auditor", "pg.grant.drift_app", "USAGE",
                    "pg.comment", "The remote"));
            expected.put("\"pg.text-search-dictionary\".kinds/english_nostop",
                    Map.of("pg.template", "snowball", "pg.options", "language = 'english'"));
            expected.put("\"pg.text-search-dictionary\".kinds/short_words", Map.of("pg.template", "simple",
                    "pg.options", "stopwords = 'english', accept = 'false'", "pg.comment", "Stop words only"));
            expected.put("\"pg.cast\"/(kinds.money_amount AS text)", Map.of(
                    "pg.function", "kinds.money_text(kinds.money_amount)", "pg.context", "assignment"));
            expected.put("\"pg.cast\"/(kinds.money_amount AS json)", Map.of(
                    "pg.method", "inout", "pg.context", "explicit"));
            expected.put("\"pg.operator\".kinds/===(kinds.money_amount, kinds.money_amount)", Map.of(
                    "pg.function", "kinds.money_eq(kinds.money_amount,kinds.money_amount)",
                    "pg.commutator", "kinds.===(kinds.money_amount,kinds.money_amount)",
                    "pg.restrict", "eqsel", "pg.join", "eqjoinsel", "pg.hashes", "true", "pg.merges", "true"));
            expected.put("\"pg.operator\".kinds/<<<(kinds.money_amount, kinds.money_amount)", Map.of(
                    "pg.function", "kinds.money_lt(kinds.money_amount,kinds.money_amount)",
                    "pg.comment", "Less money"));
            expected.put("\"pg.operator\".kinds/##(NONE, kinds.money_amount)", Map.of(
                    "pg.function", "kinds.money_text(kinds.money_amount)"));
            expected.put("\"pg.operator-class\".kinds/money_ops USING btree", Map.of(
                    "pg.type", "kinds.money_amount", "pg.family", "kinds.money_family"));
            expected.put("\"pg.operator-class\".kinds/money_hash_ops USING hash", Map.of(
                    "pg.type", "kinds.money_amount", "pg.family", "kinds.money_hash_ops", "pg.default", "true"));
            expected.put("\"pg.operator-family\".kinds/money_family USING btree", Map.of(
                    "pg.operators", "OPERATOR 1 kinds.<<<(kinds.money_amount,kinds.money_amount),"
                            + " OPERATOR 3 kinds.===(kinds.money_amount,kinds.money_amount)",
                    "pg.functions", "FUNCTION 1 (kinds.money_amount, kinds.money_amount)"
                            + " kinds.money_cmp(kinds.money_amount,kinds.money_amount)"));
            expected.put("\"pg.operator-family\".kinds/money_hash_ops USING hash", Map.of(
                    "pg.operators", "OPERATOR 1 kinds.===(kinds.money_amount,kinds.money_amount)"));
            expected.forEach((path, attributes) -> assertThat(vendor.get(path)).as(path)
                    .containsExactlyInAnyOrderEntriesOf(attributes));
            Map<String, String> config = vendor.get("\"pg.text-search-configuration\".kinds/documents");
            assertThat(config).containsEntry("pg.parser", "\"default\"")
                    .containsEntry("pg.mapping.asciiword", "kinds.short_words, kinds.english_nostop")
                    .containsEntry("pg.mapping.asciihword", "english_stem")
                    .doesNotContainKeys("pg.mapping.email", "pg.mapping.url", "pg.mapping.url_path");
            List<String> newKinds = List.of("pg.default-privileges", "pg.foreign-data-wrapper", "pg.foreign-server",
                    "pg.text-search-configuration", "pg.text-search-dictionary", "pg.cast", "pg.operator",
                    "pg.operator-class", "pg.operator-family");
            List<String> paths = new java.util.ArrayList<>(expected.keySet());
            paths.add("\"pg.text-search-configuration\".kinds/documents");
            assertThat(vendor.keySet().stream().filter(p -> newKinds.stream().anyMatch(k -> p.startsWith("\"" + k + "\""))))
                    .containsExactlyInAnyOrderElementsOf(paths);
        }
    }

    @Test
    void credentials_in_options_never_enter_a_snapshot_and_the_new_paths_read_back() throws Exception {
        try (TestDatabase db = TestPostgres.start().newDatabase()) {
            Snapshot snapshot = KindsFixture.load(db).snapshot();
            java.nio.file.Path file = java.nio.file.Files.createTempFile("drift-credentials", ".json");
            try {
                io.drift.core.snapshot.SnapshotFiles.write(snapshot, file);
                assertThat(java.nio.file.Files.readString(file))
                        .contains("kinds_remote", "(redacted)")
                        .doesNotContain("hunter2", "secret", "\"abc\"", "=abc", "auditor'");
                // the new paths (parentheses, spaces, operator characters) read back as they were written
                assertThat(io.drift.core.snapshot.SnapshotFiles.read(file)).isEqualTo(snapshot);
            } finally {
                java.nio.file.Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void default_privileges_on_large_objects_from_18_read_like_the_others() {
        org.junit.jupiter.api.Assumptions.assumeTrue(TestPostgres.availableVersions().contains(18), "PostgreSQL 18");
        try (TestDatabase db = TestPostgres.start(18).newDatabase()) {
            db.execute("DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'drift_lo_reader') THEN"
                    + " CREATE ROLE drift_lo_reader; END IF; END $$;"
                    + " ALTER DEFAULT PRIVILEGES GRANT SELECT ON LARGE OBJECTS TO drift_lo_reader;"
                    + " ALTER DEFAULT PRIVILEGES GRANT ALL ON LARGE OBJECTS TO PUBLIC;"
                    + " ALTER DEFAULT PRIVILEGES GRANT ALL ON SEQUENCES TO drift_lo_reader;");
            Map<String, Map<String, String>> vendor = vendorObjects(Captures.capture(db));
            assertThat(vendor.get("\"pg.default-privileges\"." + db.user() + "/large-objects"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.grant.drift_lo_reader", "SELECT",
                            "pg.grant.PUBLIC", "ALL"));
            assertThat(vendor.get("\"pg.default-privileges\"." + db.user() + "/sequences"))
                    .containsExactlyInAnyOrderEntriesOf(Map.of("pg.grant.drift_lo_reader", "ALL"));
        }
    }
}
