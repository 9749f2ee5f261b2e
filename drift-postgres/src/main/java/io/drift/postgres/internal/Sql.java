package io.drift.postgres.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog SQL: one file per query in {@code io/drift/postgres/internal/sql/}, for every server version. Where the
 * catalog differs between versions, the file holds the variants side by side in blocks that are resolved when the
 * query is loaded for a server's major version, so that a fix is made once:
 * <pre>
 *        false                                AS nulls_not_distinct,   -- a line every version gets
 * --#if pg &gt;= 18
 *        k.conenforced                        AS enforced,
 * --#elif pg &gt;= 15
 *        ...
 * --#else
 *        true                                 AS enforced,
 * --#endif
 * </pre>
 * A directive is a line that starts with {@code --#} (after spaces): {@code if}, {@code elif}, {@code else},
 * {@code endif}. A condition compares {@code pg}, the server's major version, with a number ({@code >=}, {@code >},
 * {@code <=}, {@code <}, {@code =}). Blocks nest. The directive lines and the lines of the branches not taken are left
 * out of the SQL sent; every other line (ordinary comments included) is sent as written. A malformed directive, an
 * unbalanced block or an unknown query is an {@link IllegalStateException} naming the file and line, which any test
 * that loads the query finds.
 */
final class Sql {

    /** The oldest server the queries are written for. */
    static final int OLDEST = 12;

    /** The newest server the queries are known to be written for (newer ones get the newest variants). */
    static final int NEWEST = 18;

    private static final Pattern DIRECTIVE = Pattern.compile("\\s*--#\\s*(\\w+)\\s*(.*?)\\s*");
    private static final Pattern CONDITION = Pattern.compile("pg\\s*(>=|<=|>|<|=)\\s*(\\d+)");

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Sql() {
    }

    /**
     * @param name        the query name: {@code columns}
     * @param serverMajor the server's major version
     * @return the SQL text for that version
     * @throws IllegalStateException when there is no such query, or its directives are malformed
     */
    static String load(String name, int serverMajor) {
        return CACHE.computeIfAbsent(name + "@" + serverMajor, k -> {
            String file = name + ".sql";
            String text = read(file);
            if (text == null) {
                throw new IllegalStateException("Missing catalog query sql/" + file);
            }
            return resolve(file, text, serverMajor);
        });
    }

    /**
     * @param file        the file's name, for messages
     * @param text        SQL with {@code --#} directives
     * @param serverMajor the major version to resolve them for
     * @return the SQL without the directives and the branches not taken for that version
     */
    static String resolve(String file, String text, int serverMajor) {
        StringBuilder out = new StringBuilder(text.length());
        // One frame per open block: whether its enclosing block is taken, whether a branch of it was already taken,
        // whether the current branch is taken, and whether #else was seen.
        Deque<Block> blocks = new ArrayDeque<>();
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher directive = DIRECTIVE.matcher(line);
            if (!directive.matches()) {
                if (blocks.isEmpty() || blocks.peek().taking) {
                    out.append(line);
                    if (i < lines.length - 1) {
                        out.append('\n');
                    }
                }
                continue;
            }
            String keyword = directive.group(1);
            String argument = directive.group(2);
            int lineNumber = i + 1;
            switch (keyword) {
                case "if" -> {
                    boolean outer = blocks.isEmpty() || blocks.peek().taking;
                    boolean holds = holds(file, lineNumber, argument, serverMajor);
                    blocks.push(new Block(outer, outer && holds));
                }
                case "elif" -> {
                    Block block = open(file, lineNumber, keyword, blocks);
                    boolean holds = holds(file, lineNumber, argument, serverMajor);
                    block.next(holds);
                }
                case "else" -> {
                    Block block = open(file, lineNumber, keyword, blocks);
                    noArgument(file, lineNumber, keyword, argument);
                    block.next(true);
                    block.elseSeen = true;
                }
                case "endif" -> {
                    open(file, lineNumber, keyword, blocks);
                    noArgument(file, lineNumber, keyword, argument);
                    blocks.pop();
                }
                default -> throw malformed(file, lineNumber, "unknown directive --#" + keyword
                        + " (if, elif, else, endif)");
            }
        }
        if (!blocks.isEmpty()) {
            throw malformed(file, lines.length, "--#if without --#endif");
        }
        return out.toString();
    }

    private static Block open(String file, int line, String keyword, Deque<Block> blocks) {
        if (blocks.isEmpty()) {
            throw malformed(file, line, "--#" + keyword + " without --#if");
        }
        Block block = blocks.peek();
        if (block.elseSeen && !keyword.equals("endif")) {
            throw malformed(file, line, "--#" + keyword + " after --#else");
        }
        return block;
    }

    private static void noArgument(String file, int line, String keyword, String argument) {
        if (!argument.isEmpty()) {
            throw malformed(file, line, "--#" + keyword + " takes no condition, found '" + argument + "'");
        }
    }

    private static boolean holds(String file, int line, String condition, int serverMajor) {
        Matcher m = CONDITION.matcher(condition);
        if (!m.matches()) {
            throw malformed(file, line, "the condition '" + condition + "' is not 'pg <op> <major>' (op: >=, >, <=, <,"
                    + " =)");
        }
        int major = Integer.parseInt(m.group(2));
        return switch (m.group(1)) {
            case ">=" -> serverMajor >= major;
            case ">" -> serverMajor > major;
            case "<=" -> serverMajor <= major;
            case "<" -> serverMajor < major;
            default -> serverMajor == major;
        };
    }

    private static IllegalStateException malformed(String file, int line, String problem) {
        return new IllegalStateException("Malformed catalog query sql/" + file + ", line " + line + ": " + problem);
    }

    private static String read(String file) {
        try (InputStream in = Sql.class.getResourceAsStream("sql/" + file)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An open {@code --#if} block. */
    private static final class Block {
        private final boolean outer;
        private boolean done;
        private boolean taking;
        private boolean elseSeen;

        Block(boolean outer, boolean taking) {
            this.outer = outer;
            this.taking = taking;
            this.done = taking;
        }

        /** Moves to the next branch, which is taken when {@code holds} and no earlier branch was. */
        void next(boolean holds) {
            taking = outer && !done && holds;
            done |= taking;
        }
    }
}
