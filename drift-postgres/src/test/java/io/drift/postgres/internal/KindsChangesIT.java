package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeSet;

/**
 * The other half of normalising: a real change, however small, still changes the snapshot, at the object that changed
 * and nowhere else. Each test applies one change to a fresh copy of the fixture and compares with the original.
 */
@ExtendWith(PostgresExtension.class)
class KindsChangesIT {

    private static Snapshot original;

    @BeforeAll
    static void capture(TestDatabase db) {
        original = KindsFixture.load(db).snapshot();
    }

    private static Set<String> changedBy(TestDatabase db, String change) {
        db.executeResource(KindsFixture.SCRIPT);
        db.execute(change);
        Snapshot changed = KindsFixture.capture(db).snapshot();
        Set<String> paths = new TreeSet<>();
        for (ObjectKind kind : ObjectKind.values()) {
            NavigableMap<ObjectPath, SchemaObject> a = original.objects(kind);
            NavigableMap<ObjectPath, SchemaObject> b = changed.objects(kind);
            Set<ObjectPath> all = new TreeSet<>(a.keySet());
            all.addAll(b.keySet());
            for (ObjectPath path : all) {
                if (a.get(path) == null || !a.get(path).equals(b.get(path))) {
                    paths.add(kind.id() + " " + path);
                }
            }
        }
        return paths;
    }

    @Test
    void whitespace_inside_a_string_in_a_view(TestDatabase db) {
        assertThat(changedBy(db, "CREATE OR REPLACE VIEW kinds.rich_accounts WITH (security_barrier) AS "
                + "SELECT a.id, a.owner_name, a.balance FROM kinds.accounts a "
                + "WHERE a.balance > 1000 AND a.owner_name <> 'it''s me'"))
                .containsExactly("view kinds.rich_accounts");
    }

    @Test
    void a_view_option(TestDatabase db) {
        assertThat(changedBy(db, "ALTER VIEW kinds.positive_accounts SET (check_option = cascaded)"))
                .containsExactly("view kinds.positive_accounts");
    }

    @Test
    void a_routine_body_even_by_one_space(TestDatabase db) {
        assertThat(changedBy(db, "CREATE OR REPLACE FUNCTION kinds.add(a numeric, b numeric) RETURNS numeric "
                + "LANGUAGE sql IMMUTABLE AS 'SELECT a +  b'"))
                .containsExactly("function kinds.add(numeric, numeric)");
    }

    @Test
    void revoking_execute_from_public(TestDatabase db) {
        assertThat(changedBy(db, "REVOKE EXECUTE ON FUNCTION kinds.is_positive(numeric) FROM PUBLIC"))
                .containsExactly("function kinds.is_positive(numeric)");
    }

    @Test
    void a_routine_setting(TestDatabase db) {
        assertThat(changedBy(db, "ALTER FUNCTION kinds.balance_of(bigint) SET search_path = kinds"))
                .containsExactly("function kinds.balance_of(bigint)");
    }

    @Test
    void a_new_overload(TestDatabase db) {
        assertThat(changedBy(db, "CREATE FUNCTION kinds.add(a bigint, b bigint) RETURNS bigint "
                + "LANGUAGE sql IMMUTABLE AS 'SELECT a + b'"))
                .containsExactly("function kinds.add(bigint, bigint)");
    }

    @Test
    void an_enum_label_and_its_position(TestDatabase db) {
        assertThat(changedBy(db, "ALTER TYPE kinds.mood ADD VALUE 'great' AFTER 'happy'"))
                .containsExactly("enum kinds.mood");
    }

    @Test
    void a_domain_check_being_validated(TestDatabase db) {
        assertThat(changedBy(db, "ALTER DOMAIN kinds.email VALIDATE CONSTRAINT email_short"))
                .containsExactly("domain kinds.email");
    }

    @Test
    void a_composite_field_name(TestDatabase db) {
        assertThat(changedBy(db, "ALTER TYPE kinds.address RENAME ATTRIBUTE street TO line1"))
                .containsExactly("composite-type kinds.address");
    }

    @Test
    void a_trigger_disabled(TestDatabase db) {
        assertThat(changedBy(db, "ALTER TABLE kinds.accounts DISABLE TRIGGER accounts_touch"))
                .containsExactly("table kinds.accounts");
    }

    @Test
    void a_trigger_on_a_view_with_another_event(TestDatabase db) {
        assertThat(changedBy(db, "DROP TRIGGER editable_accounts_edit ON kinds.editable_accounts;"
                + "CREATE TRIGGER editable_accounts_edit INSTEAD OF UPDATE OR DELETE ON kinds.editable_accounts "
                + "FOR EACH ROW EXECUTE FUNCTION kinds.edit_account()"))
                .containsExactly("view kinds.editable_accounts");
    }

    @Test
    void a_policy_role(TestDatabase db) {
        assertThat(changedBy(db, "ALTER POLICY accounts_delete ON kinds.accounts TO drift_app, drift_auditor"))
                .containsExactly("table kinds.accounts");
    }

    @Test
    void the_case_of_a_string_in_a_policy(TestDatabase db) {
        assertThat(changedBy(db, "ALTER POLICY accounts_insert ON kinds.accounts "
                + "WITH CHECK (mood IS DISTINCT FROM 'sad' AND owner_name <> 'X')"))
                .containsExactly("table kinds.accounts");
    }

    @Test
    void a_default_privilege(TestDatabase db) {
        assertThat(changedBy(db, "ALTER DEFAULT PRIVILEGES FOR ROLE drift_app IN SCHEMA kinds"
                + " GRANT REFERENCES ON TABLES TO drift_auditor"))
                .containsExactly("vendor \"pg.default-privileges\".drift_app.kinds/tables");
    }

    @Test
    void a_foreign_server_option(TestDatabase db) {
        assertThat(changedBy(db, "ALTER SERVER kinds_remote OPTIONS (SET port '5433')"))
                .containsExactly("vendor \"pg.foreign-server\"/kinds_remote");
    }

    @Test
    void nothing_when_a_credential_changed(TestDatabase db) {
        assertThat(changedBy(db, "ALTER SERVER kinds_remote OPTIONS (SET password 'other', SET api_token 'x');"
                + " ALTER USER MAPPING FOR drift_auditor SERVER kinds_remote OPTIONS (SET password 'other')"))
                .isEmpty();
    }

    @Test
    void a_text_search_mapping(TestDatabase db) {
        assertThat(changedBy(db, "ALTER TEXT SEARCH CONFIGURATION kinds.documents"
                + " ALTER MAPPING REPLACE kinds.short_words WITH simple"))
                .containsExactly("vendor \"pg.text-search-configuration\".kinds/documents");
    }

    @Test
    void an_operator_family_member(TestDatabase db) {
        assertThat(changedBy(db, "CREATE OPERATOR kinds.>>> (LEFTARG = kinds.money_amount,"
                + " RIGHTARG = kinds.money_amount, FUNCTION = kinds.money_lt);"
                + " ALTER OPERATOR FAMILY kinds.money_family USING btree"
                + " ADD OPERATOR 5 kinds.>>>(kinds.money_amount, kinds.money_amount)"))
                .containsExactly("vendor \"pg.operator\".kinds/>>>(kinds.money_amount, kinds.money_amount)",
                        "vendor \"pg.operator-family\".kinds/money_family USING btree");
    }

    @Test
    void nothing_when_nothing_changed(TestDatabase db) {
        assertThat(changedBy(db, "SELECT 1")).isEmpty();
    }
}
