package io.drift.core.internal;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Suggests the name a person probably meant, for "unknown X; did you mean Y?" messages. */
public final class Names {

    private Names() {
    }

    /**
     * @param name       what was written
     * @param candidates the names that exist
     * @return the candidate closest to {@code name} (case-insensitive edit distance; of equally close ones, the first in
     *         name order, so that the answer does not depend on the collection's order), if any is within a third of
     *         its length (at least 2 edits): beyond that a suggestion misleads more than it helps
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name, candidate);
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best != null && bestDistance <= Math.max(2, name.length() / 3) ? Optional.of(best) : Optional.empty();
    }

    /**
     * @param name       what was written
     * @param candidates the names that exist
     * @return the candidate closest to {@code name}, however far, or {@code null} when there are none
     */
    public static String nearest(String name, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(name, candidate);
            if (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0)) {
                best = candidate;
                bestDistance = d;
            }
        }
        return best;
    }

    /**
     * @param name       what was written
     * @param candidates the names that exist
     * @return {@code " Did you mean 'x'?"} when one is close, else the empty string
     */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(c -> " Did you mean '" + c + "'?").orElse("");
    }

    /**
     * @return the edit distance between the two, ignoring case, where swapping two adjacent characters is one edit
     *         (optimal string alignment), since that is the commonest typo ({@code mni} for {@code min})
     */
    public static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] before = new int[y.length() + 1];
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= x.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && x.charAt(i - 1) == y.charAt(j - 2) && x.charAt(i - 2) == y.charAt(j - 1)) {
                    cur[j] = Math.min(cur[j], before[j - 2] + 1);
                }
            }
            int[] t = before;
            before = prev;
            prev = cur;
            cur = t;
        }
        return prev[y.length()];
    }
}
