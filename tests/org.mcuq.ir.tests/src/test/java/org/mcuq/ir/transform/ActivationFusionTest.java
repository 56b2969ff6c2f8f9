package org.mcuq.ir.transform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.FloatInference;
import org.mcuq.ir.Fixtures;
import org.mcuq.ir.FusedActivationLayer;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Relu6;
import org.mcuq.ir.Resnet8;
import org.mcuq.ir.Shape;

class ActivationFusionTest {

    private final Random random = new Random(11);

    private Conv2D conv(String name, String input, int inC, int outC) {
        return new Conv2D(name, input, 3, 3, 1, 1, Padding.SAME, outC,
                Fixtures.uniform(random, 9 * inC * outC, 0.5), Fixtures.uniform(random, outC, 1), Activation.NONE);
    }

    private static Activation activationOf(Network net, String name) {
        return ((FusedActivationLayer) net.layer(name)).activation();
    }

    private static List<String> names(Network net) {
        return net.layers().stream().map(Layer::name).toList();
    }

    @Test
    void resnet8AfterFoldingAndFusionHasNoSeparateReluAndSameOutputs() {
        Network net = new Network("resnet8", Resnet8.randomWeights(3));
        Network fused = ActivationFusion.fuse(BatchNormFolding.fold(net));
        assertTrue(fused.layers().stream().noneMatch(l -> l.op() == OpType.RELU || l.op() == OpType.BATCH_NORM),
                names(fused).toString());
        // stem conv + BN + ReLU, and every residual Add + ReLU, end up with a fused ReLU
        assertEquals(Activation.RELU, activationOf(fused, "conv_1"));
        assertEquals(Activation.RELU, activationOf(fused, "add_9"));
        for (int sample = 0; sample < 3; sample++) {
            float[] x = Fixtures.uniform(random, 32 * 32 * 3, 1);
            assertTrue(Fixtures.maxAbsDiff(FloatInference.run(net, x), FloatInference.run(fused, x)) < 1e-5f);
            assertTrue(Fixtures.maxAbsDiff(FloatInference.runAll(net, x).get("dense"),
                    FloatInference.runAll(fused, x).get("dense")) < 1e-5f);
        }
    }

    @Test
    void fusesIntoConvAndAddAndRewiresConsumers() {
        Network net = new Network("small", List.of(new InputLayer("in", new Shape(4, 4, 2)), conv("c1", "in", 2, 2),
                new Relu6("r1", "c1"), conv("c2", "r1", 2, 2),
                new Add("sum", List.of("r1", "c2"), Activation.NONE), new Relu("r2", "sum"),
                new GlobalAvgPool("gap", "r2")));
        Network fused = ActivationFusion.fuse(net);
        assertEquals(List.of("in", "c1", "c2", "sum", "gap"), names(fused));
        assertEquals(Activation.RELU6, activationOf(fused, "c1"));
        assertEquals(Activation.RELU, activationOf(fused, "sum"));
        assertEquals(List.of("c1", "c2"), fused.layer("sum").inputs());
        assertEquals(List.of("sum"), fused.layer("gap").inputs());
        float[] x = Fixtures.uniform(random, 32, 3);
        assertArrayEquals(FloatInference.run(net, x), FloatInference.run(fused, x), 1e-6f);
    }

    @Test
    void chainOfActivationsFusesCompletely() {
        Network net = new Network("chain", List.of(new InputLayer("in", new Shape(3, 3, 1)), conv("c", "in", 1, 1),
                new Relu("a", "c"), new Relu6("b", "a"), new Relu("d", "b")));
        Network fused = ActivationFusion.fuse(net);
        assertEquals(List.of("in", "c"), names(fused));
        assertEquals(Activation.RELU6, activationOf(fused, "c"));
        float[] x = Fixtures.uniform(random, 9, 20);
        assertArrayEquals(FloatInference.run(net, x), FloatInference.run(fused, x), 0f);
    }

    @Test
    void reluAfterSharedProducerOrPoolStays() {
        // c feeds both the ReLU and the Add, so fusing would clamp the Add's other operand too
        Network net = new Network("stays", List.of(new InputLayer("in", new Shape(4, 4, 1)), conv("c", "in", 1, 1),
                new Relu("r", "c"), new Add("sum", List.of("c", "r"), Activation.NONE),
                new Pool("p", OpType.MAX_POOL, "sum", 2, 2, 2, 2, Padding.VALID), new Relu6("r6", "p")));
        Network fused = ActivationFusion.fuse(net);
        assertEquals(names(net), names(fused));
        assertEquals(Activation.NONE, activationOf(fused, "c"));
    }
}
