package io.drift.reporting.internal;

import io.drift.core.report.ControlCharacters;

/**
 * Escaping for GitHub- and GitLab-flavoured Markdown, by context. Text from a database is never interpreted: not as
 * emphasis, a link, an image, HTML, an entity, a heading, a list, a table cell boundary or a code fence.
 */
final class Md {

    private static final String PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

    private Md() {
    }

    /**
     * Inline text (a paragraph, a table cell, a list item): every ASCII punctuation character is backslash-escaped,
     * which CommonMark defines for exactly this purpose, so none of them can start markup (a {@code \|} also keeps a
     * table cell whole); unsafe characters, line feeds among them, are written visibly ({@code \n}), so the text stays
     * on its line.
     */
    static StringBuilder text(StringBuilder out, CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80 && PUNCTUATION.indexOf(c) >= 0) {
                out.append('\\').append(c);
            } else if (ControlCharacters.isUnsafe(c)) {
                StringBuilder v = new StringBuilder(6);
                Escape.visible(v, c);
                out.append('\\').append(v);   // the backslash of \n, escaped
            } else {
                out.append(c);
            }
        }
        return out;
    }

    /**
     * A code span: the text exactly (unsafe characters visible), between backtick fences longer than any run of
     * backticks in it. In a table cell ({@code inTable}) a {@code |} is written {@code \|}, which GitHub and GitLab
     * read as a pipe even inside a code span; elsewhere it is written as it is.
     */
    static StringBuilder code(StringBuilder out, CharSequence text, boolean inTable) {
        String value = Escape.visible(text);
        if (value.isEmpty()) {
            return out.append("*(empty)*");
        }
        String fence = "`".repeat(longestRun(value, '`') + 1);
        boolean pad = value.charAt(0) == '`' || value.charAt(value.length() - 1) == '`'
                || (value.charAt(0) == ' ' && value.charAt(value.length() - 1) == ' ' && !value.isBlank());
        out.append(fence);
        if (pad) {
            out.append(' ');
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '|' && inTable) {
                out.append("\\|");
            } else {
                out.append(c);
            }
        }
        if (pad) {
            out.append(' ');
        }
        return out.append(fence);
    }

    /**
     * A fenced code block: the fence is longer than any run of backticks in the content, so no line of it can close
     * the block; each line is kept, with other unsafe characters visible.
     *
     * @param lines the lines of the block, without line ends
     */
    static StringBuilder fence(StringBuilder out, String info, Iterable<String> lines) {
        int longest = 0;
        for (String line : lines) {
            longest = Math.max(longest, longestRun(line, '`'));
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        out.append(fence).append(info).append('\n');
        for (String line : lines) {
            ControlCharacters.appendEscaped(out, line);
            out.append('\n');
        }
        return out.append(fence).append('\n');
    }

    static int longestRun(CharSequence text, char c) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == c ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return longest;
    }
}
