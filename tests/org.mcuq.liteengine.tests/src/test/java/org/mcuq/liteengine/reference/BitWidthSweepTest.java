package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Network;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.QuantizedScaledSum;
import org.mcuq.liteengine.quant.QuantizedWeightedLayer;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.TensorQuantization;
import org.mcuq.liteengine.quant.TestNetworks;
import org.mcuq.liteengine.quant.WeightFormat;

/** Every (weight bits, activation bits) pair in 1..8 quantizes and runs with every tensor inside its range. */
class BitWidthSweepTest {

    private static final Shape INPUT = new Shape(10, 10, 2);

    @Test
    void allBitWidthPairsProduceTensorsWithinTheirRanges() {
        Network net = TestNetworks.mixed(11);
        Random random = new Random(11);
        List<float[]> calibration = TestNetworks.inputs(random, 8, INPUT, 0, 1);
        List<float[]> inputs = TestNetworks.inputs(random, 2, INPUT, -0.2, 1.5);
        for (int w = 1; w <= 8; w++) {
            for (int a = 1; a <= 8; a++) {
                QuantizedNetwork q = Quantizer.quantize(net, QuantizationSpec.uniform(w, a), calibration);
                for (float[] x : inputs) {
                    assertWithinRanges(q, ReferenceExecutor.runAll(q, q.quantizeInput(x)), "W" + w + "A" + a);
                }
                assertWeightsWithinRange(q, w);
            }
        }
    }

    private static void assertWithinRanges(QuantizedNetwork q, Map<String, int[]> tensors, String policy) {
        for (QuantizedLayer layer : q.layers()) {
            TensorQuantization format = layer.output();
            int low = format.min();
            int high = format.max();
            if (layer instanceof QuantizedWeightedLayer w) {
                low = w.clampMin();
                high = w.clampMax();
            } else if (layer instanceof QuantizedScaledSum s) {
                low = s.clampMin();
                high = s.clampMax();
            }
            assertTrue(low >= format.min() && high <= format.max(), policy + " " + layer.name() + " clamp");
            for (int v : tensors.get(layer.name())) {
                assertTrue(v >= low && v <= high, policy + " " + layer.name() + ": " + v + " outside " + low + ".."
                        + high);
            }
        }
    }

    private static void assertWeightsWithinRange(QuantizedNetwork q, int bits) {
        for (QuantizedLayer layer : q.layers()) {
            if (layer instanceof QuantizedWeightedLayer w) {
                for (byte v : w.weights()) {
                    assertTrue(v >= WeightFormat.min(bits) && v <= WeightFormat.max(bits) && (bits > 1 || v != 0),
                            layer.name() + " weight " + v + " at " + bits + " bits");
                }
            }
        }
    }
}
