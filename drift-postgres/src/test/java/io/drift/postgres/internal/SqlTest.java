package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlTest {

    @Test
    void picks_the_newest_file_not_newer_than_the_server() {
        assertThat(Sql.load("indexes", 12)).contains("PostgreSQL 12 to 14").doesNotContain("indnullsnotdistinct");
        assertThat(Sql.load("indexes", 14)).contains("PostgreSQL 12 to 14");
        assertThat(Sql.load("indexes", 15)).contains("i.indnullsnotdistinct");
        assertThat(Sql.load("indexes", 18)).contains("i.indnullsnotdistinct");
        assertThat(Sql.load("constraints", 17)).contains("confdelsetcols").doesNotContain("conenforced");
        assertThat(Sql.load("constraints", 18)).contains("conenforced");
        assertThat(Sql.load("columns", 13)).doesNotContain("a.attcompression");
        assertThat(Sql.load("columns", 14)).contains("a.attcompression");
    }

    @Test
    void a_missing_query_is_named() {
        assertThatThrownBy(() -> Sql.load("no-such-query", 17)).hasMessageContaining("no-such-query.sql");
    }
}
