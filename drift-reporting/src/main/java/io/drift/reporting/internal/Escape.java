package io.drift.reporting.internal;

import io.drift.core.report.ControlCharacters;

/**
 * Escaping for the markup formats. Every string that comes from a database or a caller goes through one of these, so
 * that it shows as the text it is and can never become markup: a table named {@code <img src=x onerror=alert(1)>} is
 * shown as those characters.
 *
 * <p>Characters that a terminal or a reader could be fooled by ({@link ControlCharacters#isUnsafe(char)}: controls, the
 * line separators, the bidirectional overrides) are written visibly, as the text format writes them: {@code \n},
 * {@code \t}, {@code \r}, {@code \}{@code uXXXX}. Where a format shows multi-line values as such ({@code <pre>}), line
 * feeds and tabs are kept.
 */
final class Escape {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Escape() {
    }

    /** Text or an attribute value in HTML: {@code & < > " '} as references, unsafe characters visible. */
    static StringBuilder html(StringBuilder out, CharSequence text) {
        return html(out, text, false);
    }

    /** As {@link #html}, but line feeds and tabs stay, for a {@code <pre>} block. */
    static StringBuilder htmlBlock(StringBuilder out, CharSequence text) {
        return html(out, text, true);
    }

    private static StringBuilder html(StringBuilder out, CharSequence text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '"':
                    out.append("&quot;");
                    break;
                case '\'':
                    out.append("&#39;");
                    break;
                default:
                    if (keepLines && (c == '\n' || c == '\t')) {
                        out.append(c);
                    } else if (ControlCharacters.isUnsafe(c)) {
                        visible(out, c);
                    } else {
                        out.append(c);
                    }
            }
        }
        return out;
    }

    /**
     * Text or an attribute value in XML 1.0: as HTML, and the characters XML 1.0 cannot hold at all (U+FFFE, U+FFFF,
     * a surrogate without its pair) are written visibly too, so that the document stays well-formed.
     */
    static StringBuilder xml(StringBuilder out, CharSequence text, boolean keepLines) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                out.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
                visible(out, c);
            } else if (c == '&') {
                out.append("&amp;");
            } else if (c == '<') {
                out.append("&lt;");
            } else if (c == '>') {
                out.append("&gt;");
            } else if (c == '"') {
                out.append("&quot;");
            } else if (c == '\'') {
                out.append("&apos;");
            } else if (keepLines && (c == '\n' || c == '\t')) {
                out.append(c);
            } else if (ControlCharacters.isUnsafe(c)) {
                visible(out, c);
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /** Appends {@code c} the way the text format shows an unsafe character. */
    static void visible(StringBuilder out, char c) {
        if (c == '\n') {
            out.append("\\n");
        } else if (c == '\t') {
            out.append("\\t");
        } else if (c == '\r') {
            out.append("\\r");
        } else {
            out.append("\\u").append(HEX[(c >> 12) & 0xF]).append(HEX[(c >> 8) & 0xF])
                    .append(HEX[(c >> 4) & 0xF]).append(HEX[c & 0xF]);
        }
    }

    /** @return {@code text} with every unsafe character written visibly, and nothing else changed */
    static String visible(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        ControlCharacters.appendEscaped(out, text);
        return out.toString();
    }
}
