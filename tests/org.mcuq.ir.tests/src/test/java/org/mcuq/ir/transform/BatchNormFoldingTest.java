package org.mcuq.ir.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Fixtures;
import org.mcuq.ir.Resnet8;

class BatchNormFoldingTest {

    private final Random random = new Random(7);

    private BatchNorm bn(String name, String input, int c) {
        return new BatchNorm(name, input, Fixtures.between(random, c, 0.5, 2), Fixtures.uniform(random, c, 1),
                Fixtures.uniform(random, c, 1), Fixtures.between(random, c, 0.1, 2), 1e-3f);
    }

    private static long count(Network net, OpType op) {
        return net.layers().stream().filter(l -> l.op() == op).count();
    }

    @Test
    void resnet8OutputsUnchanged() {
        Network net = new Network("resnet8", Resnet8.randomWeights(42));
        Network folded = BatchNormFolding.fold(net);
        assertEquals(0, count(folded, OpType.BATCH_NORM));
        assertEquals(count(net, OpType.CONV2D), count(folded, OpType.CONV2D));
        assertEquals(net.totalMacs(), folded.totalMacs());
        for (int sample = 0; sample < 3; sample++) {
            float[] x = Fixtures.uniform(random, 32 * 32 * 3, 1);
            Map<String, float[]> before = FloatInference.runAll(net, x);
            Map<String, float[]> after = FloatInference.runAll(folded, x);
            assertTrue(Fixtures.maxAbsDiff(before.get("dense"), after.get("dense")) < 1e-5f);
            assertTrue(Fixtures.maxAbsDiff(before.get("softmax"), after.get("softmax")) < 1e-5f);
        }
    }

    @Test
    void foldsIntoConvDepthwiseAndDense() {
        Network net = new Network("chain", List.of(new InputLayer("in", new Shape(6, 6, 3)),
                new Conv2D("conv", "in", 3, 3, 2, 2, Padding.SAME, 4, Fixtures.uniform(random, 108, 0.3),
                        Fixtures.uniform(random, 4, 1), Activation.NONE),
                bn("bn1", "conv", 4),
                new DepthwiseConv2D("dw", "bn1", 3, 3, 1, 1, Padding.SAME, Fixtures.uniform(random, 36, 0.5), null,
                        Activation.NONE),
                bn("bn2", "dw", 4), new Flatten("flat", "bn2"),
                new Dense("fc", "flat", 5, Fixtures.uniform(random, 36 * 5, 0.3), null, Activation.NONE),
                bn("bn3", "fc", 5)));
        Network folded = BatchNormFolding.fold(net);
        assertEquals(List.of("in", "conv", "dw", "flat", "fc"), folded.layers().stream().map(Layer::name).toList());
        assertEquals("dw", folded.layer("flat").inputs().get(0));
        assertEquals("fc", folded.outputLayer().name());
        float[] x = Fixtures.uniform(random, 108, 1);
        assertArrayEquals(FloatInference.run(net, x), FloatInference.run(folded, x), 1e-5f);
    }

    @Test
    void batchNormAfterSharedProducerStays() {
        // conv feeds the BN and the Add: folding would change the Add's other operand
        Network net = new Network("shared", List.of(new InputLayer("in", new Shape(2, 2, 2)),
                new Conv2D("conv", "in", 1, 1, 1, 1, Padding.SAME, 2, new float[] {1, 2, 3, 4}, null,
                        Activation.NONE),
                bn("bn", "conv", 2), new Add("sum", List.of("conv", "bn"), Activation.NONE)));
        Network folded = BatchNormFolding.fold(net);
        assertEquals(1, count(folded, OpType.BATCH_NORM));
        assertArrayEquals(((Conv2D) net.layer("conv")).weights(), ((Conv2D) folded.layer("conv")).weights());
    }

    @Test
    void batchNormAfterActivationOrNonWeightedLayerStays() {
        Network net = new Network("stays", List.of(new InputLayer("in", new Shape(2, 2, 1)),
                new Conv2D("conv", "in", 1, 1, 1, 1, Padding.SAME, 1, new float[] {2}, null, Activation.RELU),
                bn("bn1", "conv", 1), new Relu("relu", "bn1"), bn("bn2", "relu", 1)));
        Network folded = BatchNormFolding.fold(net);
        assertEquals(2, count(folded, OpType.BATCH_NORM));
        float[] x = {-1, 0.5f, 2, -3};
        assertArrayEquals(FloatInference.run(net, x), FloatInference.run(folded, x), 0f);
    }

    @Test
    void foldedWeightsFollowTheFormula() {
        // conv 1x1, 1 in, 2 out: w = [1, 2], b = [0, 1]; BN gamma [2, 3], beta [1, 0.5], mean [1, 0],
        // variance [3, 0], eps 1: scale = [2/sqrt(4), 3/sqrt(1)] = [1, 3];
        // w' = [1*1, 2*3] = [1, 6]; b' = [(0-1)*1+1, (1-0)*3+0.5] = [0, 3.5]
        Network net = new Network("formula", List.of(new InputLayer("in", new Shape(1, 1, 1)),
                new Conv2D("conv", "in", 1, 1, 1, 1, Padding.VALID, 2, new float[] {1, 2}, new float[] {0, 1},
                        Activation.NONE),
                new BatchNorm("bn", "conv", new float[] {2, 3}, new float[] {1, 0.5f}, new float[] {1, 0},
                        new float[] {3, 0}, 1f)));
        Conv2D conv = (Conv2D) BatchNormFolding.fold(net).layer("conv");
        assertArrayEquals(new float[] {1, 6}, conv.weights(), 1e-6f);
        assertArrayEquals(new float[] {0, 3.5f}, conv.bias(), 1e-6f);
        assertFalse(conv.weights() == ((Conv2D) net.layer("conv")).weights(), "original weights must be kept");
    }
}
