package io.drift.core.report;

/**
 * The characters no report may pass through raw when they come from a database or a user: a table comment or a view
 * body can hold anything, and a terminal obeys what it is sent; and a name may hold characters that print as nothing,
 * so that {@code public.user\u200Bs} reads as {@code public.users}.
 *
 * @since 0.1.0
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /**
     * @param c a character
     * @return whether {@code c} must be escaped: C0 and C1 controls and DEL (ESC starts a terminal sequence, and
     *         U+009B is a one-character CSI); the line and paragraph separators; the bidirectional marks and
     *         overrides that make text display in another order than it reads ("Trojan Source"); and the characters
     *         that print as nothing or next to nothing, so that two names that differ by one read alike: the
     *         zero-width space, joiners and non-joiners (U+200B–U+200D), the word joiner and invisible operators
     *         (U+2060–U+2064), the deprecated format characters (U+206A–U+206F), the byte-order mark (U+FEFF), the
     *         soft hyphen (U+00AD), the combining grapheme joiner (U+034F), the Hangul fillers (U+115F, U+1160,
     *         U+3164, U+FFA0), the Khmer inherent vowels (U+17B4, U+17B5), the Mongolian free variation selectors
     *         and vowel separator (U+180B–U+180F), the variation selectors (U+FE00–U+FE0F) and the interlinear
     *         annotation characters (U+FFF9–U+FFFB)
     * @since 0.1.0
     */
    public static boolean isUnsafe(char c) {
        if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            return true;
        }
        if (c < 0xAD) {
            return false;
        }
        return c == 0xAD
                || c == 0x034F
                || c == 0x061C
                || c == 0x115F || c == 0x1160
                || c == 0x17B4 || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F)
                || (c >= 0x200B && c <= 0x200F)
                || (c >= 0x2028 && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x2064)
                || (c >= 0x2066 && c <= 0x206F)
                || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFEFF
                || c == 0xFFA0
                || (c >= 0xFFF9 && c <= 0xFFFB);
    }

    /**
     * Appends {@code text[from, to)}, with {@code \t}, {@code \r}, {@code \n} and every other unsafe character
     * written as {@code \}{@code uXXXX}.
     *
     * @param out  where to append
     * @param text the text
     * @param from the first index to append
     * @param to   the index after the last to append
     * @since 0.1.0
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

    /**
     * Appends {@code text} escaped as {@link #appendEscaped(StringBuilder, CharSequence, int, int)} does.
     *
     * @param out  where to append
     * @param text the text
     * @since 0.1.0
     */
    public static void appendEscaped(StringBuilder out, CharSequence text) {
        appendEscaped(out, text, 0, text.length());
    }

    /**
     * @param text a text, or {@code null}
     * @return the text escaped as {@link #appendEscaped(StringBuilder, CharSequence, int, int)} does, or {@code null}
     * @since 0.1.0
     */
    public static String escape(CharSequence text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (isUnsafe(text.charAt(i))) {
                StringBuilder out = new StringBuilder(text.length() + 16);
                appendEscaped(out, text);
                return out.toString();
            }
        }
        return text.toString();
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
}
