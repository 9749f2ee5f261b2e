package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The one-file-per-query SQL with version blocks gives, for every query and every major from 12 to 18, the statement
 * the version-specific copies gave (sql-before/, the files as they were, picked by the old rule: the highest
 * {@code name-pgN.sql} with N at most the major, else {@code name.sql}), comments and layout aside.
 */
class SqlUnificationTest {

    private static final List<String> QUERIES = List.of("collations", "columns", "composite-types", "constraints",
            "default-privileges", "domains", "enums", "event-triggers", "extensions", "foreign-data", "indexes",
            "operators", "policies", "publications", "ranges", "routines", "rules", "schemas", "sequences",
            "statistics", "tables", "text-search", "triggers", "views");

    @Test
    void every_query_on_every_major_is_the_statement_the_copies_gave() {
        int compared = 0;
        for (String query : QUERIES) {
            for (int major = 12; major <= 18; major++) {
                assertThat(normalized(Sql.load(query, major))).as("%s on %d", query, major)
                        .isEqualTo(normalized(before(query, major)));
                compared++;
            }
        }
        assertThat(compared).isEqualTo(24 * 7);
    }

    private static String before(String name, int major) {
        for (int v = major; v >= 12; v--) {
            String text = read(name + "-pg" + v + ".sql");
            if (text != null) {
                return text;
            }
        }
        String text = read(name + ".sql");
        assertThat(text).as(name).isNotNull();
        return text;
    }

    /** Without comments, whitespace runs as one space. */
    private static String normalized(String sql) {
        StringBuilder out = new StringBuilder();
        for (String line : sql.split("\n")) {
            int comment = line.indexOf("--");
            // No string literal in the catalog SQL holds "--".
            out.append(comment < 0 ? line : line.substring(0, comment)).append(' ');
        }
        return out.toString().replaceAll("\\s+", " ").trim();
    }

    private static String read(String file) {
        try (InputStream in = SqlUnificationTest.class.getResourceAsStream("sql-before/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
