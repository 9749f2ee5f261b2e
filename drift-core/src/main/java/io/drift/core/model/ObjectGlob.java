package io.drift.core.model;

import static java.util.Objects.requireNonNull;

import io.drift.core.DriftException;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One or more globs over rendered {@link ObjectPath}s ({@code public.users}, {@code public.users.email},
 * {@code public.users/idx_users_email}), compiled once into one pattern. The same globs select objects in
 * {@link io.drift.core.diff.DiffOptions}, {@link io.drift.core.CaptureOptions} and check suppressions.
 *
 * <ul>
 *     <li>{@code *} matches a run of characters other than {@code .} and {@code /}, where a parenthesised group counts
 *     as part of the run (so {@code public.*} matches the routine {@code public.f(public.mood)});</li>
 *     <li>{@code **} matches any run at all ({@code **.flyway_schema_history} in every schema);</li>
 *     <li>{@code ?} matches one character;</li>
 *     <li>everything else matches itself, case-sensitively (identifiers are compared as the catalog stores them).</li>
 * </ul>
 *
 * <pre>{@code
 * ObjectGlob scratch = ObjectGlob.of("public.tmp_*", "**.audit_*");
 * boolean out = scratch.matches(ObjectPath.of("public", "tmp_import"));   // true
 * }</pre>
 *
 * <p>Instances are immutable and safe to share; {@link #equals} compares the globs as written.
 *
 * @since 0.1.0
 */
public final class ObjectGlob {

    // A run without separators; "(…)" is skipped whole so that a routine's argument list does not end it.
    private static final String STAR = "(?:[^./(]|\\([^)]*\\))*";
    private static final ObjectGlob NONE = new ObjectGlob(List.of(), null);

    private final List<String> globs;
    private final Pattern pattern;

    private ObjectGlob(List<String> globs, Pattern pattern) {
        this.globs = globs;
        this.pattern = pattern;
    }

    /**
     * @param globs globs, any of which may match
     * @return the compiled globs; {@link #isEmpty() empty} (matching nothing) when none are given
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank glob
     */
    public static ObjectGlob of(String... globs) {
        return of(List.of(globs));
    }

    /**
     * @param globs globs, any of which may match
     * @return the compiled globs; {@link #isEmpty() empty} (matching nothing) when none are given
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} for a blank glob
     */
    public static ObjectGlob of(Collection<String> globs) {
        requireNonNull(globs, "globs");
        if (globs.isEmpty()) {
            return NONE;
        }
        List<String> copy = new ArrayList<>(globs.size());
        StringBuilder regex = new StringBuilder();
        for (String glob : globs) {
            requireValid(glob);
            copy.add(glob);
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:").append(toRegex(glob)).append(')');
        }
        return new ObjectGlob(List.copyOf(copy), Pattern.compile(regex.toString()));
    }

    /**
     * @param glob a glob
     * @return the glob
     * @throws DriftException with {@link DriftException.Reason#INVALID_ARGUMENT} when it is blank or has surrounding
     *                        blanks (which no identifier a person means to match has)
     */
    public static String requireValid(String glob) {
        if (glob == null || glob.isBlank()) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT,
                    "An object glob must not be empty. Write a path such as public.users, public.tmp_* or **.audit_*.");
        }
        if (!glob.equals(glob.strip())) {
            throw new DriftException(DriftException.Reason.INVALID_ARGUMENT, "The object glob '" + glob
                    + "' has blanks around it. Remove them (a name with blanks inside is written as is).");
        }
        return glob;
    }

    private static String toRegex(String glob) {
        StringBuilder out = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    out.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                if (c == '?') {
                    out.append('.');
                } else if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
                    out.append(".*");
                    i++;
                } else {
                    out.append(STAR);
                }
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            out.append(Pattern.quote(literal.toString()));
        }
        return out.toString();
    }

    /** @return the globs as written, in order */
    public List<String> globs() {
        return globs;
    }

    /** @return whether there are no globs (so nothing matches) */
    public boolean isEmpty() {
        return pattern == null;
    }

    /**
     * @param path a path
     * @return whether some glob matches the whole of its rendered text
     */
    public boolean matches(ObjectPath path) {
        return matches(path.toString());
    }

    /**
     * @param text a rendered path, or a schema name
     * @return whether some glob matches the whole of it
     */
    public boolean matches(String text) {
        return pattern != null && pattern.matcher(text).matches();
    }

    /**
     * @param text a rendered path
     * @return whether no glob matches {@code text} itself but some could match a longer text that starts with it: the
     *         path of one of the object's children
     */
    public boolean matchesSomeChildOf(String text) {
        if (pattern == null) {
            return false;
        }
        Matcher m = pattern.matcher(text);
        return !m.matches() && m.hitEnd();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ObjectGlob && ((ObjectGlob) o).globs.equals(globs);
    }

    @Override
    public int hashCode() {
        return globs.hashCode();
    }

    /** @return the globs, comma-separated */
    @Override
    public String toString() {
        return String.join(", ", globs);
    }
}
