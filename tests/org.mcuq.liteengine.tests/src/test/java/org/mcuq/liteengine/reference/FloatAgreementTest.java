package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.ir.WeightedLayer;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.quant.TestNetworks;

/** The integer network approximates the float network, and each integer layer is its float layer, rounded. */
class FloatAgreementTest {

    private static final Shape INPUT = new Shape(10, 10, 2);

    @Test
    void eightBitLogitsStayCloseToFloatOnRandomNetworks() {
        for (long seed = 1; seed <= 6; seed++) {
            Network net = TestNetworks.mixed(seed);
            List<float[]> calibration = TestNetworks.inputs(new Random(seed), 32, INPUT, 0, 1);
            QuantizedNetwork q = Quantizer.quantize(net, QuantizationSpec.uniform(8, 8), calibration);
            double worst = 0;
            double scale = 0;
            // inputs seen in calibration, so that no logit exceeds the calibrated output range and is clipped
            for (float[] x : calibration.subList(0, 8)) {
                float[] expected = FloatInference.runAll(net, x).get("fc");
                float[] actual = q.tensor("fc").dequantize(
                        ReferenceExecutor.runAll(q, q.quantizeInput(x)).get("fc"));
                for (int i = 0; i < expected.length; i++) {
                    worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
                    scale = Math.max(scale, Math.abs(expected[i]));
                }
            }
            double relative = worst / scale;
            assertTrue(relative < 0.03, "seed " + seed + ": logits off by " + worst + " of " + scale);
        }
    }

    @Test
    void everyRequantizingLayerIsItsFloatLayerRoundedToTheOutputStep() {
        for (int bits : new int[] {8, 4}) {
            Network net = TestNetworks.mixed(bits);
            Random random = new Random(bits);
            QuantizedNetwork q = Quantizer.quantize(net, QuantizationSpec.uniform(bits, bits),
                    TestNetworks.inputs(random, 16, INPUT, 0, 1));
            Map<String, int[]> tensors = ReferenceExecutor.runAll(q,
                    q.quantizeInput(TestNetworks.inputs(random, 1, INPUT, 0, 1).get(0)));
            for (QuantizedLayer layer : q.layers()) {
                float[] real = floatOf(q, layer, tensors);
                if (real != null) {
                    assertRounded(layer, real, tensors.get(layer.name()));
                }
            }
        }
    }

    /** The float result of {@code layer} on the dequantized integer inputs, or null for other layer kinds. */
    private static float[] floatOf(QuantizedNetwork q, QuantizedLayer layer, Map<String, int[]> tensors) {
        if (layer instanceof QuantizedWeightedLayer w && w.source() instanceof WeightedLayer source) {
            String input = source.input();
            float[] x = q.tensor(input).dequantize(tensors.get(input));
            WeightedLayer dequantized = ((WeightedLayer) source.withInput("x")).withParameters(dequantizedWeights(w),
                    source.bias());
            Network one = new Network("one", List.of(new InputLayer("x", q.shapeOf(input)), dequantized));
            return FloatInference.run(one, x);
        }
        if (layer instanceof QuantizedScaledSum s) {
            return scaledSum(q, s, tensors);
        }
        return null;
    }

    private static float[] dequantizedWeights(QuantizedWeightedLayer w) {
        float[] real = new float[w.weights().length];
        for (int i = 0; i < real.length; i++) {
            real[i] = w.weights()[i] * w.weightSteps()[i % w.channels()];
        }
        return real;
    }

    /** Sum of the dequantized inputs; the clamp bounds in {@link #assertRounded} apply the activation. */
    private static float[] scaledSum(QuantizedNetwork q, QuantizedScaledSum s, Map<String, int[]> tensors) {
        float[] sum = new float[tensors.get(s.name()).length];
        for (String input : s.inputs()) {
            float[] x = q.tensor(input).dequantize(tensors.get(input));
            for (int i = 0; i < sum.length; i++) {
                sum[i] += x[i];
            }
        }
        return sum;
    }

    /** The integer output differs from the float result, rounded and clamped, by at most one step. */
    private static void assertRounded(QuantizedLayer layer, float[] real, int[] actual) {
        TensorQuantization out = layer.output();
        int low = layer instanceof QuantizedWeightedLayer w ? w.clampMin() : ((QuantizedScaledSum) layer).clampMin();
        int high = layer instanceof QuantizedWeightedLayer w ? w.clampMax() : ((QuantizedScaledSum) layer).clampMax();
        int mismatches = 0;
        for (int i = 0; i < real.length; i++) {
            long expected = Math.min(Math.max(Math.round(real[i] / (double) out.step()), low), high);
            assertTrue(Math.abs(expected - actual[i]) <= 1, layer.name() + "[" + i + "]: " + actual[i] + " vs "
                    + expected);
            mismatches += expected == actual[i] ? 0 : 1;
        }
        assertTrue(mismatches <= Math.max(1, real.length / 50), layer.name() + ": " + mismatches + " of "
                + real.length + " off by one");
    }
}
