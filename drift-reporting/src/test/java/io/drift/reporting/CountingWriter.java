package io.drift.reporting;

import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * A writer that keeps no output, only what a test needs to judge it: how much was written and in how many calls, the
 * largest single call, the first and last few thousand characters, and how often given markers occurred (matched
 * character by character, so also across call boundaries). It fails the test if a renderer closes it.
 */
final class CountingWriter extends Writer {

    /** A power of two. */
    private static final int KEEP = 4096;

    private final String[] markers;
    private final int[][] fallback;
    private final int[] matched;
    private final long[] counts;
    private final StringBuilder head = new StringBuilder();
    private final char[] tail = new char[KEEP];
    private long chars;
    private long writes;
    private int largestWrite;

    CountingWriter(String... markers) {
        this.markers = markers.clone();
        this.fallback = new int[markers.length][];
        this.matched = new int[markers.length];
        this.counts = new long[markers.length];
        for (int m = 0; m < markers.length; m++) {
            fallback[m] = failureFunction(markers[m]);
        }
    }

    /** Knuth–Morris–Pratt: how much of the marker still matches after a mismatch at each position. */
    private static int[] failureFunction(String marker) {
        int[] f = new int[marker.length() + 1];
        f[0] = -1;
        for (int i = 1, k = -1; i <= marker.length(); i++) {
            while (k >= 0 && marker.charAt(k) != marker.charAt(i - 1)) {
                k = f[k];
            }
            f[i] = ++k;
        }
        return f;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        writes++;
        largestWrite = Math.max(largestWrite, length);
        if (head.length() < KEEP) {
            head.append(buffer, offset, Math.min(length, KEEP - head.length()));
        }
        for (int i = offset; i < offset + length; i++) {
            char c = buffer[i];
            tail[(int) chars & (KEEP - 1)] = c;
            chars++;
            for (int m = 0; m < markers.length; m++) {
                int k = matched[m];
                while (k >= 0 && markers[m].charAt(k) != c) {
                    k = fallback[m][k];
                }
                k++;
                if (k == markers[m].length()) {
                    counts[m]++;
                    k = fallback[m][k];
                }
                matched[m] = k;
            }
        }
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        throw new AssertionError("a renderer must not close the writer");
    }

    long chars() {
        return chars;
    }

    long writes() {
        return writes;
    }

    int largestWrite() {
        return largestWrite;
    }

    String head() {
        return head.toString();
    }

    /** @return the last (up to) 4096 characters written */
    String tail() {
        int n = (int) Math.min(chars, KEEP);
        StringBuilder out = new StringBuilder(n);
        for (long i = chars - n; i < chars; i++) {
            out.append(tail[(int) i & (KEEP - 1)]);
        }
        return out.toString();
    }

    long count(String marker) {
        for (int m = 0; m < markers.length; m++) {
            if (markers[m].equals(marker)) {
                return counts[m];
            }
        }
        throw new IllegalArgumentException("not a marker: " + marker);
    }

    List<Long> counts() {
        List<Long> list = new ArrayList<>();
        for (long c : counts) {
            list.add(c);
        }
        return list;
    }
}
