package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.drift.core.model.Column;
import io.drift.core.model.Grant;
import io.drift.core.model.Index;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Snapshot;
import io.drift.core.model.View;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class ViewCaptureIT {

    private static Snapshot snapshot;

    @BeforeAll
    static void capture(TestDatabase db) {
        snapshot = KindsFixture.load(db).snapshot();
    }

    @Test
    void a_view_has_its_definition_columns_owner_comment_grants_and_options() {
        View view = KindsFixture.view(snapshot, "kinds", "rich_accounts");
        assertThat(view.kind()).isEqualTo(ObjectKind.VIEW);
        assertThat(view.materialized()).isFalse();
        // PostgreSQL 16 stopped qualifying the columns of a one-relation view; the normaliser drops 12 to 15's.
        assertThat(view.definition()).isEqualTo("SELECT id, owner_name, balance FROM kinds.accounts a "
                + "WHERE balance::numeric > 1000::numeric AND owner_name <> 'it''s  me'::text");
        assertThat(view.columns()).extracting(Column::name).containsExactly("id", "owner_name", "balance");
        assertThat(view.columns()).extracting(Column::type).containsExactly("bigint", "text", "kinds.amount");
        assertThat(view.owner()).isNotBlank();
        assertThat(view.comment()).isEqualTo("Accounts over 1000");
        assertThat(view.grants()).containsExactly(new Grant("drift_app", "SELECT", false));
        assertThat(view.attributes().values()).containsEntry("pg.security_barrier", "true");
    }

    @Test
    void definitions_are_normalised_the_same_way_on_every_version() {
        // a join: qualified on every version
        assertThat(KindsFixture.view(snapshot, "kinds", "account_actions").definition()).isEqualTo(
                "SELECT a.id, a.owner_name, l.action, l.at FROM kinds.accounts a "
                        + "LEFT JOIN kinds.account_log l ON l.account_id = a.id");
        // one relation, a subquery in FROM: the top level loses the qualifier, the subquery keeps its own
        assertThat(KindsFixture.view(snapshot, "kinds", "mood_totals").definition()).isEqualTo(
                "SELECT mood, total FROM (SELECT accounts.mood, sum(accounts.balance::numeric) AS total "
                        + "FROM kinds.accounts GROUP BY accounts.mood) t "
                        + "WHERE total > 0::numeric AND (mood = ANY (ARRAY['ok'::kinds.mood, 'happy'::kinds.mood]))");
        // a sublink keeps its qualifiers, including the outer reference
        assertThat(KindsFixture.view(snapshot, "kinds", "logged_accounts").definition()).contains(
                "SELECT account_id, last_at FROM recent r WHERE (EXISTS (SELECT 1 FROM kinds.accounts a "
                        + "WHERE a.id = r.account_id AND a.mood IS DISTINCT FROM 'sad'::kinds.mood))");
    }

    @Test
    void check_option_is_an_attribute_and_grant_option_is_kept() {
        assertThat(KindsFixture.view(snapshot, "kinds", "positive_accounts").attributes().values())
                .containsEntry("pg.check_option", "local");
        assertThat(KindsFixture.view(snapshot, "kinds", "editable_accounts").grants()).containsExactly(
                new Grant("drift_auditor", "SELECT", true), new Grant("drift_auditor", "UPDATE", true));
    }

    @Test
    void a_view_with_no_grants_has_none() {
        assertThat(KindsFixture.view(snapshot, "kinds", "positive_accounts").grants()).isEmpty();
    }

    @Test
    void a_materialized_view_has_its_columns_and_indexes() {
        View view = KindsFixture.view(snapshot, "kinds", "balance_by_mood");
        assertThat(view.kind()).isEqualTo(ObjectKind.MATERIALIZED_VIEW);
        assertThat(view.definition()).isEqualTo(
                "SELECT mood, sum(balance::numeric) AS total, count(*) AS n FROM kinds.accounts GROUP BY mood");
        assertThat(view.columns()).extracting(Column::name).containsExactly("mood", "total", "n");
        assertThat(view.indexes()).extracting(Index::name).containsExactly("balance_by_mood_mood");
        assertThat(view.comment()).isEqualTo("Totals per mood");
    }

    @Test
    void the_trigger_on_a_view_is_an_attribute_of_the_view() {
        assertThat(KindsFixture.view(snapshot, "kinds", "editable_accounts").attributes().values())
                .containsEntry("pg.trigger.editable_accounts_edit", "CREATE TRIGGER editable_accounts_edit "
                        + "INSTEAD OF UPDATE ON kinds.editable_accounts FOR EACH ROW "
                        + "EXECUTE FUNCTION kinds.edit_account()");
    }

    @Test
    void security_invoker_is_an_attribute_from_15(TestDatabase db) {
        assumeThat(db.majorVersion()).isGreaterThanOrEqualTo(15);
        db.execute("CREATE SCHEMA kinds; CREATE VIEW kinds.invoker WITH (security_invoker = on) AS SELECT 1 AS one");
        View view = KindsFixture.view(KindsFixture.capture(db).snapshot(), "kinds", "invoker");
        assertThat(view.attributes().values()).containsEntry("pg.security_invoker", "true");
    }

    @Test
    void views_and_functions_of_an_extension_are_the_extensions(TestDatabase db) {
        db.execute("CREATE SCHEMA ext; CREATE EXTENSION pg_buffercache SCHEMA ext;");
        Snapshot s = KindsFixture.capture(db).snapshot();
        assertThat(s.findView(ObjectPath.of("ext", "pg_buffercache"))).isEmpty();
        assertThat(KindsFixture.inSchema(s, ObjectKind.FUNCTION, "ext")).isEmpty();
        assertThat(s.extensions()).extracting(e -> e.path().name()).contains("pg_buffercache");
    }

    @Test
    void a_changed_view_is_a_different_view(TestDatabase db) {
        db.executeResource(KindsFixture.SCRIPT);
        db.execute("CREATE OR REPLACE VIEW kinds.rich_accounts WITH (security_barrier) AS "
                + "SELECT a.id, a.owner_name, a.balance FROM kinds.accounts a "
                + "WHERE a.balance > 1000 AND a.owner_name <> 'it''s me'");
        View changed = KindsFixture.view(KindsFixture.capture(db).snapshot(), "kinds", "rich_accounts");
        assertThat(changed.definition())
                .isNotEqualTo(KindsFixture.view(snapshot, "kinds", "rich_accounts").definition());
    }
}
