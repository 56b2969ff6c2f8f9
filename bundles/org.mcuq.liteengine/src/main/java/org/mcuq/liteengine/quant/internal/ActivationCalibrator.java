package org.mcuq.liteengine.quant.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Network;

/** Runs float inference over calibration inputs and samples the magnitudes of chosen tensors. */
public final class ActivationCalibrator {

    /** Magnitudes kept per tensor: enough for a stable MSE threshold, small enough for ResNet-sized tensors. */
    static final int SAMPLE_CAPACITY = 1 << 16;

    private ActivationCalibrator() {
    }

    /** Samples of the output tensors of {@code layers}, keyed by layer name. */
    public static Map<String, MagnitudeSample> sample(Network network, Set<String> layers, List<float[]> inputs) {
        Map<String, MagnitudeSample> samples = new LinkedHashMap<>();
        int seed = 0;
        for (String layer : layers) {
            samples.put(layer, new MagnitudeSample(SAMPLE_CAPACITY, ++seed));
        }
        for (float[] input : inputs) {
            Map<String, float[]> outputs = FloatInference.runAll(network, input);
            samples.forEach((layer, sample) -> sample.offer(outputs.get(layer)));
        }
        return samples;
    }
}
