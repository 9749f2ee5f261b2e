package io.drift.postgres.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Between the catalog and the model: turns SQL text that PostgreSQL renders differently across versions, or that people
 * spell differently, into one canonical text, so that the diff reports real differences only.
 *
 * <p>The rule is <em>never normalise away a real difference</em>. Everything here works on tokens from a small
 * tokenizer that knows PostgreSQL's quoting ({@code '…'}, {@code E'…'}, {@code "…"}, {@code $tag$…$tag$}, comments),
 * so that nothing inside a literal or a quoted identifier is ever touched. What the rules do:
 * <ul>
 *   <li>{@link #type(String)}: built-in type aliases to the names {@code format_type} prints ({@code int4},
 *       {@code int} → {@code integer}; {@code varchar(20)} → {@code character varying(20)}; {@code timestamptz} →
 *       {@code timestamp with time zone}; {@code decimal(10)} → {@code numeric(10,0)}; {@code _int4},
 *       {@code int4[][]}, {@code integer ARRAY} → {@code integer[]}), unquoted names folded to lower case,
 *       {@code pg_catalog.} dropped from built-in names. Modifiers, quoted names and user types are kept.</li>
 *   <li>{@link #expression(String)}: whitespace and comments outside literals collapse to one space (none just inside
 *       brackets or before a comma, one after a comma unless a number follows directly, as in {@code numeric(10,2)});
 *       a pair of parentheses around the whole expression, and a pair directly around another pair ({@code ((x))}),
 *       are dropped unless the content is a list (a row constructor) or the pair belongs to a call.</li>
 *   <li>{@link #defaultExpression(String, String)}: also drops the cast of a lone string literal that the column's
 *       type applies anyway, where that is provably the same value: to the column's own type ({@code 'a'::text} on a
 *       {@code text} column is {@code 'a'}), and the few others {@link #castIsImplied} lists ({@code 'new'::text} on
 *       the {@code varchar(20)} column that {@code ALTER COLUMN … TYPE} made of a {@code text} one); any other cast is
 *       kept ({@code 'a '::bpchar} on a {@code text} column trims the blank). {@code nextval}
 *       defaults need no rule of their own: the capture runs with {@code search_path = pg_catalog}, so the sequence
 *       is always schema-qualified, and {@code 'seq'::regclass} (bound once) and {@code 'seq'::text} (looked up at
 *       every call) stay different, as they are.</li>
 *   <li>{@link #viewDefinition(String)}: like an expression, without a trailing semicolon, and without the column
 *       qualifiers of a top-level query over one relation, which PostgreSQL 12 to 15 print and 16 on do not
 *       ({@code SELECT a.id FROM t a} is {@code SELECT id FROM t a}; joins, set operations and nested queries keep
 *       them, as every version prints them).</li>
 *   <li>{@link #arguments(String)}: an argument list without the default mode {@code IN}, which 14 on print for
 *       procedures.</li>
 *   <li>{@link #whitespace(String)}: layout only, for text the server deparses (trigger definitions, SQL-standard
 *       bodies).</li>
 * </ul>
 * The database's own letter case is kept in expressions: unquoted identifiers were already folded when the DDL ran,
 * and the catalog prints keywords the same way every time.
 */
final class SqlNormalizer {

    private SqlNormalizer() {
    }

    // ---------------------------------------------------------------------------------------------- types

    /** Built-in names as written (lower case, one space between words) → the name format_type prints. */
    private static final Map<String, String> TYPE_ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallint", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigint", "bigint"),
            Map.entry("float4", "real"), Map.entry("real", "real"),
            Map.entry("float8", "double precision"), Map.entry("double precision", "double precision"),
            Map.entry("decimal", "numeric"), Map.entry("numeric", "numeric"),
            Map.entry("bool", "boolean"), Map.entry("boolean", "boolean"),
            Map.entry("varchar", "character varying"), Map.entry("character varying", "character varying"),
            Map.entry("char varying", "character varying"),
            Map.entry("char", "character"), Map.entry("character", "character"), Map.entry("bpchar", "character"),
            Map.entry("bit", "bit"), Map.entry("varbit", "bit varying"), Map.entry("bit varying", "bit varying"),
            Map.entry("timestamp", "timestamp"), Map.entry("timestamptz", "timestamptz"),
            Map.entry("time", "time"), Map.entry("timetz", "timetz"));

    /**
     * @param type a type as the catalog ({@code format_type}) prints it, or as a person writes it
     * @return the canonical spelling, the one {@code format_type} prints; {@code null} for {@code null}
     */
    static String type(String type) {
        if (type == null) {
            return null;
        }
        List<Token> tokens = tokens(type);
        if (tokens.isEmpty()) {
            return type.trim();
        }
        // Array suffixes: [] [3] [][] or ARRAY / ARRAY[3]. PostgreSQL does not enforce dimensions; format_type prints [].
        boolean array = false;
        int end = tokens.size();
        while (true) {
            if (end >= 2 && tokens.get(end - 1).is("]") && tokens.get(end - 2).is("[")) {
                end -= 2;
                array = true;
            } else if (end >= 3 && tokens.get(end - 1).is("]") && tokens.get(end - 3).is("[")
                    && tokens.get(end - 2).kind == Kind.NUMBER) {
                end -= 3;
                array = true;
            } else if (end >= 2 && tokens.get(end - 1).isWord("array")) {
                end -= 1;
                array = true;
            } else {
                break;
            }
        }
        List<Token> body = tokens.subList(0, end);
        // An internal array type name: _int4.
        if (body.size() == 1 && body.get(0).kind == Kind.WORD && body.get(0).text.startsWith("_")
                && body.get(0).text.length() > 1) {
            String element = baseType(List.of(new Token(Kind.WORD, body.get(0).text.substring(1))));
            return element + "[]";
        }
        String base = baseType(body);
        return array ? base + "[]" : base;
    }

    private static String baseType(List<Token> tokens) {
        // Split: name words (possibly schema-qualified), an optional (modifiers), trailing words (with time zone…).
        int i = 0;
        StringBuilder qualifier = new StringBuilder();
        if (tokens.size() >= 3 && tokens.get(1).is(".")
                && (tokens.get(0).kind == Kind.WORD || tokens.get(0).kind == Kind.QUOTED_IDENT)) {
            qualifier.append(identifier(tokens.get(0))).append('.');
            i = 2;
        }
        List<String> words = new ArrayList<>();
        List<Token> nameTokens = new ArrayList<>();
        while (i < tokens.size() && (tokens.get(i).kind == Kind.WORD || tokens.get(i).kind == Kind.QUOTED_IDENT)
                && !(nameTokens.size() > 0 && (tokens.get(i).isWord("with") || tokens.get(i).isWord("without")))) {
            nameTokens.add(tokens.get(i));
            words.add(identifier(tokens.get(i)));
            i++;
        }
        String modifiers = null;
        if (i < tokens.size() && tokens.get(i).is("(")) {
            int close = matching(tokens, i);
            if (close < 0) {
                return render(tokens, false);
            }
            StringBuilder m = new StringBuilder("(");
            for (int k = i + 1; k < close; k++) {
                m.append(tokens.get(k).kind == Kind.WORD ? tokens.get(k).text.toLowerCase(Locale.ROOT)
                        : tokens.get(k).text);
            }
            modifiers = m.append(')').toString();
            i = close + 1;
        }
        List<String> tail = new ArrayList<>();
        while (i < tokens.size()) {
            Token t = tokens.get(i++);
            if (t.kind != Kind.WORD) {
                return render(tokens, false); // not a shape we know: keep it as it is, only re-spaced
            }
            tail.add(t.text.toLowerCase(Locale.ROOT));
        }
        String schema = qualifier.toString();
        boolean allUnquoted = nameTokens.stream().allMatch(t -> t.kind == Kind.WORD);
        String name = String.join(" ", words);
        boolean builtIn = allUnquoted && (schema.isEmpty() || schema.equals("pg_catalog."));
        if (builtIn && name.equals("float") && tail.isEmpty()) {
            // float(p): p binary digits; 1 to 24 is real, 25 to 53 double precision (and float alone is double).
            if (modifiers == null) {
                return "double precision";
            }
            try {
                int p = Integer.parseInt(modifiers.substring(1, modifiers.length() - 1));
                return p <= 24 ? "real" : "double precision";
            } catch (NumberFormatException e) {
                return render(tokens, false);
            }
        }
        String alias = builtIn ? TYPE_ALIASES.get(name) : null;
        if (alias == null) {
            StringBuilder out = new StringBuilder(schema);
            for (int k = 0; k < nameTokens.size(); k++) {
                out.append(k == 0 ? "" : " ").append(nameTokens.get(k).kind == Kind.QUOTED_IDENT
                        ? nameTokens.get(k).text : words.get(k));
            }
            if (modifiers != null) {
                out.append(modifiers);
            }
            for (String w : tail) {
                out.append(' ').append(w);
            }
            return out.toString();
        }
        String zone = String.join(" ", tail);
        switch (alias) {
            case "numeric":
                if (modifiers != null && !modifiers.contains(",")) {
                    modifiers = modifiers.substring(0, modifiers.length() - 1) + ",0)";
                }
                break;
            case "character":
                // char and character mean character(1); bpchar alone is the unlimited blank-padded type.
                if (modifiers == null && !name.equals("bpchar")) {
                    modifiers = "(1)";
                }
                if (modifiers == null) {
                    return zone.isEmpty() ? "bpchar" : render(tokens, false);
                }
                break;
            case "bit":
                if (modifiers == null) {
                    modifiers = "(1)";
                }
                break;
            case "timestamp":
            case "time":
                return alias + (modifiers == null ? "" : modifiers)
                        + (zone.equals("with time zone") ? " with time zone" : " without time zone");
            case "timestamptz":
            case "timetz":
                return alias.substring(0, alias.length() - 2) + (modifiers == null ? "" : modifiers)
                        + " with time zone";
            default:
                break;
        }
        if (!zone.isEmpty()) {
            return render(tokens, false);
        }
        return alias + (modifiers == null ? "" : modifiers);
    }

    private static String identifier(Token token) {
        return token.kind == Kind.WORD ? token.text.toLowerCase(Locale.ROOT) : token.text;
    }

    // ---------------------------------------------------------------------------------------------- expressions

    /**
     * @param expression an expression as {@code pg_get_expr} prints it (a check, a default, an index predicate…)
     * @return the canonical text; {@code null} for {@code null}
     */
    static String expression(String expression) {
        if (expression == null) {
            return null;
        }
        List<Token> tokens = functionCallSyntax(tokens(expression));
        tokens = stripRedundantParentheses(tokens);
        return render(tokens, true);
    }

    /**
     * A default without knowing the column's type: only the rules of {@link #expression(String)} apply.
     *
     * @param expression the default as {@code pg_get_expr} prints it
     * @return the canonical text; {@code null} for {@code null}
     */
    static String defaultExpression(String expression) {
        return expression(expression);
    }

    /**
     * @param expression the default as {@code pg_get_expr} prints it
     * @param columnType the column's type (any spelling {@link #type(String)} understands)
     * @return the canonical text, without a cast of a lone string literal that the column's own type applies anyway
     *         (see {@link #castIsImplied}); {@code null} for {@code null}
     */
    static String defaultExpression(String expression, String columnType) {
        if (expression == null) {
            return null;
        }
        List<Token> tokens = stripRedundantParentheses(functionCallSyntax(tokens(expression)));
        if (columnType != null && tokens.size() >= 3 && tokens.get(0).kind == Kind.STRING
                && tokens.get(1).is("::")) {
            String castType = type(render(tokens.subList(2, tokens.size()), false));
            if (castIsImplied(tokens.get(0).text, castType, type(columnType))) {
                return tokens.get(0).text;
            }
        }
        return render(tokens, true);
    }

    /** Built-in string types that hold any text exactly as written, whatever the column they are assigned to. */
    private static final Set<String> EXACT_STRINGS = Set.of("text", "character varying");

    /** Built-in string types, which take a string assigned to them as they would read it from a literal. */
    private static final Set<String> STRINGS = Set.of("text", "character varying", "character");

    /** Integers: assigning one to another gives the same number, or the same out-of-range error, as the literal. */
    private static final Set<String> INTEGERS = Set.of("smallint", "integer", "bigint");

    /**
     * Whether {@code literal::castType}, assigned to a column of {@code columnType}, is the value the literal alone
     * gives that column: then the cast is said by the column's type anyway, and only records how the default was
     * written, or what the column's type was when it was written ({@code ALTER COLUMN … TYPE} keeps the default as it
     * was, so a {@code text} column's {@code 'new'::text} stays on the {@code varchar(20)} column it becomes, where a
     * new column would read {@code 'new'::character varying}). Provably the same value:
     * <ul>
     *   <li>a cast to the column's own type, without a type modifier of its own (a {@code varchar(3)} cast would cut
     *       the literal before a {@code varchar(10)} column sees it);</li>
     *   <li>a cast to {@code text} or {@code varchar}, which keep any string as written, on a {@code text},
     *       {@code varchar(n)} or {@code character(n)} column (the column pads or checks the length exactly as it
     *       would for the literal);</li>
     *   <li>a cast to {@code bpchar} on a {@code text} or {@code varchar} column when the literal has no trailing
     *       blank ({@code bpchar} drops trailing blanks when it becomes text: {@code 'a '::bpchar} is {@code 'a'});</li>
     *   <li>a cast to an integer type on an integer or {@code numeric} column ({@code '-1'::integer} on a
     *       {@code bigint} column or, the default {@code DEFAULT -1} gives it, on a {@code smallint} one: the same
     *       number, or the same out-of-range error at insert; not from {@code numeric}, which rounds
     *       {@code '1.5'::numeric} into an integer where the literal is refused, nor to or from {@code real} or
     *       {@code double precision}, where {@code '0.1'::real} is not {@code 0.1});</li>
     *   <li>the same for arrays of those, element by element ({@code '{a}'::text[]} on a {@code varchar(5)[]}
     *       column), but for {@code bpchar} arrays.</li>
     * </ul>
     * Any other cast is kept: a user type's cast may do anything, and {@code '2020-01-01'::timestamp} on a
     * {@code timestamptz} column is read in the session's time zone at every insert.
     */
    static boolean castIsImplied(String literal, String castType, String columnType) {
        boolean array = castType.endsWith("[]");
        if (array != columnType.endsWith("[]")) {
            return false;
        }
        String cast = array ? castType.substring(0, castType.length() - 2) : castType;
        String column = array ? columnType.substring(0, columnType.length() - 2) : columnType;
        if (cast.equals(column)) {
            return true;
        }
        if (cast.indexOf('"') >= 0 || column.indexOf('"') >= 0 || cast.indexOf('.') >= 0
                || column.indexOf('.') >= 0) {
            return false;   // a user type
        }
        if (cast.indexOf('(') >= 0) {
            return false;   // a type modifier of its own, which is not the column's
        }
        String castBase = baseName(cast);
        String columnBase = baseName(column);
        if (castBase.equals(columnBase)) {
            return true;
        }
        if (EXACT_STRINGS.contains(castBase) && STRINGS.contains(columnBase)) {
            return true;
        }
        if (castBase.equals("character") && EXACT_STRINGS.contains(columnBase)) {
            return !array && !literal.startsWith("E") && !literal.startsWith("e") && !literal.endsWith(" '");
        }
        return INTEGERS.contains(castBase) && (INTEGERS.contains(columnBase) || columnBase.equals("numeric"));
    }

    /**
     * The type without modifiers: {@code character varying(20)} → {@code character varying};
     * {@code numeric(10,2)[]} → {@code numeric[]}; {@code character(3)} and {@code bpchar} → {@code character}.
     */
    private static String baseName(String type) {
        int open = type.indexOf('(');
        if (type.indexOf('"') >= 0) {
            return type;
        }
        String base = type;
        if (open >= 0) {
            int close = type.indexOf(')', open);
            base = close < 0 ? type : type.substring(0, open) + type.substring(close + 1);
        }
        return base.equals("bpchar") ? "character" : base.equals("bpchar[]") ? "character[]" : base;
    }

    /**
     * @param definition a view's query as {@code pg_get_viewdef} prints it
     * @return the canonical text; {@code null} for {@code null}
     */
    static String viewDefinition(String definition) {
        if (definition == null) {
            return null;
        }
        List<Token> tokens = tokens(definition);
        while (!tokens.isEmpty() && tokens.get(tokens.size() - 1).is(";")) {
            tokens = tokens.subList(0, tokens.size() - 1);
        }
        return render(stripRedundantParentheses(unqualifySingleRelation(functionCallSyntax(tokens))), true);
    }

    /** Words that end a FROM list at the top level of a query. */
    private static final Set<String> AFTER_FROM = Set.of("where", "group", "having", "window", "order", "limit",
            "offset", "fetch", "for");

    /** Words that make a FROM list, or a query, have more than one range-table entry. */
    private static final Set<String> MANY_RELATIONS = Set.of("join", "union", "intersect", "except");

    /**
     * Up to PostgreSQL 15 a view's range table always held the OLD and NEW pseudo-relations, so pg_get_viewdef
     * qualified every column ({@code SELECT a.id FROM t a}); from 16 it qualifies columns only where the query level
     * has more than one relation ({@code SELECT id FROM t a}). For a top-level query whose FROM list is one relation,
     * the qualified and unqualified column mean the same, so the qualifier is dropped there. Nested queries (sublinks,
     * subqueries in FROM, CTE bodies, set-operation leaves) are printed qualified by every version and left alone.
     */
    private static List<Token> unqualifySingleRelation(List<Token> input) {
        List<Token> tokens = new ArrayList<>(input);
        boolean[] nested = new boolean[tokens.size()];
        int from = -1;
        int fromEnd = tokens.size();
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.is("(") && i + 1 < tokens.size() && (tokens.get(i + 1).isWord("select")
                    || tokens.get(i + 1).isWord("values") || tokens.get(i + 1).isWord("with"))) {
                int close = matching(tokens, i);
                if (close < 0) {
                    return input;
                }
                for (int k = i; k <= close; k++) {
                    nested[k] = true;
                }
                i = close;
                continue;
            }
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.kind == Kind.WORD) {
                String word = t.text.toLowerCase(Locale.ROOT);
                if (MANY_RELATIONS.contains(word)) {
                    return input;
                }
                if (word.equals("from") && !(i > 0 && tokens.get(i - 1).isWord("distinct"))) {
                    if (from >= 0) {
                        return input;
                    }
                    from = i;
                } else if (from >= 0 && fromEnd == tokens.size() && AFTER_FROM.contains(word)) {
                    fromEnd = i;
                }
            } else if (depth == 0 && from >= 0 && fromEnd == tokens.size() && t.is(",")) {
                return input; // FROM a, b
            }
        }
        if (from < 0 || from + 1 >= fromEnd) {
            return input;
        }
        String refname = refname(tokens.subList(from + 1, fromEnd));
        if (refname == null) {
            return input;
        }
        List<Token> out = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean qualifier = !nested[i] && (i <= from || i >= fromEnd)
                    && (t.kind == Kind.WORD || t.kind == Kind.QUOTED_IDENT) && t.text.equals(refname)
                    && i + 2 < tokens.size() && tokens.get(i + 1).is(".")
                    && (tokens.get(i + 2).kind == Kind.WORD || tokens.get(i + 2).kind == Kind.QUOTED_IDENT)
                    && !(i + 3 < tokens.size() && (tokens.get(i + 3).is("(") || tokens.get(i + 3).is(".")))
                    && !(i > 0 && tokens.get(i - 1).is("."));
            if (qualifier) {
                tokens.get(i + 2).spaceBefore = t.spaceBefore;
                i++; // skip the dot as well
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The name a FROM item is referred to by: its alias ({@code kinds.accounts a}, {@code f(x) g(g)},
     * {@code (SELECT …) s}), else the relation's own name; {@code null} when the item is not a shape known here.
     */
    private static String refname(List<Token> item) {
        int i = 0;
        if (i < item.size() && (item.get(i).isWord("only") || item.get(i).isWord("lateral"))) {
            i++;
        }
        if (i >= item.size()) {
            return null;
        }
        String name;
        if (item.get(i).is("(")) {
            int close = matching(item, i);
            if (close < 0) {
                return null;
            }
            name = null;
            i = close + 1;
        } else if (item.get(i).kind == Kind.WORD || item.get(i).kind == Kind.QUOTED_IDENT) {
            name = item.get(i).text;
            i++;
            while (i + 1 < item.size() && item.get(i).is(".")) {
                name = item.get(i + 1).text;
                i += 2;
            }
            if (i < item.size() && item.get(i).is("(")) { // a function in FROM
                int close = matching(item, i);
                if (close < 0) {
                    return null;
                }
                i = close + 1;
            }
        } else {
            return null;
        }
        if (i < item.size() && item.get(i).isWord("as")) {
            i++;
        }
        if (i < item.size() && (item.get(i).kind == Kind.WORD || item.get(i).kind == Kind.QUOTED_IDENT)) {
            name = item.get(i).text;
            i++;
            if (i < item.size() && item.get(i).is("(")) {
                i = matching(item, i) + 1;
                if (i == 0) {
                    return null;
                }
            }
        }
        if (i < item.size() && item.get(i).isWord("tablesample")) {
            return name;
        }
        return i == item.size() ? name : null;
    }

    /**
     * @param arguments an argument list as {@code pg_get_function_arguments} or
     *                  {@code pg_get_function_identity_arguments} prints it
     * @return the list without the default mode {@code IN}, which PostgreSQL 14 and later print for procedures
     *         ({@code IN a integer} is {@code a integer}); {@code null} for {@code null}
     */
    static String arguments(String arguments) {
        if (arguments == null) {
            return null;
        }
        List<Token> tokens = tokens(arguments);
        List<Token> out = new ArrayList<>(tokens.size());
        boolean argumentStart = true;
        int depth = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (argumentStart && t.isWord("in") && i + 1 < tokens.size() && !tokens.get(i + 1).is(",")) {
                tokens.get(i + 1).spaceBefore = t.spaceBefore;
                argumentStart = false;
                continue;
            }
            argumentStart = false;
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.is(",")) {
                argumentStart = true;
            }
            out.add(t);
        }
        return render(out, true);
    }

    /**
     * A routine body, trigger or other definition where only layout may differ: whitespace outside literals collapses,
     * nothing else changes.
     *
     * @param sql the text
     * @return the canonical text; {@code null} for {@code null}
     */
    static String whitespace(String sql) {
        return sql == null ? null : render(functionCallSyntax(tokens(sql)), true);
    }

    /** @return each text through {@link #whitespace(String)} (an index's keys) */
    static List<String> each(String[] texts) {
        List<String> out = new ArrayList<>(texts.length);
        for (String text : texts) {
            out.add(whitespace(text));
        }
        return out;
    }

    /** The SQL-standard functions whose calls PostgreSQL 14 began to print in their own syntax. */
    private static final Set<String> SQL_SYNTAX_FUNCTIONS = Set.of("substring", "trim", "position", "overlay");

    /** Words that separate the arguments of those calls. */
    private static final Set<String> SQL_SYNTAX_WORDS = Set.of("from", "for", "in", "placing", "both", "leading",
            "trailing");

    /**
     * PostgreSQL 14 prints a call written in SQL-standard syntax as written ({@code SUBSTRING(a FROM 1 FOR 8)},
     * {@code TRIM(BOTH ' ' FROM a)}, {@code POSITION(('-') IN (a))}, {@code OVERLAY(a PLACING b FROM 1 FOR 2)}); 12
     * and 13 print the function it calls ({@code "substring"(a, 1, 8)}, {@code btrim(a, ' ')},
     * {@code "position"(a, '-')}, {@code "overlay"(a, b, 1, 2)}). Same function, same arguments: the canonical text
     * is the function call. ({@code EXTRACT} is not rewritten: 14 made it another function, returning numeric where
     * {@code date_part} returns double precision, which is a real difference.) A form not recognised is left as is.
     */
    static List<Token> functionCallSyntax(List<Token> input) {
        return otherSyntax(standardCalls(input));
    }

    private static List<Token> standardCalls(List<Token> input) {
        List<Token> tokens = null;
        for (int i = 0; i + 1 < (tokens == null ? input : tokens).size(); i++) {
            List<Token> current = tokens == null ? input : tokens;
            Token t = current.get(i);
            if (t.kind != Kind.WORD || !current.get(i + 1).is("(")
                    || !SQL_SYNTAX_FUNCTIONS.contains(t.text.toLowerCase(Locale.ROOT))
                    || i > 0 && current.get(i - 1).is(".")) {
                continue;
            }
            int close = matching(current, i + 1);
            if (close < 0) {
                continue;
            }
            List<Token> call = callSyntax(t, current.subList(i + 2, close));
            if (call == null) {
                continue;
            }
            if (tokens == null) {
                tokens = new ArrayList<>(input);
            }
            call.get(0).spaceBefore = t.spaceBefore;
            tokens.subList(i, close + 1).clear();
            tokens.addAll(i, call);
        }
        return tokens == null ? input : tokens;
    }

    /**
     * The other spellings that changed between 12 and 17, to the function call the older versions print:
     * {@code (x AT TIME ZONE z)} → {@code timezone(z, x)}; {@code ((a, b) OVERLAPS (c, d))} →
     * {@code "overlaps"(a, b, c, d)}; {@code COLLATION FOR (x)} → {@code pg_collation_for(x)}; and SIMILAR TO's
     * {@code similar_escape(p, NULL::text)} (12) → {@code similar_to_escape(p)} (13 on), {@code similar_escape(p, e)}
     * → {@code similar_to_escape(p, e)}.
     */
    private static List<Token> otherSyntax(List<Token> input) {
        List<Token> tokens = new ArrayList<>(input);
        boolean changed = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isWord("collation") && i + 2 < tokens.size() && tokens.get(i + 1).isWord("for")
                    && tokens.get(i + 2).is("(")) {
                Token name = new Token(Kind.WORD, "pg_collation_for");
                name.spaceBefore = t.spaceBefore;
                tokens.set(i, name);
                tokens.remove(i + 1);
                tokens.get(i + 1).spaceBefore = false;
                changed = true;
            } else if (t.isWord("similar_escape") && i + 1 < tokens.size() && tokens.get(i + 1).is("(")) {
                Token name = new Token(Kind.WORD, "similar_to_escape");
                name.spaceBefore = t.spaceBefore;
                tokens.set(i, name);
                int close = matching(tokens, i + 1);
                // similar_escape(p, NULL::text) → similar_to_escape(p)
                if (close > 4 && tokens.get(close - 1).isWord("text") && tokens.get(close - 2).is("::")
                        && tokens.get(close - 3).isWord("null") && tokens.get(close - 4).is(",")) {
                    tokens.subList(close - 4, close).clear();
                }
                changed = true;
            } else if (t.isWord("at") && i + 2 < tokens.size() && tokens.get(i + 1).isWord("time")
                    && tokens.get(i + 2).isWord("zone")) {
                int open = enclosingOpen(tokens, i);
                int close = open < 0 ? -1 : matching(tokens, open);
                if (open < 0 || close < 0 || open > 0 && endsOperand(tokens.get(open - 1))
                        || hasTopLevelComma(tokens, open, close)) {
                    continue;
                }
                List<Token> value = new ArrayList<>(tokens.subList(open + 1, i));
                List<Token> zone = new ArrayList<>(tokens.subList(i + 3, close));
                if (value.isEmpty() || zone.isEmpty()) {
                    continue;
                }
                List<Token> call = call("timezone", Kind.WORD, List.of(zone, value));
                call.get(0).spaceBefore = tokens.get(open).spaceBefore;
                tokens.subList(open, close + 1).clear();
                tokens.addAll(open, call);
                changed = true;
                i = open;
            } else if (t.isWord("overlaps") && i > 0 && tokens.get(i - 1).is(")") && i + 1 < tokens.size()
                    && tokens.get(i + 1).is("(")) {
                int leftOpen = matchingOpen(tokens, i - 1);
                int rightClose = matching(tokens, i + 1);
                if (leftOpen < 0 || rightClose < 0) {
                    continue;
                }
                List<List<Token>> args = new ArrayList<>(commaSeparated(tokens.subList(leftOpen + 1, i - 1)));
                args.addAll(commaSeparated(tokens.subList(i + 2, rightClose)));
                if (args.size() != 4) {
                    continue;
                }
                int from = leftOpen;
                int to = rightClose;
                if (from > 0 && to + 1 < tokens.size() && tokens.get(from - 1).is("(") && tokens.get(to + 1).is(")")
                        && matching(tokens, from - 1) == to + 1 && (from - 1 == 0 || !endsOperand(tokens.get(from - 2)))) {
                    from--;
                    to++;
                }
                List<Token> call = call("\"overlaps\"", Kind.QUOTED_IDENT, args);
                call.get(0).spaceBefore = tokens.get(from).spaceBefore;
                tokens.subList(from, to + 1).clear();
                tokens.addAll(from, call);
                changed = true;
                i = from;
            }
        }
        return changed ? tokens : input;
    }

    /** @return the index of the "(" whose pair holds position {@code at} at its top level, or -1 */
    private static int enclosingOpen(List<Token> tokens, int at) {
        int depth = 0;
        for (int k = at - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is(")") || t.is("]")) {
                depth++;
            } else if (t.is("(") || t.is("[")) {
                if (depth == 0) {
                    return t.is("(") ? k : -1;
                }
                depth--;
            }
        }
        return -1;
    }

    private static int matchingOpen(List<Token> tokens, int close) {
        int depth = 0;
        for (int k = close; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.is(")")) {
                depth++;
            } else if (t.is("(")) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    private static List<List<Token>> commaSeparated(List<Token> tokens) {
        List<List<Token>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        int depth = 0;
        for (Token t : tokens) {
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            }
            if (depth == 0 && t.is(",")) {
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(t);
            }
        }
        return parts;
    }

    private static List<Token> call(String function, Kind kind, List<List<Token>> args) {
        List<Token> out = new ArrayList<>();
        out.add(new Token(kind, function));
        out.add(new Token(Kind.PUNCT, "("));
        for (int a = 0; a < args.size(); a++) {
            if (a > 0) {
                out.add(new Token(Kind.PUNCT, ","));
            }
            boolean first = true;
            for (Token t : args.get(a)) {
                Token copy = new Token(t.kind, t.text);
                copy.spaceBefore = first ? a > 0 : t.spaceBefore;
                first = false;
                out.add(copy);
            }
        }
        out.add(new Token(Kind.PUNCT, ")"));
        return out;
    }

    /** @return the function call for one SQL-syntax call's arguments, or {@code null} when not recognised */
    private static List<Token> callSyntax(Token name, List<Token> inner) {
        List<String> words = new ArrayList<>();
        List<List<Token>> parts = new ArrayList<>();
        parts.add(new ArrayList<>());
        int depth = 0;
        for (Token t : inner) {
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.is(",")) {
                return null;     // already a function call's arguments
            }
            if (depth == 0 && t.kind == Kind.WORD && SQL_SYNTAX_WORDS.contains(t.text.toLowerCase(Locale.ROOT))) {
                words.add(t.text.toLowerCase(Locale.ROOT));
                parts.add(new ArrayList<>());
            } else {
                parts.get(parts.size() - 1).add(t);
            }
        }
        String function;
        List<List<Token>> args;
        switch (name.text.toLowerCase(Locale.ROOT)) {
            case "substring":
                if (!words.equals(List.of("from")) && !words.equals(List.of("from", "for"))) {
                    return null;
                }
                function = "\"substring\"";
                args = parts;
                break;
            case "position":
                if (!words.equals(List.of("in"))) {
                    return null;
                }
                function = "\"position\"";
                args = List.of(unwrap(parts.get(1)), unwrap(parts.get(0)));
                break;
            case "overlay":
                if (!words.equals(List.of("placing", "from")) && !words.equals(List.of("placing", "from", "for"))) {
                    return null;
                }
                function = "\"overlay\"";
                args = parts;
                break;
            case "trim":
                if (words.size() != 2 || !words.get(1).equals("from") || !parts.get(0).isEmpty()) {
                    return null;
                }
                function = words.get(0).equals("both") ? "btrim" : words.get(0).equals("leading") ? "ltrim"
                        : words.get(0).equals("trailing") ? "rtrim" : null;
                if (function == null) {
                    return null;
                }
                args = parts.get(1).isEmpty() ? List.of(parts.get(2)) : List.of(parts.get(2), parts.get(1));
                break;
            default:
                return null;
        }
        for (List<Token> arg : args) {
            if (arg.isEmpty()) {
                return null;
            }
        }
        List<Token> out = new ArrayList<>();
        out.add(new Token(function.startsWith("\"") ? Kind.QUOTED_IDENT : Kind.WORD, function));
        out.add(new Token(Kind.PUNCT, "("));
        for (int a = 0; a < args.size(); a++) {
            if (a > 0) {
                out.add(new Token(Kind.PUNCT, ","));
            }
            List<Token> arg = args.get(a);
            boolean first = true;
            for (Token t : arg) {
                Token copy = new Token(t.kind, t.text);
                copy.spaceBefore = first ? a > 0 : t.spaceBefore;
                first = false;
                out.add(copy);
            }
        }
        out.add(new Token(Kind.PUNCT, ")"));
        return out;
    }

    /** {@code (x)} → {@code x}, when the parentheses hold the whole argument. */
    private static List<Token> unwrap(List<Token> arg) {
        if (arg.size() >= 2 && arg.get(0).is("(") && matching(arg, 0) == arg.size() - 1) {
            return arg.subList(1, arg.size() - 1);
        }
        return arg;
    }

    private static List<Token> stripRedundantParentheses(List<Token> input) {
        List<Token> tokens = new ArrayList<>(input);
        // The whole expression in one pair of parentheses: (a > 0) → a > 0.
        while (tokens.size() >= 2 && tokens.get(0).is("(") && matching(tokens, 0) == tokens.size() - 1
                && !hasTopLevelComma(tokens, 0, tokens.size() - 1)) {
            tokens = new ArrayList<>(tokens.subList(1, tokens.size() - 1));
        }
        // A pair directly around another pair, not a call's parentheses: ((a > 0)) → (a > 0).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                if (!tokens.get(i).is("(") || !tokens.get(i + 1).is("(")) {
                    continue;
                }
                if (i > 0 && endsOperand(tokens.get(i - 1))) {
                    continue; // f((x)) or x[1]((…)): the outer pair belongs to a call
                }
                int outer = matching(tokens, i);
                int inner = matching(tokens, i + 1);
                if (outer < 0 || inner != outer - 1 || hasTopLevelComma(tokens, i + 1, inner)) {
                    continue;
                }
                tokens.remove(outer);
                tokens.get(i + 1).spaceBefore = tokens.get(i).spaceBefore;
                tokens.remove(i);
                changed = true;
                break;
            }
        }
        return tokens;
    }

    /** Keywords after which a parenthesis groups and never calls; any other word before "(" may name a function. */
    private static final Set<String> GROUPING_KEYWORDS = Set.of("and", "or", "not", "when", "then", "else", "where",
            "on", "having", "case", "is", "like", "ilike", "between", "select", "return");

    private static boolean endsOperand(Token t) {
        if (t.kind == Kind.WORD) {
            return !GROUPING_KEYWORDS.contains(t.text.toLowerCase(Locale.ROOT));
        }
        return t.kind == Kind.QUOTED_IDENT || t.is(")") || t.is("]");
    }

    private static boolean hasTopLevelComma(List<Token> tokens, int open, int close) {
        int depth = 0;
        for (int k = open + 1; k < close; k++) {
            Token t = tokens.get(k);
            if (t.is("(") || t.is("[")) {
                depth++;
            } else if (t.is(")") || t.is("]")) {
                depth--;
            } else if (depth == 0 && t.is(",")) {
                return true;
            }
        }
        return false;
    }

    private static int matching(List<Token> tokens, int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.is("(")) {
                depth++;
            } else if (t.is(")")) {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
        }
        return -1;
    }

    /**
     * Writes tokens back. A single space goes where the source had whitespace or a comment (always after a comma),
     * none just inside brackets or before a comma; with {@code keepSpacing} false, no space goes anywhere a space is
     * not needed to keep two tokens apart except between words.
     */
    private static String render(List<Token> tokens, boolean keepSpacing) {
        StringBuilder out = new StringBuilder();
        Token previous = null;
        for (Token t : tokens) {
            if (previous != null) {
                boolean space;
                if (previous.is("(") || previous.is("[") || t.is(")") || t.is("]") || t.is(",")) {
                    space = false;
                } else if (previous.is(",")) {
                    space = t.spaceBefore || t.kind != Kind.NUMBER; // f(a,b) is f(a, b); numeric(10,2) stays
                } else if (keepSpacing) {
                    space = t.spaceBefore;
                } else {
                    space = isWordLike(previous) && isWordLike(t);
                }
                if (space) {
                    out.append(' ');
                }
            }
            out.append(t.text);
            previous = t;
        }
        return out.toString();
    }

    private static boolean isWordLike(Token t) {
        return t.kind == Kind.WORD || t.kind == Kind.QUOTED_IDENT || t.kind == Kind.NUMBER
                || t.kind == Kind.STRING || t.kind == Kind.DOLLAR;
    }

    // ---------------------------------------------------------------------------------------------- tokenizer

    enum Kind { WORD, QUOTED_IDENT, STRING, DOLLAR, NUMBER, PARAM, OPERATOR, PUNCT }

    static final class Token {
        final Kind kind;
        final String text;
        boolean spaceBefore;

        Token(Kind kind, String text) {
            this.kind = kind;
            this.text = text;
        }

        boolean is(String punct) {
            return (kind == Kind.PUNCT || kind == Kind.OPERATOR) && text.equals(punct);
        }

        boolean isWord(String word) {
            return kind == Kind.WORD && text.equalsIgnoreCase(word);
        }

        @Override
        public String toString() {
            return kind + ":" + text;
        }
    }

    private static final String OPERATOR_CHARS = "+-*/<>=~!@#%^&|`?";

    /**
     * Splits SQL into tokens. Whitespace and comments are not tokens: they set {@link Token#spaceBefore} on the next
     * one. Literals and quoted identifiers are single tokens with their quotes, exactly as written.
     */
    static List<Token> tokens(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        boolean space = false;
        while (i < n) {
            char c = sql.charAt(i);
            int start = i;
            Kind kind;
            if (Character.isWhitespace(c)) {
                i++;
                space = true;
                continue;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                while (i < n && sql.charAt(i) != '\n') {
                    i++;
                }
                space = true;
                continue;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int depth = 0;
                while (i < n) {
                    if (sql.startsWith("/*", i)) {
                        depth++;
                        i += 2;
                    } else if (sql.startsWith("*/", i)) {
                        depth--;
                        i += 2;
                        if (depth == 0) {
                            break;
                        }
                    } else {
                        i++;
                    }
                }
                space = true;
                continue;
            } else if (c == '\'') {
                i = endOfQuoted(sql, i, '\'', false);
                kind = Kind.STRING;
            } else if ((c == 'E' || c == 'e') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                i = endOfQuoted(sql, i + 1, '\'', true);
                kind = Kind.STRING;
            } else if ((c == 'B' || c == 'b' || c == 'X' || c == 'x' || c == 'N' || c == 'n') && i + 1 < n
                    && sql.charAt(i + 1) == '\'') {
                i = endOfQuoted(sql, i + 1, '\'', false);
                kind = Kind.STRING;
            } else if ((c == 'U' || c == 'u') && sql.startsWith("&'", i + 1)) {
                i = endOfQuoted(sql, i + 2, '\'', false);
                kind = Kind.STRING;
            } else if ((c == 'U' || c == 'u') && sql.startsWith("&\"", i + 1)) {
                i = endOfQuoted(sql, i + 2, '"', false);
                kind = Kind.QUOTED_IDENT;
            } else if (c == '"') {
                i = endOfQuoted(sql, i, '"', false);
                kind = Kind.QUOTED_IDENT;
            } else if (c == '$' && i + 1 < n && Character.isDigit(sql.charAt(i + 1))) {
                i++;
                while (i < n && Character.isDigit(sql.charAt(i))) {
                    i++;
                }
                kind = Kind.PARAM;
            } else if (c == '$') {
                int tagEnd = i + 1;
                while (tagEnd < n && isIdentPart(sql.charAt(tagEnd)) && sql.charAt(tagEnd) != '$') {
                    tagEnd++;
                }
                if (tagEnd < n && sql.charAt(tagEnd) == '$') {
                    String tag = sql.substring(i, tagEnd + 1);
                    int close = sql.indexOf(tag, tagEnd + 1);
                    i = close < 0 ? n : close + tag.length();
                    kind = Kind.DOLLAR;
                } else {
                    i++;
                    kind = Kind.OPERATOR;
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && Character.isDigit(sql.charAt(i + 1)))) {
                while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.'
                        || sql.charAt(i) == '_')) {
                    if (sql.charAt(i) == '.' && i + 1 < n && sql.charAt(i + 1) == '.') {
                        break; // a slice: 1..2 is not a number
                    }
                    if ((sql.charAt(i) == 'e' || sql.charAt(i) == 'E') && i + 1 < n
                            && (sql.charAt(i + 1) == '+' || sql.charAt(i + 1) == '-')) {
                        i++;
                    }
                    i++;
                }
                kind = Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_' || c > 127) {
                while (i < n && isIdentPart(sql.charAt(i))) {
                    i++;
                }
                kind = Kind.WORD;
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                i += 2;
                kind = Kind.PUNCT;
            } else if ("()[],;.:".indexOf(c) >= 0) {
                i++;
                kind = Kind.PUNCT;
            } else if (OPERATOR_CHARS.indexOf(c) >= 0) {
                while (i < n && OPERATOR_CHARS.indexOf(sql.charAt(i)) >= 0
                        && !sql.startsWith("--", i) && !sql.startsWith("/*", i)) {
                    i++;
                }
                kind = Kind.OPERATOR;
            } else {
                i++;
                kind = Kind.OPERATOR;
            }
            Token token = new Token(kind, sql.substring(start, i));
            token.spaceBefore = space;
            out.add(token);
            space = false;
        }
        return out;
    }

    private static boolean isIdentPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$' || c > 127;
    }

    /** @return the index just past the closing quote; a doubled quote is part of the text */
    private static int endOfQuoted(String sql, int open, char quote, boolean backslashEscapes) {
        int i = open + 1;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < n && sql.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return n;
    }
}
