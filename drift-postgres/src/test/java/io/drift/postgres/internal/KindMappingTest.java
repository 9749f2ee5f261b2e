package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.model.Grant;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.TriggerEnabled;
import io.drift.core.model.Volatility;

import org.junit.jupiter.api.Test;

import java.util.List;

/** The row mapping of the views, types, routines, triggers and policies queries, without a database. */
class KindMappingTest {

    private static final String TOUCH = "CREATE TRIGGER accounts_touch BEFORE UPDATE OF balance, mood ON kinds.accounts "
            + "FOR EACH ROW WHEN (old.balance::numeric IS DISTINCT FROM new.balance::numeric) "
            + "EXECUTE FUNCTION kinds.touch()";

    @Test
    void trigger_arguments_come_from_the_definition_as_quoted_literals() {
        assertThat(TriggerQuery.arguments(TOUCH)).isEqualTo("()");
        assertThat(TriggerQuery.arguments("CREATE TRIGGER t AFTER INSERT ON s.t FOR EACH STATEMENT "
                + "EXECUTE FUNCTION s.log('changed', 'it''s  (here)')")).isEqualTo("('changed', 'it''s  (here)')");
        // PostgreSQL 11 and older wrote EXECUTE PROCEDURE; an old dump restored keeps no trace of it, but be lenient.
        assertThat(TriggerQuery.arguments("CREATE TRIGGER t AFTER INSERT ON s.t FOR EACH ROW "
                + "EXECUTE PROCEDURE s.log('x')")).isEqualTo("('x')");
    }

    @Test
    void the_when_condition_is_cut_out_of_the_definition() {
        assertThat(TriggerQuery.when(TOUCH)).isEqualTo("old.balance::numeric IS DISTINCT FROM new.balance::numeric");
        assertThat(TriggerQuery.when("CREATE TRIGGER t AFTER INSERT ON s.t FOR EACH ROW "
                + "WHEN ((new.a > 0) AND (new.b = 'WHEN (x)')) EXECUTE FUNCTION s.f()"))
                .isEqualTo("(new.a > 0) AND (new.b = 'WHEN (x)')");
        assertThat(TriggerQuery.when("CREATE TRIGGER t AFTER INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.f('when')"))
                .isNull();
        assertThat(TriggerQuery.when("CREATE TRIGGER \"when\" AFTER INSERT ON s.t FOR EACH ROW EXECUTE FUNCTION s.f()"))
                .isNull();
    }

    @Test
    void codes() {
        assertThat(TriggerQuery.enabled("O")).isEqualTo(TriggerEnabled.ORIGIN);
        assertThat(TriggerQuery.enabled("A")).isEqualTo(TriggerEnabled.ALWAYS);
        assertThat(TriggerQuery.enabled("R")).isEqualTo(TriggerEnabled.REPLICA);
        assertThat(TriggerQuery.enabled("D")).isEqualTo(TriggerEnabled.DISABLED);
        assertThat(PolicyQuery.command("*")).isEqualTo(PolicyCommand.ALL);
        assertThat(PolicyQuery.command("r")).isEqualTo(PolicyCommand.SELECT);
        assertThat(PolicyQuery.command("a")).isEqualTo(PolicyCommand.INSERT);
        assertThat(PolicyQuery.command("w")).isEqualTo(PolicyCommand.UPDATE);
        assertThat(PolicyQuery.command("d")).isEqualTo(PolicyCommand.DELETE);
        assertThatThrownBy(() -> PolicyQuery.command("?")).isInstanceOf(IllegalStateException.class);
        assertThat(RoutineQuery.kind("f")).isEqualTo(RoutineKind.FUNCTION);
        assertThat(RoutineQuery.kind("p")).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(RoutineQuery.kind("a")).isEqualTo(RoutineKind.AGGREGATE);
        assertThat(RoutineQuery.kind("w")).isEqualTo(RoutineKind.WINDOW);
        assertThat(RoutineQuery.volatility("i")).isEqualTo(Volatility.IMMUTABLE);
        assertThat(RoutineQuery.volatility("s")).isEqualTo(Volatility.STABLE);
        assertThat(RoutineQuery.volatility("v")).isEqualTo(Volatility.VOLATILE);
    }

    @Test
    void routine_attributes_only_when_not_the_default() {
        assertThat(RoutineQuery.parallel("u")).isNull();
        assertThat(RoutineQuery.parallel("s")).isEqualTo("safe");
        assertThat(RoutineQuery.parallel("r")).isEqualTo("restricted");
        assertThat(RoutineQuery.cost("100", "sql")).isNull();
        assertThat(RoutineQuery.cost("100", "plpgsql")).isNull();
        assertThat(RoutineQuery.cost("1", "c")).isNull();
        assertThat(RoutineQuery.cost("1", "internal")).isNull();
        assertThat(RoutineQuery.cost("1", "sql")).isEqualTo("1");
        assertThat(RoutineQuery.cost("100", "c")).isEqualTo("100");
        assertThat(RoutineQuery.cost("50", "plpgsql")).isEqualTo("50");
    }

    @Test
    void type_grants_become_one_attribute_per_grantee() {
        assertThat(Acl.asAttributes(List.of(new Grant("PUBLIC", "USAGE", false),
                new Grant("app", "USAGE", true)), new AttributeBuilder()).build().values())
                .containsExactly(java.util.Map.entry("pg.grant.PUBLIC", "USAGE"),
                        java.util.Map.entry("pg.grant.app", "USAGE WITH GRANT OPTION"));
        assertThat(Acl.asAttributes(List.of(), new AttributeBuilder()).build().isEmpty()).isTrue();
    }
}
