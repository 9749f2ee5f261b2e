package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

class SqlTest {

    @Test
    void each_major_gets_the_variant_written_for_it() {
        assertThat(Sql.load("indexes", 12)).doesNotContain("indnullsnotdistinct");
        assertThat(Sql.load("indexes", 14)).doesNotContain("indnullsnotdistinct");
        assertThat(Sql.load("indexes", 15)).contains("i.indnullsnotdistinct");
        assertThat(Sql.load("indexes", 18)).contains("i.indnullsnotdistinct");
        assertThat(Sql.load("constraints", 17)).contains("k.confdelsetcols").doesNotContain("k.conenforced");
        assertThat(Sql.load("constraints", 18)).contains("k.conenforced");
        assertThat(Sql.load("columns", 13)).doesNotContain("a.attcompression");
        assertThat(Sql.load("columns", 14)).contains("a.attcompression");
        assertThat(Sql.load("collations", 14)).doesNotContain("co.colliculocale", "co.colllocale", "co.collicurules");
        assertThat(Sql.load("collations", 15)).contains("co.colliculocale")
                .doesNotContain("co.colllocale", "co.collicurules");
        assertThat(Sql.load("collations", 16)).contains("co.colliculocale", "co.collicurules")
                .doesNotContain("co.colllocale");
        assertThat(Sql.load("collations", 17)).contains("co.colllocale", "co.collicurules")
                .doesNotContain("co.colliculocale");
    }

    @Test
    void no_directive_reaches_the_server() {
        for (String query : new String[] {"collations", "publications", "statistics", "constraints", "triggers"}) {
            IntStream.rangeClosed(Sql.OLDEST, Sql.NEWEST).forEach(major ->
                    assertThat(Sql.load(query, major)).as("%s on %d", query, major).doesNotContain("--#"));
        }
    }

    @Test
    void branches_if_elif_else_and_nested() {
        String text = "a\n--#if pg >= 15\nb\n--#if pg = 17\nc\n--#endif\n--#elif pg > 12\nd\n--#else\ne\n--#endif\nf";
        assertThat(Sql.resolve("t.sql", text, 12)).isEqualTo("a\ne\nf");
        assertThat(Sql.resolve("t.sql", text, 13)).isEqualTo("a\nd\nf");
        assertThat(Sql.resolve("t.sql", text, 15)).isEqualTo("a\nb\nf");
        assertThat(Sql.resolve("t.sql", text, 17)).isEqualTo("a\nb\nc\nf");
        assertThat(Sql.resolve("t.sql", "  --# if pg < 13\nx\n  --# endif\n", 12)).isEqualTo("x\n");
        assertThat(Sql.resolve("t.sql", "--#if pg <= 12\nx\n--#endif", 13)).isEmpty();
    }

    @Test
    void an_ordinary_comment_stays() {
        assertThat(Sql.resolve("t.sql", "-- why\n--   #not a directive\nSELECT 1", 17))
                .isEqualTo("-- why\n--   #not a directive\nSELECT 1");
    }

    @Test
    void a_malformed_directive_names_the_file_and_the_line() {
        assertThatThrownBy(() -> Sql.resolve("t.sql", "a\n--#if pg >= x\nb\n--#endif", 17))
                .hasMessageContaining("sql/t.sql, line 2").hasMessageContaining("pg <op> <major>");
        assertThatThrownBy(() -> Sql.resolve("t.sql", "--#if pg >= 13\nb", 17))
                .hasMessageContaining("--#if without --#endif");
        assertThatThrownBy(() -> Sql.resolve("t.sql", "b\n--#endif", 17))
                .hasMessageContaining("line 2: --#endif without --#if");
        assertThatThrownBy(() -> Sql.resolve("t.sql", "--#if pg > 1\n--#else\n--#elif pg > 2\n--#endif", 17))
                .hasMessageContaining("line 3: --#elif after --#else");
        assertThatThrownBy(() -> Sql.resolve("t.sql", "--#iff pg > 1\n--#endif", 17))
                .hasMessageContaining("unknown directive --#iff");
        assertThatThrownBy(() -> Sql.resolve("t.sql", "--#if pg > 1\n--#else pg > 3\n--#endif", 17))
                .hasMessageContaining("--#else takes no condition");
    }

    @Test
    void a_missing_query_is_named() {
        assertThatThrownBy(() -> Sql.load("no-such-query", 17)).hasMessageContaining("no-such-query.sql");
    }
}
