package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.drift.core.model.Grant;
import io.drift.core.model.ObjectKind;
import io.drift.core.model.ObjectPath;
import io.drift.core.model.Routine;
import io.drift.core.model.RoutineKind;
import io.drift.core.model.SchemaObject;
import io.drift.core.model.Snapshot;
import io.drift.core.model.Volatility;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.util.stream.Stream;

@ExtendWith(PostgresExtension.class)
class RoutineCaptureIT {

    private static Snapshot snapshot;

    @BeforeAll
    static void capture(TestDatabase db) {
        snapshot = KindsFixture.load(db).snapshot();
    }

    private static Routine routine(String pathText) {
        ObjectPath path = ObjectPath.parse(pathText);
        return (Routine) snapshot.find(ObjectKind.FUNCTION, path).or(() -> snapshot.find(ObjectKind.PROCEDURE, path))
                .orElseThrow(() -> new AssertionError("No routine " + pathText + " among "
                        + snapshot.objects(ObjectKind.FUNCTION).keySet()));
    }

    @Test
    void overloads_are_different_routines_named_by_their_identity_arguments() {
        Routine ints = routine("kinds.add(integer, integer)");
        Routine numerics = routine("kinds.add(numeric, numeric)");
        assertThat(ints.arguments()).isEqualTo("a integer, b integer DEFAULT 1");
        assertThat(ints.returnType()).isEqualTo("integer");
        assertThat(numerics.returnType()).isEqualTo("numeric");
        assertThat(ints.language()).isEqualTo("sql");
        assertThat(ints.volatility()).isEqualTo(Volatility.IMMUTABLE);
        assertThat(ints.definition()).isEqualTo(" SELECT a + b ");
        // attributes only where the DDL chose something other than the default
        assertThat(ints.attributes().values()).containsOnlyKeys("pg.strict", "pg.parallel")
                .containsEntry("pg.strict", "true").containsEntry("pg.parallel", "safe");
        assertThat(numerics.attributes().isEmpty()).isTrue();
    }

    @Test
    void security_definer_config_cost_comment_and_grants() {
        Routine r = routine("kinds.balance_of(bigint)");
        assertThat(r.securityDefiner()).isTrue();
        assertThat(r.language()).isEqualTo("plpgsql");
        assertThat(r.volatility()).isEqualTo(Volatility.STABLE);
        assertThat(r.definition()).contains("RETURN (SELECT balance FROM kinds.accounts WHERE id = p_id);");
        assertThat(r.attributes().values()).containsEntry("pg.cost", "50")
                .containsEntry("pg.config.search_path", "kinds, pg_temp");
        assertThat(r.comment()).isEqualTo("Balance, for the app role only");
        // REVOKE FROM PUBLIC is seen: PUBLIC is gone, only the explicit grant is left.
        assertThat(r.grants()).containsExactly(new Grant("drift_app", "EXECUTE", false));
        assertThat(r.owner()).isNotBlank();
    }

    @Test
    void default_privileges_are_execute_for_public() {
        assertThat(routine("kinds.is_positive(numeric)").grants()).containsExactly(new Grant("PUBLIC", "EXECUTE", false));
    }

    @Test
    void set_returning_out_and_table_functions() {
        Routine setof = routine("kinds.accounts_in(kinds.mood)");
        assertThat(setof.returnType()).isEqualTo("SETOF kinds.accounts");
        assertThat(setof.attributes().values()).containsEntry("pg.rows", "20");
        assertThat(routine("kinds.summary()").arguments()).isEqualTo("OUT n bigint, OUT total numeric");
        assertThat(routine("kinds.summary()").returnType()).isEqualTo("record");
        Routine table = routine("kinds.top_accounts(integer)");
        assertThat(table.returnType()).isEqualTo("TABLE(id bigint, balance numeric)");
        assertThat(table.arguments()).isEqualTo("lim integer DEFAULT 10");
        assertThat(routine("kinds.is_positive(numeric)").attributes().values()).containsEntry("pg.leakproof", "true");
        assertThat(routine("kinds.variadic_sum(integer[])").arguments()).isEqualTo("VARIADIC xs integer[]");
        assertThat(routine("kinds.variadic_sum(integer[])").attributes().values())
                .containsEntry("pg.parallel", "restricted");
    }

    @Test
    void a_procedure_has_no_return_type_nor_volatility_and_no_in_modes() {
        Routine p = routine("kinds.transfer(bigint, bigint, numeric)");
        assertThat(p.kind()).isEqualTo(ObjectKind.PROCEDURE);
        assertThat(p.routineKind()).isEqualTo(RoutineKind.PROCEDURE);
        assertThat(p.arguments()).isEqualTo("from_id bigint, to_id bigint, amount numeric");
        assertThat(p.returnType()).isNull();
        assertThat(p.volatility()).isNull();
        assertThat(p.comment()).isEqualTo("Moves money");
    }

