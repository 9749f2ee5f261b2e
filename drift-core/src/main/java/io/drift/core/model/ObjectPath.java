package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import java.util.ArrayList;
import java.util.List;

/**
 * The qualified name of an object: {@code public.users} for a table, {@code public.users.email} for a column,
 * {@code public.users/idx_users_email} for an index, constraint, trigger or policy (objects whose names live in their
 * table's namespace follow a slash), {@code public.add_user(text, integer)} for a routine, {@code pgcrypto} for an
 * extension, {@code public} for a schema.
 *
 * <p>Paths order by their parts, then with column-style children before slash-style members, so sorting by path groups
 * every object with its children.
 *
 * <p>{@link #toString()} renders the path for people and for glob matching; a part that contains a separator
 * ({@code .}, {@code /}, {@code "}) outside parentheses, or white space at its ends, is double-quoted, with embedded
 * quotes doubled, so that {@link #parse(String)} reads it back.
 *
 * @param parts  the name parts from the outermost (usually the schema) inwards; never empty
 * @param member whether the last part names a member (index, constraint, trigger, policy) rather than a column
 * @since 0.1.0
 */
public record ObjectPath(List<String> parts, boolean member) implements Comparable<ObjectPath> {

    /**
     * @throws DriftException       with {@link DriftException.Reason#INVALID_ARGUMENT} for no parts, an empty part, or a
     *                              member without a parent
     * @throws NullPointerException for a {@code null} list or part
     */
    public ObjectPath {
        parts = List.copyOf(requireNonNull(parts, "parts"));
        if (parts.isEmpty()) {
            throw invalid("An object path needs at least one part: give the schema, then the object's name"
                    + " (ObjectPath.of(\"public\", \"users\")).");
        }
        for (String part : parts) {
            if (part.isEmpty()) {
                throw invalid("An object path part must not be empty, as in " + parts
                        + ". Give each name as the catalog spells it.");
            }
        }
        if (member && parts.size() < 2) {
            throw invalid("A member path needs a parent, as in public.users/users_pkey, not " + parts
                    + ". Make it with the table's path: table.member(name).");
        }
    }

    private static DriftException invalid(String message) {
        return new DriftException(DriftException.Reason.INVALID_ARGUMENT, message);
    }

    /**
     * @param parts the name parts, outermost first
     * @return the path
     */
    public static ObjectPath of(String... parts) {
        return new ObjectPath(List.of(parts), false);
    }

    /**
     * @param name a column-style child name
     * @return {@code this.name}: a column of a table or view, a field of a composite type
     */
    public ObjectPath child(String name) {
        return new ObjectPath(append(name), false);
    }

    /**
     * @param name the name of an index, constraint, trigger or policy of this table
     * @return {@code this/name}
     */
    public ObjectPath member(String name) {
        return new ObjectPath(append(name), true);
    }

    private List<String> append(String name) {
        List<String> next = new ArrayList<>(parts.size() + 1);
        next.addAll(parts);
        next.add(requireNonNull(name, "name"));
        return next;
    }

    /** @return the last part: the object's own name */
    public String name() {
        return parts.get(parts.size() - 1);
    }

    /** @return the first part, which for schema-scoped objects is the schema */
    public String first() {
        return parts.get(0);
    }

    /** @return the number of parts */
    public int depth() {
        return parts.size();
    }

    /**
     * @return the path without its last part
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a one-part path (check
     *                        {@link #depth()} first)
     */
    public ObjectPath parent() {
        if (parts.size() == 1) {
            throw invalid(this + " has no parent: it has one part. Check depth() > 1 before asking for the parent.");
        }
        return new ObjectPath(parts.subList(0, parts.size() - 1), false);
    }

    /** @return whether {@code other} is this path or lies below it */
    public boolean startsWith(ObjectPath other) {
        return parts.size() >= other.parts.size() && parts.subList(0, other.parts.size()).equals(other.parts);
    }

    @Override
    public int compareTo(ObjectPath other) {
        int n = Math.min(parts.size(), other.parts.size());
        for (int i = 0; i < n; i++) {
            int c = parts.get(i).compareTo(other.parts.get(i));
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(parts.size(), other.parts.size());
        return c != 0 ? c : Boolean.compare(member, other.member);
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            if (i > 0) {
                out.append(member && i == parts.size() - 1 ? '/' : '.');
            }
            appendPart(out, parts.get(i));
        }
        return out.toString();
    }

    private static void appendPart(StringBuilder out, String part) {
        if (!needsQuotes(part)) {
            out.append(part);
            return;
        }
        out.append('"').append(part.replace("\"", "\"\"")).append('"');
    }

    private static boolean needsQuotes(String part) {
        if (Character.isWhitespace(part.charAt(0)) || Character.isWhitespace(part.charAt(part.length() - 1))) {
            return true;
        }
        int depth = 0;
        for (int i = 0; i < part.length(); i++) {
            char c = part.charAt(i);
            if (c == '"') {
                return true;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if ((c == '.' || c == '/') && depth <= 0) {
                return true;
            }
        }
        return depth != 0;
    }

    /**
     * Reads a path written by {@link #toString()}.
     *
     * @param text the rendered path
     * @return the path
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when {@code text} is not a path
     */
    public static ObjectPath parse(String text) {
        requireNonNull(text, "text");
        List<String> parts = new ArrayList<>();
        boolean member = false;
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        current.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    current.append(c);
                }
            } else if (c == '"' && current.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if ((c == '.' || c == '/') && depth == 0) {
                if (member) {
                    throw notAPath(text, "a '/' member must come last");
                }
                if (current.length() == 0) {
                    throw notAPath(text, "empty part");
                }
                parts.add(current.toString());
                current.setLength(0);
                wasQuoted = false;
                member = c == '/';
            } else {
                if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                current.append(c);
            }
        }
        if (quoted || current.length() == 0) {
            throw notAPath(text, quoted ? "an unclosed quote" : "empty part");
        }
        parts.add(current.toString());
        return new ObjectPath(parts, member);
    }

    private static DriftException notAPath(String text, String problem) {
        return invalid("Not an object path (" + problem + "): '" + text + "'. Write it as schema.table,"
                + " schema.table.column or schema.table/member, with \"double quotes\" around a part that holds"
                + " a '.', '/' or '\"' (and a '\"' inside doubled).");
    }
}
