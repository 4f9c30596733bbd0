package ng.korrect.bench.bus;

import java.util.List;

/** Small statistics over the rounds of a figure. */
final class Stats {

    private Stats() {
    }

    /** The median, or NaN for no values. */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
