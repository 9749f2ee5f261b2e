package io.drift.postgres.internal;

import org.jdbi.v3.core.statement.ParsedSql;
import org.jdbi.v3.core.statement.SqlParser;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Finds the {@code :name} parameters of the capture's own SQL, the same way JDBI's default {@code
 * ColonPrefixSqlParser} does for that SQL ({@code CatalogSqlParserTest} compares the two on every catalog query of
 * every version), without its ANTLR lexer: in a fresh {@code drift snapshot} process, lexing the twenty catalog queries
 * cost about 80 ms of the main thread and 58 MB of allocation at 10,000 tables, more than any one of the small queries
 * takes to run.
 *
 * <p>A parameter is a colon followed by a Java identifier, outside string literals, quoted identifiers and comments;
 * {@code ::} is a cast. {@code ?} is not a parameter: the catalog SQL has none, and PostgreSQL uses it as an operator.
 * Dollar-quoted strings are not recognized: the catalog SQL has none (the test would fail if one came).
 */
final class CatalogSqlParser implements SqlParser {

    static final CatalogSqlParser INSTANCE = new CatalogSqlParser();

    private CatalogSqlParser() {
    }

    @Override
    public ParsedSql parse(String sql, StatementContext ctx) {
        ParsedSql.Builder parsed = ParsedSql.builder();
        int n = sql.length();
        int copied = 0;
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            char next = i + 1 < n ? sql.charAt(i + 1) : 0;
            if (c == '\'' || c == '"') {
                i = closing(sql, i, c);
            } else if (c == '-' && next == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end + 1;
            } else if (c == '/' && next == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == ':' && next == ':') {
                i += 2;
            } else if (c == ':' && Character.isJavaIdentifierStart(next)) {
                int end = i + 1;
                while (end < n && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                parsed.append(sql.substring(copied, i)).appendNamedParameter(sql.substring(i + 1, end));
                copied = end;
                i = end;
            } else {
                i++;
            }
        }
        return parsed.append(sql.substring(copied)).build();
    }

    /** @return the index after the quote that closes the one at {@code start}; a doubled quote does not close */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }

    @Override
    public String nameParameter(String rawName, StatementContext ctx) {
        return ":" + rawName;
    }
}
