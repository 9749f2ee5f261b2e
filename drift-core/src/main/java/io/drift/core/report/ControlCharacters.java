package io.drift.core.report;

/**
 * The characters no report may pass through raw when they come from a database: a table comment or a view body can
 * hold anything, and a terminal obeys what it is sent.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * @return whether {@code c} must be escaped: C0 and C1 controls and DEL (ESC starts a terminal sequence, and
     *         U+009B is a one-character CSI), the line and paragraph separators, and the bidirectional overrides that
     *         make text display in another order than it reads ("Trojan Source")
     */
    public static boolean isUnsafe(char c) {
        return c < 0x20
                || (c >= 0x7F && c <= 0x9F)
                || c == 0x061C
                || c == 0x200E || c == 0x200F
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069);
    }

    /**
     * Appends {@code text[from, to)}, with {@code \t}, {@code \r}, {@code \n} and every other unsafe character
     * written as {@code \}{@code uXXXX}.
     */
    public static void appendEscaped(StringBuilder out, CharSequence text, int from, int to) {
        int clean = from;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (!isUnsafe(c)) {
                continue;
            }
            out.append(text, clean, i);
            clean = i + 1;
            if (c == '\t') {
                out.append("\\t");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\n') {
                out.append("\\n");
            } else {
                out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                        .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
            }
        }
        out.append(text, clean, to);
    }

    public static void appendEscaped(StringBuilder out, CharSequence text) {
        appendEscaped(out, text, 0, text.length());
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
