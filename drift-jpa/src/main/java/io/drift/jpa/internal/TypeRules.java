package io.drift.jpa.internal;

import io.drift.core.diff.Severity;
import io.drift.core.model.Column;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a column's type serves the type an entity's attribute maps to: compatibility, not spelling. The rules, and
 * why each severity, are the table in {@code docs/jpa.md}; every rule has a test in {@code TypeRulesTest}. Both types
 * are spelled as {@code format_type()} spells them ({@link PgTypes#canonical}).
 *
 * <p>The principle: the column must accept every value the entity can write (narrower is an {@code ERROR}: an insert
 * or update fails, or a value is silently cut), and the entity should be able to read every value the column can hold
 * (wider is {@code INFO} when only values the application never writes would not fit, {@code WARNING} when the
 * difference changes what values mean: time zones, blank padding, rounding, an unbounded text for a bounded string).
 */
public final class TypeRules {

    /** The verdict on one pair of types. */
    public record Verdict(Severity severity, String reason) {
    }

    private static final Pattern SIZED = Pattern.compile("^(.*?)\\((\\d+)(?:,(-?\\d+))?\\)(.*)$");

    private static final Map<String, Integer> INTEGER_RANK = Map.of("smallint", 1, "integer", 2, "bigint", 3);
    /** Decimal digits every value of the type can hold in full. */
    private static final Map<String, Integer> INTEGER_DIGITS = Map.of("smallint", 4, "integer", 9, "bigint", 18);
    private static final Map<String, String> INTEGER_RANGE = Map.of("smallint", "32,767", "integer", "2,147,483,647",
            "bigint", "9,223,372,036,854,775,807");

    private TypeRules() {
    }

    /** @return the rule the differ asks about a column's {@code type} */
    public static Optional<Severity> severity(Column expected, Column actual) {
        Verdict v = judge(expected.type(), actual.type());
        return v == null ? Optional.empty() : Optional.of(v.severity());
    }

    /**
     * @param expected the type the entity's attribute maps to
     * @param actual   the column's type
     * @return {@code null} when the column serves the attribute as it is, otherwise how much it matters and why
     */
    public static Verdict judge(String expected, String actual) {
        if (expected.equals(actual)) {
            return null;
        }
        int de = dims(expected);
        int da = dims(actual);
        if (de != da) {
            return error(de > da ? "the entity maps an array, the column holds single values"
                    : "the column holds an array, the entity maps single values");
        }
        Type e = Type.parse(expected.substring(0, expected.length() - 2 * de));
        Type a = Type.parse(actual.substring(0, actual.length() - 2 * da));
        if (e.family == a.family && e.family != Family.OTHER) {
            return sameFamily(e, a);
        }
        return acrossFamilies(e, a);
    }

    private static int dims(String type) {
        int n = 0;
        for (int i = type.length(); i >= 2 && type.startsWith("[]", i - 2); i -= 2) {
            n++;
        }
        return n;
    }

    private static Verdict sameFamily(Type e, Type a) {
        switch (e.family) {
            case TEXT:
                return text(e, a);
            case INTEGER: {
                int re = INTEGER_RANK.get(e.name);
                int ra = INTEGER_RANK.get(a.name);
                if (ra > re) {
                    return info("the column is wider: a value above " + INTEGER_RANGE.get(e.name)
                            + " written by someone else could not be read into the attribute");
                }
                return error("the column is narrower: a value above " + INTEGER_RANGE.get(a.name)
                        + " fails on insert or update");
            }
            case NUMERIC:
                return numeric(e, a);
            case FLOAT:
                if (a.name.equals("double precision")) {
                    return info("the column is wider (double precision for real)");
                }
                return error("the column is narrower: real keeps about 6 digits of a double");
            case TIMESTAMP:
            case TIME:
                return temporal(e, a);
            case JSON:
                return warning("json keeps the text as written and jsonb does not (key order, duplicate keys,"
                        + " white space); operators and indexes differ");
            default:
                return error("incompatible types");
        }
    }

    private static Verdict text(Type e, Type a) {
        boolean ce = e.name.equals("character");
        boolean ca = a.name.equals("character");
        Integer le = e.length();
        Integer la = a.length();
        if (ca != ce) {
            if (la != null && (le == null || la < le)) {
                return error(narrower(le, la));
            }
            return warning(ca ? "character(n) pads values with blanks, which the attribute reads back"
                    : "the entity maps a blank-padded character(n), the column keeps values as written");
        }
        if (e.name.equals("citext") != a.name.equals("citext")) {
            if (la != null && (le == null || la < le)) {
                return error(narrower(le, la));
            }
            return warning("citext compares without regard to case, " + (a.name.equals("citext")
                    ? "which the entity's queries may not expect" : "which the column does not"));
        }
        if (la == null) {
            if (le == null) {
                return null;
            }
            return warning("the column accepts values of any length, the entity declares at most " + le
                    + ": a longer value written by someone else breaks the attribute's contract");
        }
        if (le == null) {
            return error("the entity writes values of any length, the column holds at most " + la);
        }
        if (la < le) {
            return error(narrower(le, la));
        }
        if (la > le) {
            return info("the column is wider: it holds " + la + " characters, the entity declares " + le);
        }
        return null;
    }

    private static String narrower(Integer le, Integer la) {
        return "the column is narrower: it holds " + la + " characters, the entity writes up to "
                + (le == null ? "any length" : le) + ", so a longer value fails on insert or update";
    }

    private static Verdict numeric(Type e, Type a) {
        if (a.p1 == null) {
            return e.p1 == null ? null : info("the column is unconstrained numeric, wider than numeric(" + e.p1
                    + "," + e.scale() + ")");
        }
        if (e.p1 == null) {
            return error("the entity writes numbers of any size, the column is numeric(" + a.p1 + "," + a.scale()
                    + ")");
        }
        int ie = e.p1 - e.scale();
        int ia = a.p1 - a.scale();
        if (ia < ie) {
            return error("the column holds " + ia + " digits before the point, the entity " + ie
                    + ": a larger value fails on insert or update");
        }
        if (a.scale() < e.scale()) {
            return error("the column keeps " + a.scale() + " digits after the point, the entity " + e.scale()
                    + ": values are silently rounded");
        }
        return info("the column is wider: numeric(" + a.p1 + "," + a.scale() + ") for numeric(" + e.p1 + ","
                + e.scale() + ")");
    }

    private static Verdict temporal(Type e, Type a) {
        if (e.zone != a.zone) {
            return warning(e.zone
                    ? "the entity maps an instant (with time zone), the column drops the offset: values are written"
                    + " and read in the JDBC time zone, and a change of zone shifts every one"
                    : "the entity maps a local date-time, the column converts it to an instant in the session's time"
                    + " zone: values read back shift when the zone changes");
        }
        int pe = e.p1 == null ? 6 : e.p1;
        int pa = a.p1 == null ? 6 : a.p1;
        if (pa < pe) {
            return warning("the column keeps " + pa + " fractional digits of seconds, the entity " + pe
                    + ": values are rounded");
        }
        if (pa > pe) {
            return info("the column keeps more fractional digits of seconds than the entity");
        }
        return null;
    }

    private static Verdict acrossFamilies(Type e, Type a) {
        if (e.family == Family.INTEGER && a.family == Family.NUMERIC) {
            if (a.p1 == null) {
                return warning("the column is numeric, which can hold fractions the integer attribute cannot read");
            }
            if (a.scale() == 0 && a.p1 >= INTEGER_DIGITS.get(e.name) + 1) {
                return info("the column is wider: numeric(" + a.p1 + ") for " + e.name);
            }
            return error("numeric(" + a.p1 + "," + a.scale() + ") cannot hold every " + e.name);
        }
        if (e.family == Family.NUMERIC && a.family == Family.INTEGER) {
            if (e.scale() > 0 || e.p1 == null) {
                return error("the entity writes fractions, the " + a.name + " column drops them");
            }
            if (INTEGER_DIGITS.get(a.name) >= e.p1) {
                return info("the " + a.name + " column holds every numeric(" + e.p1 + ")");
            }
            return error("the " + a.name + " column cannot hold every numeric(" + e.p1 + ")");
        }
        if (e.family == Family.FLOAT && a.family == Family.NUMERIC
                || e.family == Family.NUMERIC && a.family == Family.FLOAT) {
            return warning("one of an exact numeric and a binary floating point type: values are rounded on the"
                    + " way");
        }
        if (e.family == Family.TIMESTAMP && a.name.equals("date")) {
            return error("the column is a date: the time of day is lost");
        }
        if (e.name.equals("date") && a.family == Family.TIMESTAMP) {
            return warning("the entity maps a date, the column holds a time of day as well, which reads drop");
        }
        if (e.family == Family.TEXT && a.family == Family.OTHER) {
            return error("the entity writes character varying, which PostgreSQL does not cast to " + a.name
                    + " on insert (an enum or user-defined type needs a matching mapping)");
        }
        if (e.name.equals("oid") && a.family == Family.TEXT || e.name.equals("oid") && a.name.equals("bytea")) {
            return error("the entity maps a large object (@Lob) stored by its oid; the column holds the value itself");
        }
        return error("the column's type is not the entity's: " + a.name + " for " + e.name);
    }

    private static Verdict error(String reason) {
        return new Verdict(Severity.ERROR, reason);
    }

    private static Verdict warning(String reason) {
        return new Verdict(Severity.WARNING, reason);
    }

    private static Verdict info(String reason) {
        return new Verdict(Severity.INFO, reason);
    }

    private enum Family { TEXT, INTEGER, NUMERIC, FLOAT, TIMESTAMP, TIME, JSON, OTHER }

    /** A parsed base type: its name without modifiers, up to two numbers, and whether it has a time zone. */
    private static final class Type {
        final String name;
        final Integer p1;
        final Integer p2;
        final boolean zone;
        final Family family;

        private Type(String name, Integer p1, Integer p2, boolean zone) {
            this.name = name;
            this.p1 = p1;
            this.p2 = p2;
            this.zone = zone;
            this.family = familyOf(name);
        }

        static Type parse(String type) {
            String t = type.strip().toLowerCase(Locale.ROOT);
            boolean zone = t.endsWith(" with time zone");
            t = t.replace(" with time zone", "").replace(" without time zone", "");
            Matcher m = SIZED.matcher(t);
            if (m.matches()) {
                String name = (m.group(1) + m.group(4)).strip();
                return new Type(name, Integer.valueOf(m.group(2)),
                        m.group(3) == null ? null : Integer.valueOf(m.group(3)), zone);
            }
            return new Type(t, null, null, zone);
        }

        Integer length() {
            if (name.equals("character")) {
                return p1 == null ? 1 : p1;
            }
            return name.equals("character varying") ? p1 : null;
        }

        int scale() {
            return p2 == null ? 0 : p2;
        }

        private static Family familyOf(String name) {
            switch (name) {
                case "character varying":
                case "character":
                case "text":
                case "citext":
                    return Family.TEXT;
                case "smallint":
                case "integer":
                case "bigint":
                    return Family.INTEGER;
                case "numeric":
                    return Family.NUMERIC;
                case "real":
                case "double precision":
                    return Family.FLOAT;
                case "timestamp":
                    return Family.TIMESTAMP;
                case "time":
                    return Family.TIME;
                case "json":
                case "jsonb":
                    return Family.JSON;
                default:
                    return Family.OTHER;
            }
        }
    }
}
