package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.drift.core.model.Policy;
import io.drift.core.model.PolicyCommand;
import io.drift.core.model.Table;
import io.drift.test.junit5.PostgresExtension;
import io.drift.test.postgres.TestDatabase;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(PostgresExtension.class)
class PolicyCaptureIT {

    private static Table accounts;

    @BeforeAll
    static void capture(TestDatabase db) {
        accounts = KindsFixture.table(KindsFixture.load(db).snapshot(), "kinds", "accounts");
    }

    private static Policy policy(String name) {
        return accounts.policies().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("No policy " + name + " in " + accounts.policies()));
    }

    @Test
    void every_policy_of_the_table() {
        assertThat(accounts.policies()).extracting(Policy::name).containsExactly("accounts_delete",
                "accounts_everyone", "accounts_insert", "accounts_limit", "accounts_own");
        assertThat(accounts.rowSecurity()).isTrue();
    }

    @Test
    void a_policy_without_roles_is_for_public_and_all_commands() {
        Policy p = policy("accounts_everyone");
        assertThat(p.command()).isEqualTo(PolicyCommand.ALL);
        assertThat(p.permissive()).isTrue();
        assertThat(p.roles()).containsExactly("public");
        assertThat(p.using()).isEqualTo("true");
        assertThat(p.withCheck()).isNull();
        assertThat(policy("accounts_insert").roles()).containsExactly("public");
    }

    @Test
    void roles_are_sorted_and_comments_kept() {
        Policy p = policy("accounts_own");
        assertThat(p.command()).isEqualTo(PolicyCommand.SELECT);
        assertThat(p.roles()).containsExactly("drift_app", "drift_auditor");
        assertThat(p.using()).isEqualTo("owner_name = CURRENT_USER");
        assertThat(p.comment()).isEqualTo("Owners see their own");
    }

    @Test
    void restrictive_with_using_and_with_check() {
        Policy p = policy("accounts_limit");
        assertThat(p.permissive()).isFalse();
        assertThat(p.command()).isEqualTo(PolicyCommand.UPDATE);
        assertThat(p.using()).isEqualTo("balance::numeric >= 0::numeric");
        assertThat(p.withCheck())
                .isEqualTo("balance::numeric >= 0::numeric AND balance::numeric < 1000000::numeric");
        assertThat(policy("accounts_insert").command()).isEqualTo(PolicyCommand.INSERT);
        assertThat(policy("accounts_insert").withCheck()).isEqualTo("mood IS DISTINCT FROM 'sad'::kinds.mood");
        assertThat(policy("accounts_delete").command()).isEqualTo(PolicyCommand.DELETE);
    }
}
