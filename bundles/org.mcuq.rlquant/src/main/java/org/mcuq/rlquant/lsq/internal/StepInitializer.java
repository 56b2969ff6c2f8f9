package org.mcuq.rlquant.lsq.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.TensorQuantization;

/** Initial step sizes: LSQ's rule on the float model, or the engine's post-training calibration. */
public final class StepInitializer {

    private StepInitializer() {
    }

    /**
     * {@code 2 mean|v| / sqrt(Q_P)} per weight channel and per step-owning tensor (mean over {@code samples});
     * 1-bit weights start at {@code mean|w|}. A step that would be 0 (all values zero) becomes {@code 1 / Q_P}.
     */
    public static InitialSteps lsq(Network network, Map<String, TensorQuantization> formats, QuantizationSpec bits,
            List<float[]> samples) {
        Map<String, float[]> weightSteps = new LinkedHashMap<>();
        for (Layer layer : network.layers()) {
            if (layer instanceof WeightedLayer w) {
                QuantRange range = QuantRange.weights(bits.bitsOf(w.name()).orElseThrow().weightBits());
                weightSteps.put(w.name(), channelSteps(w, range));
            }
        }
        Map<String, Double> means = meanMagnitudes(network, samples);
        Map<String, Float> activationSteps = new LinkedHashMap<>();
        means.forEach((name, mean) -> activationSteps.put(name,
                positive(QuantRange.of(formats.get(name)).initialStep(mean), QuantRange.of(formats.get(name)))));
        return new InitialSteps(weightSteps, activationSteps);
    }

    /** The steps of a calibrated quantization of the same network. */
    public static InitialSteps calibrated(QuantizedNetwork quantized) {
        Map<String, float[]> weightSteps = new LinkedHashMap<>();
        Map<String, Float> activationSteps = new LinkedHashMap<>();
        for (QuantizedLayer layer : quantized.layers()) {
            if (layer instanceof QuantizedWeightedLayer w) {
                weightSteps.put(w.name(), w.weightSteps().clone());
            }
            if (StepOwners.ownsStep(layer.source())) {
                activationSteps.put(layer.name(), layer.output().step());
            }
        }
        return new InitialSteps(weightSteps, activationSteps);
    }

    private static float[] channelSteps(WeightedLayer layer, QuantRange range) {
        int channels = layer.outChannels();
        double[] sums = new double[channels];
        float[] w = layer.weights();
        for (int i = 0; i < w.length; i++) {
            sums[i % channels] += Math.abs(w[i]);
        }
        float[] steps = new float[channels];
        for (int c = 0; c < channels; c++) {
            steps[c] = positive(range.initialStep(sums[c] / (w.length / channels)), range);
        }
        return steps;
    }

    private static Map<String, Double> meanMagnitudes(Network network, List<float[]> samples) {
        Map<String, Double> sums = new LinkedHashMap<>();
        Map<String, Long> counts = new LinkedHashMap<>();
        for (float[] sample : samples) {
            FloatInference.runAll(network, sample).forEach((name, values) -> {
                if (StepOwners.ownsStep(network.layer(name))) {
                    sums.merge(name, sumAbs(values), Double::sum);
                    counts.merge(name, (long) values.length, Long::sum);
                }
            });
        }
        Map<String, Double> means = new LinkedHashMap<>();
        sums.forEach((name, sum) -> means.put(name, sum / counts.get(name)));
        return means;
    }

    private static double sumAbs(float[] values) {
        double sum = 0;
        for (float v : values) {
            sum += Math.abs(v);
        }
        return sum;
    }

    private static float positive(double step, QuantRange range) {
        float f = (float) step;
        return f > 0f && Float.isFinite(f) ? f : 1f / range.positiveLevels();
    }
}
