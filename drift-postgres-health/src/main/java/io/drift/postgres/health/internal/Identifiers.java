package io.drift.postgres.health.internal;

import io.drift.core.model.ObjectPath;

import java.util.ArrayList;
import java.util.List;

/**
 * Names as PostgreSQL renders them ({@code quote_ident}, {@code regclass::text}): {@code public.orders},
 * {@code "Sales"."Order ""Items"""}. The server quotes; this reads its renderings back into the names the catalog
 * stores, for object paths, and keeps the rendering for SQL.
 */
final class Identifiers {

    private Identifiers() {
    }

    /**
     * @param rendered a name or a qualified name as the server renders it
     * @return its parts, unquoted: {@code "Sales"."Order Items"} gives {@code [Sales, Order Items]}
     * @throws IllegalArgumentException when it is not a rendering the server makes
     */
    static List<String> parse(String rendered) {
        List<String> parts = new ArrayList<>(2);
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean partStarted = false;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < rendered.length() && rendered.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"') {
                quoted = true;
                partStarted = true;
            } else if (c == '.') {
                if (!partStarted) {
                    throw new IllegalArgumentException("Not a name rendered by PostgreSQL: " + rendered);
                }
                parts.add(current.toString());
                current.setLength(0);
                partStarted = false;
            } else {
                current.append(c);
                partStarted = true;
            }
        }
        if (quoted || !partStarted) {
            throw new IllegalArgumentException("Not a name rendered by PostgreSQL: " + rendered);
        }
        parts.add(current.toString());
        return parts;
    }

    /**
     * The path of a relation named as {@code regclass::text} renders it while the search path is empty (so always
     * {@code schema.name}), or as pg-index-health hands it back: in a schema other than {@code public} it may put the
     * lower-cased schema name in front once more ({@code sales."Sales".orders}), which is dropped.
     *
     * @param rendered the rendering
     * @return the path {@code schema.name}
     */
    static ObjectPath relation(String rendered) {
        List<String> parts = parse(rendered);
        if (parts.size() == 3) {
            parts = parts.subList(1, 3);
        }
        if (parts.size() != 2) {
            throw new IllegalArgumentException("Not a schema-qualified relation name: " + rendered);
        }
        return ObjectPath.of(parts.get(0), parts.get(1));
    }

    /**
     * @param rendered a relation as {@link #relation(String)} reads it
     * @return the same relation, rendered for SQL: {@code "Sales"."Order Items"} (the prefix pg-index-health may add
     *         is dropped)
     */
    static String relationSql(String rendered) {
        List<String> parts = parse(rendered);
        if (parts.size() == 3) {
            int firstDot = firstDotOutsideQuotes(rendered);
            return rendered.substring(firstDot + 1);
        }
        return rendered;
    }

    private static int firstDotOutsideQuotes(String rendered) {
        boolean quoted = false;
        for (int i = 0; i < rendered.length(); i++) {
            char c = rendered.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == '.' && !quoted) {
                return i;
            }
        }
        return -1;
    }

    /**
     * @param rendered one name as {@code quote_ident} renders it
     * @return the name as the catalog stores it
     */
    static String unquote(String rendered) {
        List<String> parts = parse(rendered);
        if (parts.size() != 1) {
            throw new IllegalArgumentException("Not a single name: " + rendered);
        }
        return parts.get(0);
    }

    /**
     * @param text a string
     * @return it as an SQL string literal: {@code 'it''s'}
     */
    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }
}
