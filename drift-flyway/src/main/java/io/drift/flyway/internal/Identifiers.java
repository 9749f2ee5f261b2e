package io.drift.flyway.internal;

/** Quoting for SQL identifiers and literals, as PostgreSQL's {@code quote_ident} and {@code quote_literal} do. */
public final class Identifiers {

    private Identifiers() {
    }

    /**
     * @param identifier any name, as the catalog stores it
     * @return it double-quoted, with embedded quotes doubled: always quoted, so that case and spaces survive
     */
    public static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    /**
     * @param schema a schema name
     * @param name   an object name in it
     * @return {@code "schema"."name"}
     */
    public static String qualified(String schema, String name) {
        return quote(schema) + "." + quote(name);
    }

    /**
     * @param text any text
     * @return a string literal, with embedded quotes doubled ({@code standard_conforming_strings} is on since 9.1)
     */
    public static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
