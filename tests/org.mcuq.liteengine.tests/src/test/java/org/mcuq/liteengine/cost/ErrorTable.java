package org.mcuq.liteengine.cost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Relative errors of estimates against measurements, grouped: error of the group's sum, mean |error| and the
 * worst error, then the same over all items.
 */
final class ErrorTable {

    private ErrorTable() {
    }

    static <T> String of(String title, List<T> items, Function<T, String> group, ToDoubleFunction<T> estimate,
            ToDoubleFunction<T> measured) {
        Map<String, double[]> stats = new TreeMap<>();
        double[] total = new double[5];
        for (T item : items) {
            double e = estimate.applyAsDouble(item);
            double m = measured.applyAsDouble(item);
            accumulate(stats.computeIfAbsent(group.apply(item), k -> new double[5]), e, m);
            accumulate(total, e, m);
        }
        StringBuilder text = new StringBuilder(title + "\n" + String.format("  %-44s %6s %14s %9s %9s %9s%n",
                "group", "count", "measured", "sum err", "mean|err|", "worst"));
        stats.forEach((name, s) -> row(text, name, s));
        row(text, "all", total);
        return text.toString();
    }

    /** Sums of estimates and measurements, sum of |error|, the worst error and the count. */
    private static void accumulate(double[] s, double estimate, double measured) {
        double error = (estimate - measured) / measured;
        s[0] += estimate;
        s[1] += measured;
        s[2] += Math.abs(error);
        s[3] = Math.abs(error) > Math.abs(s[3]) ? error : s[3];
        s[4]++;
    }

    private static void row(StringBuilder text, String name, double[] s) {
        text.append(String.format("  %-44s %6d %,14.0f %+8.2f%% %8.2f%% %+8.2f%%%n", name, (int) s[4], s[1],
                100 * (s[0] - s[1]) / s[1], 100 * s[2] / s[4], 100 * s[3]));
    }
}
