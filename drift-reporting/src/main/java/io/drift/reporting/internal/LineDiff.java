package io.drift.reporting.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * Two versions of a multi-line value (a view's or a function's body) as the lines of a unified diff without headers:
 * {@code "  "} for a line both have, {@code "- "} for the expected side's, {@code "+ "} for the actual side's. Lines
 * are matched by their longest common subsequence when both sides are short enough for that to be cheap, and listed
 * one side after the other when not. The result is cut to a number of lines and characters, saying how much was cut.
 */
final class LineDiff {

    /** Above this many lines on a side, no matching: the cost is quadratic. */
    private static final int MATCH_LIMIT = 400;

    private LineDiff() {
    }

    static List<String> of(List<String> expected, List<String> actual, int maxLines, int maxChars) {
        List<String> out = new ArrayList<>();
        if (expected.size() > MATCH_LIMIT || actual.size() > MATCH_LIMIT) {
            expected.forEach(l -> out.add("- " + l));
            actual.forEach(l -> out.add("+ " + l));
            return cut(out, maxLines, maxChars);
        }
        int n = expected.size();
        int m = actual.size();
        int[][] common = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                common[i][j] = expected.get(i).equals(actual.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && expected.get(i).equals(actual.get(j))) {
                out.add("  " + expected.get(i));
                i++;
                j++;
            } else if (j >= m || (i < n && common[i + 1][j] >= common[i][j + 1])) {
                out.add("- " + expected.get(i++));
            } else {
                out.add("+ " + actual.get(j++));
            }
        }
        return cut(out, maxLines, maxChars);
    }

    /** @return at most {@code maxLines} lines and about {@code maxChars} characters, and a line saying what was cut */
    static List<String> cut(List<String> lines, int maxLines, int maxChars) {
        List<String> out = new ArrayList<>();
        int chars = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (out.size() == maxLines || chars + line.length() > maxChars) {
                int left = lines.size() - i;
                String cutLine = line.length() > maxChars - chars && out.isEmpty()
                        ? line.substring(0, Math.max(0, maxChars - chars)) : null;
                if (cutLine != null) {
                    out.add(cutLine + " …");
                    left--;
                }
                out.add("… (" + Labels.plural(left, "more line") + " not shown)");
                return out;
            }
            out.add(line);
            chars += line.length() + 1;
        }
        return out;
    }
}
