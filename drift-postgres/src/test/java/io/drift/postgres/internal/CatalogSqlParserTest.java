package io.drift.postgres.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.jdbi.v3.core.statement.ColonPrefixSqlParser;
import org.jdbi.v3.core.statement.ParsedSql;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The capture's parameter parser finds what JDBI's default parser finds, on every statement the capture sends. */
class CatalogSqlParserTest {

    /** Every catalog query as the server of each major from 12 to 18 gets it, and the two setup statements. */
    static Stream<String> captureSql() throws IOException, URISyntaxException {
        URL folder = CatalogSqlParserTest.class.getResource("sql/schemas.sql");
        assertThat(folder).as("the catalog SQL on the class path").isNotNull();
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of(folder.toURI()).getParent())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".sql")).sorted().toList()) {
                String name = file.getFileName().toString().replaceFirst("\\.sql$", "");
                for (int major = Sql.OLDEST; major <= Sql.NEWEST; major++) {
                    all.add(Sql.load(name, major));
                }
            }
        }
        assertThat(all).hasSize(CatalogQueries.all().size() * (Sql.NEWEST - Sql.OLDEST + 1));
        all.add(CatalogReader.CONFIGURE);
        all.add(CatalogReader.CONFIGURE_AND_EXPORT);
        return all.stream().distinct();
    }

    @ParameterizedTest
    @MethodSource("captureSql")
    void every_capture_statement_parses_as_jdbi_parses_it(String sql) {
        assertSameAsJdbi(sql);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SELECT :a, :b_2 FROM t WHERE x = ANY (CAST(:schemas AS oid[]))",
            "SELECT 'a:b', 'it''s :not', \"col:x\" FROM t WHERE y = :y",
            "SELECT x::text, 'pg_class'::regclass, :v::int",
            "SELECT 1 -- a comment: with :colon\n, :after",
            "SELECT /* block :nope */ :yes",
            "SELECT ':' || :tail",
            "SELECT 1"
    })
    void quotes_comments_and_casts_are_not_parameters(String sql) {
        assertSameAsJdbi(sql);
    }

    private static void assertSameAsJdbi(String sql) {
        ParsedSql ours = CatalogSqlParser.INSTANCE.parse(sql, null);
        ParsedSql jdbi = new ColonPrefixSqlParser().parse(sql, null);
        assertThat(ours.getSql()).isEqualTo(jdbi.getSql());
        assertThat(ours.getParameters().getParameterNames()).isEqualTo(jdbi.getParameters().getParameterNames());
        assertThat(ours.getParameters().isPositional()).isEqualTo(jdbi.getParameters().isPositional());
    }
}
