package io.drift.benchmarks;

import java.util.Arrays;
import java.util.List;

/**
 * Summary of repeated measurements: median, quartiles (linear interpolation), min and max.
 *
 * @param n      how many
 * @param median the median
 * @param q1     the first quartile
 * @param q3     the third quartile
 * @param min    the smallest
 * @param max    the largest
 * @param values every measurement, in the order taken
 */
public record Stats(int n, double median, double q1, double q3, double min, double max, List<Double> values) {

    public Stats {
        values = List.copyOf(values);
    }

    /**
     * @param values measurements, at least one
     * @return their summary
     */
    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(sorted);
        return new Stats(sorted.length, quantile(sorted, 0.5), quantile(sorted, 0.25), quantile(sorted, 0.75),
                sorted[0], sorted[sorted.length - 1], values);
    }

    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = (int) Math.ceil(pos);
        return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
    }
}
