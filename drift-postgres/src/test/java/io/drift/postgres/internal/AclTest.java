package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.model.Grant;

import org.junit.jupiter.api.Test;

class AclTest {

    @Test
    void null_acl_means_default_privileges_so_no_grants() {
        assertThat(Acl.grants(null, "owner")).isEmpty();
    }

    @Test
    void the_owners_own_entry_is_left_out_and_an_empty_grantee_is_public() {
        assertThat(Acl.grants(new String[] {"owner=arwdDxtm/owner", "=r/owner", "app=arw/owner"}, "owner"))
                .containsExactly(new Grant("PUBLIC", "SELECT", false), new Grant("app", "INSERT", false),
                        new Grant("app", "SELECT", false), new Grant("app", "UPDATE", false));
    }

    @Test
    void a_star_is_the_grant_option() {
        assertThat(Acl.grants(new String[] {"app=r*w/owner"}, "owner"))
                .containsExactly(new Grant("app", "SELECT", true), new Grant("app", "UPDATE", false));
    }

    @Test
    void quoted_grantees_are_unquoted() {
        assertThat(Acl.grants(new String[] {"\"weird \"\"role\"\"\"=U/owner"}, "owner"))
                .containsExactly(new Grant("weird \"role\"", "USAGE", false));
    }

    @Test
    void every_privilege_letter_has_a_name() {
        assertThat(Acl.grants(new String[] {"r=arwdDxtXUCcTmsA/o"}, "o")).extracting(Grant::privilege)
                .containsExactly("INSERT", "SELECT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER",
                        "EXECUTE", "USAGE", "CREATE", "CONNECT", "TEMPORARY", "MAINTAIN", "SET", "ALTER SYSTEM");
    }

    @Test
    void an_unknown_letter_is_an_error_not_a_silent_loss() {
        assertThatThrownBy(() -> Acl.grants(new String[] {"r=Q/o"}, "o")).hasMessageContaining("'Q'");
    }
}
