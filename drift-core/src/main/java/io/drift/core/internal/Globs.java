package io.drift.core.internal;

import java.util.Collection;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A list of globs compiled once into one pattern. {@code *} matches a run of characters other than {@code .} and
 * {@code /}, where a parenthesised group counts as one run (so {@code public.*} matches the routine
 * {@code public.f(public.mood)}); {@code **} matches anything; {@code ?} one character; everything else itself.
 */
final class Globs {

    // A run without separators; "(…)" is skipped whole so that a routine's argument list does not end it.
    private static final String STAR = "(?:[^./(]|\\([^)]*\\))*";

    private final Pattern pattern;

    private Globs(Pattern pattern) {
        this.pattern = pattern;
    }

    /** @return the compiled globs, or {@code null} when there are none (which callers treat as "no filter") */
    static Globs compile(Collection<String> globs) {
        if (globs.isEmpty()) {
            return null;
        }
        StringBuilder regex = new StringBuilder();
        for (String glob : globs) {
            if (regex.length() > 0) {
                regex.append('|');
            }
            regex.append("(?:").append(toRegex(glob)).append(')');
        }
        return new Globs(Pattern.compile(regex.toString()));
    }

    static String toRegex(String glob) {
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

    /** @return whether some glob matches the whole of {@code text} */
    boolean matches(String text) {
        return pattern.matcher(text).matches();
    }

    /**
     * @return whether some glob matches {@code text} (2), or could match a longer text that starts with it (1), or
     *         neither (0): the longer texts being the paths of the object's children
     */
    int matchesOrPrefix(String text) {
        Matcher m = pattern.matcher(text);
        if (m.matches()) {
            return 2;
        }
        return m.hitEnd() ? 1 : 0;
    }
}
