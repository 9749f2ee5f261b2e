package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.drift.core.model.Grant;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

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

    private static List<Grant> read(int major, Acl.Kind kind, String[] initial, String... acl) {
        return Acl.grants(acl, initial, "owner", kind, major);
    }

    @Test
    void grant_all_on_a_table_reads_as_all_on_16_and_on_17_where_it_includes_maintain() {
        assertThat(read(16, Acl.Kind.RELATION, null, "owner=arwdDxt/owner", "app=arwdDxt/owner"))
                .containsExactly(new Grant("app", "ALL", false));
        assertThat(read(17, Acl.Kind.RELATION, null, "owner=arwdDxtm/owner", "app=arwdDxtm/owner"))
                .containsExactly(new Grant("app", "ALL", false));
    }

    @Test
    void the_seven_pre_17_privileges_on_17_are_not_all() {
        assertThat(read(17, Acl.Kind.RELATION, null, "app=arwdDxt/owner")).hasSize(7)
                .doesNotContain(new Grant("app", "ALL", false));
    }

    @Test
    void all_with_grant_option_only_when_every_privilege_has_it() {
        assertThat(read(16, Acl.Kind.SEQUENCE, null, "app=r*w*U*/owner"))
                .containsExactly(new Grant("app", "ALL", true));
        assertThat(read(16, Acl.Kind.SEQUENCE, null, "app=r*wU/owner")).hasSize(3);
    }

    @Test
    void a_kind_with_one_privilege_keeps_its_name() {
        assertThat(read(17, Acl.Kind.FUNCTION, null, "=X/owner", "owner=X/owner"))
                .containsExactly(new Grant("PUBLIC", "EXECUTE", false));
    }

    @Test
    void column_privileges_collapse_to_all_too() {
        assertThat(read(17, Acl.Kind.COLUMN, null, "app=arwx/owner")).containsExactly(new Grant("app", "ALL", false));
    }

    @Test
    void initial_privileges_still_held_are_the_servers_not_the_applications() {
        String[] initial14 = {"postgres=UC/postgres", "=UC/postgres"};
        String[] initial15 = {"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner"};
        // untouched public schema, 14 and 15
        assertThat(Acl.grants(initial14, initial14, "postgres", Acl.Kind.SCHEMA, 14)).isEmpty();
        assertThat(Acl.grants(initial15, initial15, "pg_database_owner", Acl.Kind.SCHEMA, 15)).isEmpty();
        // REVOKE CREATE ON SCHEMA public FROM PUBLIC: a no-op on 15, the same state on 14
        assertThat(Acl.grants(new String[] {"postgres=UC/postgres", "=U/postgres"}, initial14, "postgres",
                Acl.Kind.SCHEMA, 14)).isEmpty();
        // a grant beyond the initial ones is reported
        assertThat(Acl.grants(new String[] {"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner",
                "app=UC/pg_database_owner"}, initial15, "pg_database_owner", Acl.Kind.SCHEMA, 15))
                .containsExactly(new Grant("app", "ALL", false));
    }

    @Test
    void a_revoked_initial_privilege_is_reported_unless_only_some_majors_give_it() {
        String[] initial14 = {"postgres=UC/postgres", "=UC/postgres"};
        String[] initial15 = {"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner"};
        Set<Grant> initdb = Acl.INITDB_VERSION_DEPENDENT;
        assertThat(Acl.revokedInitial(new String[] {"postgres=UC/postgres", "=U/postgres"}, initial14, initdb,
                "postgres")).isEmpty();
        assertThat(Acl.revokedInitial(new String[] {"postgres=UC/postgres"}, initial14, initdb, "postgres"))
                .containsExactly(new Grant("PUBLIC", "USAGE", false));
        assertThat(Acl.revokedInitial(new String[] {"pg_database_owner=UC/pg_database_owner"}, initial15, initdb,
                "pg_database_owner")).containsExactly(new Grant("PUBLIC", "USAGE", false));
        assertThat(Acl.revokedInitial(new String[] {"app=r/o"}, null, initdb, "o")).isEmpty();
        // ALTER SCHEMA public OWNER TO postgres on 15: the initial owner's entry moves with ownership
        assertThat(Acl.revokedInitial(new String[] {"postgres=UC/postgres", "=U/postgres"}, initial15, initdb,
                "postgres")).isEmpty();
        // Without the version-dependent set (a built-in default), a revoked CREATE would be reported.
        assertThat(Acl.revokedInitial(new String[] {"postgres=UC/postgres", "=U/postgres"}, initial14, Set.of(),
                "postgres")).containsExactly(new Grant("PUBLIC", "CREATE", false));
    }

    @Test
    void create_for_public_on_the_public_schema_is_left_out_held_or_not_on_every_major() {
        String[] initial14 = {"postgres=UC/postgres", "=UC/postgres"};
        String[] initial15 = {"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner"};
        Set<Grant> initdb = Acl.INITDB_VERSION_DEPENDENT;
        // #8: ALTER SCHEMA public OWNER TO postgres; REVOKE USAGE …; GRANT ALL … TO PUBLIC gives the same ACL on both
        String[] script = {"postgres=UC/postgres", "=UC/postgres"};
        assertThat(Acl.grants(script, initial14, initdb, "postgres", Acl.Kind.SCHEMA, 14)).isEmpty();
        assertThat(Acl.grants(script, initial15, initdb, "postgres", Acl.Kind.SCHEMA, 17)).isEmpty();
        // GRANT CREATE ON SCHEMA public TO PUBLIC on 17, owner untouched
        assertThat(Acl.grants(new String[] {"pg_database_owner=UC/pg_database_owner", "=UC/pg_database_owner"},
                initial15, initdb, "pg_database_owner", Acl.Kind.SCHEMA, 17)).isEmpty();
        // but a grant to a role is the application's
        assertThat(Acl.grants(new String[] {"pg_database_owner=UC/pg_database_owner", "=U/pg_database_owner",
                "app=C/pg_database_owner"}, initial15, initdb, "pg_database_owner", Acl.Kind.SCHEMA, 17))
                .containsExactly(new Grant("app", "CREATE", false));
        // and on a schema of the application's, CREATE for PUBLIC is reported
        assertThat(Acl.grants(new String[] {"o=UC/o", "=C/o"}, null, Set.of(), "o", Acl.Kind.SCHEMA, 17))
                .containsExactly(new Grant("PUBLIC", "CREATE", false));
    }

    @Test
    void the_same_privilege_from_two_grantors_is_one_grant() {
        assertThat(read(16, Acl.Kind.RELATION, null, "app=r/owner", "app=r*/other"))
                .containsExactly(new Grant("app", "SELECT", true));
    }
}
