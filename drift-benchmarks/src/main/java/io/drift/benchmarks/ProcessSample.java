package io.drift.benchmarks;

/**
 * One run of an external process.
 *
 * @param seconds    wall-clock time from start to exit
 * @param peakRssKb  the process's peak resident set size in KiB (its high-water mark), or -1 when unknown
 * @param outputSize the size in bytes of the file it wrote, or -1
 */
public record ProcessSample(double seconds, long peakRssKb, long outputSize) {
}
