package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Snapshot;
import io.drift.core.model.Table;
import io.drift.core.model.Trigger;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.TriggerEvent;
import io.drift.core.model.TriggerLevel;
import io.drift.core.model.TriggerTiming;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class TriggerCaptureIT {

    private static Table accounts;
    private static Snapshot snapshot;

    @BeforeAll
    static void capture(TestDatabase db) {
        snapshot = KindsFixture.load(db).snapshot();
        accounts = KindsFixture.table(snapshot, "kinds", "accounts");
    }

    private static Trigger trigger(String name) {
        return accounts.triggers().stream().filter(t -> t.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No trigger " + name + " in " + accounts.triggers()));
    }

    @Test
    void user_triggers_only_not_the_internal_ones_of_foreign_keys() {
        assertThat(accounts.triggers()).extracting(Trigger::name).containsExactly("accounts_bulk",
                "accounts_deferred", "accounts_log", "accounts_touch", "accounts_truncate");
        assertThat(KindsFixture.table(snapshot, "kinds", "account_log").triggers()).isEmpty();
    }

    @Test
    void before_row_update_of_columns_with_a_when_condition() {
        Trigger t = trigger("accounts_touch");
        assertThat(t.timing()).isEqualTo(TriggerTiming.BEFORE);
        assertThat(t.events()).containsExactly(TriggerEvent.UPDATE);
        assertThat(t.updateColumns()).containsExactly("balance", "mood");
        assertThat(t.level()).isEqualTo(TriggerLevel.ROW);
        assertThat(t.function()).isEqualTo("kinds.touch()");
        assertThat(t.when()).isEqualTo("old.balance::numeric IS DISTINCT FROM new.balance::numeric");
        assertThat(t.enabled()).isEqualTo(TriggerEnabled.ORIGIN);
        assertThat(t.comment()).isEqualTo("Keeps updated_at");
        assertThat(t.definition()).isEqualTo("CREATE TRIGGER accounts_touch BEFORE UPDATE OF balance, mood ON "
                + "kinds.accounts FOR EACH ROW WHEN (old.balance::numeric IS DISTINCT FROM new.balance::numeric) "
                + "EXECUTE FUNCTION kinds.touch()");
        assertThat(t.attributes().isEmpty()).isTrue();
    }

    @Test
    void after_statement_with_arguments_and_enabled_always() {
        Trigger t = trigger("accounts_log");
        assertThat(t.timing()).isEqualTo(TriggerTiming.AFTER);
        assertThat(t.events()).containsExactly(TriggerEvent.INSERT, TriggerEvent.DELETE);
        assertThat(t.level()).isEqualTo(TriggerLevel.STATEMENT);
        assertThat(t.function()).isEqualTo("kinds.log_action('changed', 'it''s accounts')");
        assertThat(t.when()).isNull();
        assertThat(t.enabled()).isEqualTo(TriggerEnabled.ALWAYS);
    }

    @Test
    void transition_tables_disabled_and_constraint_triggers() {
        assertThat(trigger("accounts_bulk").attributes().values()).containsEntry("pg.old_table", "old_rows")
                .containsEntry("pg.new_table", "new_rows");
        assertThat(trigger("accounts_truncate").enabled()).isEqualTo(TriggerEnabled.DISABLED);
        assertThat(trigger("accounts_truncate").events()).containsExactly(TriggerEvent.TRUNCATE);
        assertThat(trigger("accounts_deferred").attributes().values()).containsEntry("pg.constraint", "true")
                .containsEntry("pg.deferrable", "true").containsEntry("pg.initially_deferred", "true");
    }

    @Test
    void a_trigger_on_a_partitioned_table_is_reported_once_on_the_parent() {
        assertThat(KindsFixture.table(snapshot, "kinds", "events").triggers()).extracting(Trigger::name)
                .containsExactly("events_log");
        assertThat(KindsFixture.table(snapshot, "kinds", "events_2024").triggers()).isEmpty();
    }
}
