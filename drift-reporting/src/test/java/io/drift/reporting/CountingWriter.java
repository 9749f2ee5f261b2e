package io.drift.reporting;

import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A writer that keeps no output, only what a test needs to judge it: how much was written and in how many calls, the
 * largest single call, the first and last few thousand characters, and how often given markers occurred (also across
 * call boundaries). It fails the test if a renderer closes it.
 */
final class CountingWriter extends Writer {

    /** A power of two. */
    private static final int KEEP = 4096;

    private final String[] markers;
    private final int carryLength;
    private final long[] counts;
    private final StringBuilder head = new StringBuilder();
    private final char[] tail = new char[KEEP];
    private String carry = "";
    private long chars;
    private long writes;
    private int largestWrite;

    CountingWriter(String... markers) {
        this.markers = markers.clone();
        this.counts = new long[markers.length];
        this.carryLength = Arrays.stream(markers).mapToInt(String::length).max().orElse(1) - 1;
    }

    @Override
    public void write(char[] buffer, int offset, int length) {
        writes++;
        largestWrite = Math.max(largestWrite, length);
        if (head.length() < KEEP) {
            head.append(buffer, offset, Math.min(length, KEEP - head.length()));
        }
        for (int i = Math.max(0, length - KEEP); i < length; i++) {
            tail[(int) (chars + i) & (KEEP - 1)] = buffer[offset + i];
        }
        chars += length;
        // Count a match only if it ends in the new chunk; one that lies within the carry was counted before.
        String window = carry + new String(buffer, offset, length);
        for (int m = 0; m < markers.length; m++) {
            for (int i = window.indexOf(markers[m]); i >= 0; i = window.indexOf(markers[m], i + 1)) {
                if (i + markers[m].length() > carry.length()) {
                    counts[m]++;
                }
            }
        }
        carry = window.substring(Math.max(0, window.length() - carryLength));
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
