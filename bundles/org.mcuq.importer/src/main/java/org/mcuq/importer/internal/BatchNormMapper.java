package org.mcuq.importer.internal;

import java.util.Arrays;
import java.util.List;

import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Layer;

/**
 * Maps DL4J batch normalisation to IR {@link BatchNorm}. DL4J stores either the variance ("var") or, with
 * {@code useLogStd}, {@code log10} of its square root ("log10stdev"); epsilon is added at inference in both cases.
 * Locked gamma/beta are constants of the configuration.
 */
final class BatchNormMapper {

    private BatchNormMapper() {
    }

    static List<Layer> batchNorm(SourceNode node, BatchNormalization conf, String input) {
        float[] mean = WeightLayouts.rowMajor(node.param("mean"));
        int channels = mean.length;
        float eps = (float) conf.getEps();
        float[] gamma = conf.isLockGammaBeta() ? filled(channels, conf.getGamma())
                : WeightLayouts.rowMajor(node.param("gamma"));
        float[] beta = conf.isLockGammaBeta() ? filled(channels, conf.getBeta())
                : WeightLayouts.rowMajor(node.param("beta"));
        return List.of(new BatchNorm(node.name(), input, gamma, beta, mean, variance(node), eps));
    }

    private static float[] variance(SourceNode node) {
        if (!node.params().containsKey("log10stdev")) {
            return WeightLayouts.rowMajor(node.param("var"));
        }
        float[] log10Std = WeightLayouts.rowMajor(node.param("log10stdev"));
        float[] variance = new float[log10Std.length];
        for (int c = 0; c < variance.length; c++) {
            double std = Math.pow(10, log10Std[c]);
            variance[c] = (float) (std * std);
        }
        return variance;
    }

    private static float[] filled(int n, double value) {
        float[] values = new float[n];
        Arrays.fill(values, (float) value);
        return values;
    }
}
