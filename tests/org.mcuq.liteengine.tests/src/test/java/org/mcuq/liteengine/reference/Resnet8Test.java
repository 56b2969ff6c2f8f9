package org.mcuq.liteengine.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Shape;
import org.mcuq.liteengine.quant.QuantizationSpec;
import org.mcuq.liteengine.quant.QuantizedLayer;
import org.mcuq.liteengine.quant.QuantizedNetwork;
import org.mcuq.liteengine.quant.Quantizer;
import org.mcuq.liteengine.quant.Resnet8Builder;
import org.mcuq.liteengine.quant.TestNetworks;

/** ResNet-8 (12.5 M MACs): structure after preparation, agreement with float, and reference speed. */
class Resnet8Test {

    private static final Shape INPUT = new Shape(32, 32, 3);

    @Test
    void quantizesRunsFastAndTracksTheFloatNetwork() {
        Network net = Resnet8Builder.build(8);
        Random random = new Random(8);
        QuantizedNetwork q = Quantizer.quantize(net, QuantizationSpec.uniform(8, 8),
                TestNetworks.inputs(random, 8, INPUT, 0, 1));
        assertEquals(0, q.layers().stream().map(QuantizedLayer::source)
                .filter(l -> l.op() == OpType.BATCH_NORM || l.op() == OpType.RELU).count());
        List<float[]> images = TestNetworks.inputs(random, 5, INPUT, 0, 1);
        for (float[] image : images) {
            float[] expected = FloatInference.runAll(net, image).get("dense");
            float[] actual = q.tensor("dense").dequantize(ReferenceExecutor.runAll(q, q.quantizeInput(image))
                    .get("dense"));
            assertClose(expected, actual);
        }
        long start = System.nanoTime();
        for (float[] image : images) {
            ReferenceExecutor.run(q, q.quantizeInput(image));
        }
        double seconds = (System.nanoTime() - start) / 1e9 / images.size();
        System.out.printf("ResNet-8 integer reference: %.3f s per image%n", seconds);
        assertTrue(seconds < 1.0, "one integer inference took " + seconds + " s");
    }

    private static void assertClose(float[] expected, float[] actual) {
        double scale = 0;
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            scale = Math.max(scale, Math.abs(expected[i]));
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        assertTrue(worst <= 0.1 * scale, "logits off by " + worst + " of " + scale);
    }
}
