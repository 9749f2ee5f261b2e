package io.drift.jpa.internal;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spells a column type as PostgreSQL's {@code format_type()} does, which is how a captured snapshot holds it: Hibernate's
 * dialect writes {@code varchar(255)}, {@code float(53)} or {@code timestamp(6)}; the catalog says
 * {@code character varying(255)}, {@code double precision}, {@code timestamp(6) without time zone}. A type this does not
 * know (a user-defined type, an extension's) is kept as written, in lower case unless quoted.
 */
public final class PgTypes {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("serial", "integer"),
            Map.entry("serial4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("bigserial", "bigint"),
            Map.entry("serial8", "bigint"),
            Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"),
            Map.entry("serial2", "smallint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("float", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"));

    private static final Pattern PARAMETERS = Pattern.compile("^([a-z][a-z0-9_ ]*?)\\s*\\(\\s*([0-9]+)\\s*(?:,\\s*(-?[0-9]+)\\s*)?\\)(.*)$");
    private static final Pattern ARRAY = Pattern.compile("^(.*?)\\s+array(\\s*\\[\\s*[0-9]*\\s*\\])?$");

    private PgTypes() {
    }

    /**
     * @param type a type as Hibernate renders it for PostgreSQL, or as a {@code columnDefinition} spells it
     * @return the type as {@code format_type()} would render it
     */
    public static String canonical(String type) {
        String t = type.strip();
        if (t.indexOf('"') >= 0) {
            return t;
        }
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        int dims = 0;
        while (t.endsWith("[]")) {
            dims++;
            t = t.substring(0, t.length() - 2).strip();
        }
        Matcher array = ARRAY.matcher(t);
        if (array.matches()) {
            dims++;
            t = array.group(1).strip();
        }
        return base(t) + "[]".repeat(dims);
    }

    private static String base(String t) {
        Matcher m = PARAMETERS.matcher(t);
        String name = t;
        String p1 = null;
        String p2 = null;
        String rest = "";
        if (m.matches()) {
            name = m.group(1).strip();
            p1 = m.group(2);
            p2 = m.group(3);
            rest = m.group(4).strip();
        }
        name = ALIASES.getOrDefault(name, name);
        switch (name) {
            case "double precision":
                if (p1 != null && Integer.parseInt(p1) <= 24) {
                    return "real";
                }
                return "double precision";
            case "timestamp":
            case "time": {
                String zone = rest.isEmpty() || rest.equals("without time zone") ? " without time zone"
                        : rest.equals("with time zone") ? " with time zone" : " " + rest;
                return name + (p1 == null ? "" : "(" + p1 + ")") + zone;
            }
            case "timestamp with time zone":
            case "timestamp without time zone":
            case "time with time zone":
            case "time without time zone": {
                // "timestamptz(3)": the precision goes after the first word
                String first = name.substring(0, name.indexOf(' '));
                return first + (p1 == null ? "" : "(" + p1 + ")") + name.substring(name.indexOf(' '));
            }
            default:
                break;
        }
        if (p1 == null) {
            return name + (rest.isEmpty() ? "" : " " + rest);
        }
        return name + "(" + p1 + (p2 == null ? "" : "," + p2) + ")" + (rest.isEmpty() ? "" : " " + rest);
    }
}