    @Test
    void an_aggregate_is_defined_by_its_functions() {
        Routine a = routine("kinds.sum_sq(numeric)");
        assertThat(a.routineKind()).isEqualTo(RoutineKind.AGGREGATE);
        assertThat(a.kind()).isEqualTo(ObjectKind.FUNCTION);
        assertThat(a.definition())
                .isEqualTo("SFUNC = kinds.sum_sq_step(numeric,numeric), STYPE = numeric, INITCOND = '0'");
        assertThat(a.comment()).isEqualTo("Sum of squares");
        Routine mean = routine("kinds.mean(numeric)");
        assertThat(mean.definition()).isEqualTo("SFUNC = kinds.mean_step(numeric[],numeric), STYPE = numeric[], "
                + "FINALFUNC = kinds.mean_final(numeric[]), FINALFUNC_MODIFY = READ_ONLY, INITCOND = '{0,0}'");
        assertThat(mean.attributes().values()).containsEntry("pg.parallel", "safe");
        assertThat(routine("kinds.moving_mean(numeric)").definition()).isEqualTo(
                "SFUNC = kinds.mean_step(numeric[],numeric), STYPE = numeric[], "
                        + "FINALFUNC = kinds.mean_final(numeric[]), FINALFUNC_MODIFY = READ_ONLY, INITCOND = '{0,0}', "
                        + "MSFUNC = kinds.mean_step(numeric[],numeric), MINVFUNC = kinds.mean_inverse(numeric[],numeric), "
                        + "MSTYPE = numeric[], MSSPACE = 64, MFINALFUNC = kinds.mean_final(numeric[]), "
                        + "MFINALFUNC_MODIFY = SHAREABLE, MINITCOND = '{0,0}'");
    }

    @Test
    void a_window_function_is_a_function_of_kind_window() {
        Routine w = routine("kinds.my_rank()");
        assertThat(w.routineKind()).isEqualTo(RoutineKind.WINDOW);
        assertThat(w.kind()).isEqualTo(ObjectKind.FUNCTION);
        assertThat(w.language()).isEqualTo("internal");
        assertThat(w.definition()).isEqualTo("window_rank");
        assertThat(w.attributes().isEmpty()).as("cost 1 is the default of an internal function").isTrue();
    }

    @Test
    void trigger_functions_are_routines() {
        assertThat(routine("kinds.touch()").returnType()).isEqualTo("trigger");
    }

    @Test
    void functions_of_an_extension_are_not_user_routines() {
        assertThat(Stream.concat(snapshot.functions().stream(), snapshot.procedures().stream())
                .map(SchemaObject::path).map(ObjectPath::toString))
                .noneMatch(p -> p.contains("crosstab") || p.contains("connectby") || p.contains("normal_rand"))
                .contains("kinds.add(integer, integer)");
        assertThat(snapshot.compositeTypes()).extracting(t -> t.path().name())
                .noneMatch(n -> n.startsWith("tablefunc"));
    }

    @Test
    void a_sql_standard_body_is_the_definition_from_14(TestDatabase db) {
        assumeThat(db.majorVersion()).isGreaterThanOrEqualTo(14);
        // BEGIN ATOMIC holds semicolons that the driver would split the script at, unless in simple query mode.
        KindsFixture.executeSimple(db, "CREATE SCHEMA std;"
                + "CREATE FUNCTION std.double_it(x integer) RETURNS integer LANGUAGE sql IMMUTABLE RETURN x * 2;"
                + "CREATE FUNCTION std.two(x integer) RETURNS integer LANGUAGE sql BEGIN ATOMIC SELECT x + 1; "
                + "SELECT x * 2; END;"
                + "CREATE PROCEDURE std.out_proc(a integer, OUT b integer) LANGUAGE sql BEGIN ATOMIC SELECT a; END;");
        Snapshot s = KindsFixture.capture(db).snapshot();
        Routine doubled = (Routine) s.find(ObjectKind.FUNCTION, ObjectPath.parse("std.double_it(integer)")).orElseThrow();
        assertThat(doubled.definition()).isEqualTo("RETURN (x * 2)");
        Routine two = (Routine) s.find(ObjectKind.FUNCTION, ObjectPath.parse("std.two(integer)")).orElseThrow();
        assertThat(two.definition()).isEqualTo("BEGIN ATOMIC SELECT (x + 1); SELECT (x * 2); END");
        Routine proc = (Routine) s.procedures().stream().filter(r -> r.path().first().equals("std")).findFirst()
                .orElseThrow();
        assertThat(proc.path().toString()).isEqualTo("std.out_proc(integer)");
        assertThat(proc.arguments()).isEqualTo("a integer, OUT b integer");
        assertThat(proc.definition()).isEqualTo("BEGIN ATOMIC SELECT a AS a; END");
    }
}
