package org.mcuq.liteengine.cost;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.liteengine.cost.internal.Features;

/**
 * Weighted ridge least squares over sparse feature rows: minimises sum_i ((y_i - x_i b) / y_i)^2 (relative errors,
 * so small layers count as much as large ones) plus lambda(level) b_k^2, where a feature key's level is 0 for a
 * base name and grows with the depth of its variant tag. The tiny penalty on base names only keeps the system
 * well posed; the larger one on variants shrinks a variant towards its coarser level unless the data needs it.
 */
final class RidgeFit {

    /** One measured kernel: its features and the measured value. */
    record Row(Map<String, Double> features, double value) {
    }

    private static final double BASE_PENALTY = 1e-9;
    private static final double VARIANT_PENALTY = 3e-5;

    private RidgeFit() {
    }

    static Map<String, Double> fit(List<Row> rows) {
        List<String> keys = new ArrayList<>();
        Map<String, Integer> index = new LinkedHashMap<>();
        rows.forEach(row -> row.features().keySet().forEach(k -> index.computeIfAbsent(k, x -> {
            keys.add(x);
            return keys.size() - 1;
        })));
        int p = keys.size();
        double[][] a = new double[p][p];
        double[] b = new double[p];
        for (Row row : rows) {
            accumulate(row, index, a, b);
        }
        for (int k = 0; k < p; k++) {
            int level = Features.level(keys.get(k));
            a[k][k] += level == 0 ? BASE_PENALTY : VARIANT_PENALTY * level;
        }
        double[] beta = Cholesky.solve(a, b);
        Map<String, Double> coefficients = new LinkedHashMap<>();
        for (int k = 0; k < p; k++) {
            coefficients.put(keys.get(k), beta[k]);
        }
        return coefficients;
    }

    private static void accumulate(Row row, Map<String, Integer> index, double[][] a, double[] b) {
        double weight = 1 / (row.value() * row.value());
        int n = row.features().size();
        int[] at = new int[n];
        double[] x = new double[n];
        int i = 0;
        for (Map.Entry<String, Double> e : row.features().entrySet()) {
            at[i] = index.get(e.getKey());
            x[i++] = e.getValue();
        }
        for (int u = 0; u < n; u++) {
            b[at[u]] += weight * x[u] * row.value();
            for (int v = 0; v < n; v++) {
                a[at[u]][at[v]] += weight * x[u] * x[v];
            }
        }
    }
}
