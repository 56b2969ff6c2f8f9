package org.mcuq.liteengine.quant;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.mcuq.ir.Activation;
import org.mcuq.ir.Add;
import org.mcuq.ir.BatchNorm;
import org.mcuq.ir.Conv2D;
import org.mcuq.ir.Dense;
import org.mcuq.ir.DepthwiseConv2D;
import org.mcuq.ir.Flatten;
import org.mcuq.ir.GlobalAvgPool;
import org.mcuq.ir.InputLayer;
import org.mcuq.ir.Layer;
import org.mcuq.ir.Network;
import org.mcuq.ir.OpType;
import org.mcuq.ir.Padding;
import org.mcuq.ir.Pool;
import org.mcuq.ir.Relu;
import org.mcuq.ir.Shape;
import org.mcuq.ir.Softmax;

/** Networks with random weights and random inputs for the quantizer and executor tests. */
public final class TestNetworks {

    private TestNetworks() {
    }

    public static Network network(Layer... layers) {
        return new Network("test", List.of(layers));
    }

    /** Uniform values in {@code [low, high)}. */
    public static float[] between(Random random, int n, double low, double high) {
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            values[i] = (float) (low + random.nextDouble() * (high - low));
        }
        return values;
    }

    /** Weights uniform in +-sqrt(3 / fanIn), i.e. variance 1 / fanIn. */
    public static float[] weights(Random random, int n, int fanIn) {
        double limit = Math.sqrt(3.0 / fanIn);
        return between(random, n, -limit, limit);
    }

    /** {@code count} inputs of {@code shape} uniform in {@code [low, high)}. */
    public static List<float[]> inputs(Random random, int count, Shape shape, double low, double high) {
        List<float[]> inputs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            inputs.add(between(random, shape.elements(), low, high));
        }
        return inputs;
    }

    /**
     * A small network using every quantized kernel: conv+ReLU, depthwise+ReLU6, max pool, conv without
     * activation, an add of two branches with different scales, SAME average pool, batch-norm after the pool (not
     * foldable), stand-alone ReLU, global average pool, dense and softmax. Input 10x10x2.
     */
    public static Network mixed(long seed) {
        Random r = new Random(seed);
        return network(new InputLayer("in", new Shape(10, 10, 2)),
                new Conv2D("c1", "in", 3, 3, 1, 1, Padding.SAME, 6, weights(r, 9 * 2 * 6, 18), between(r, 6, -.2, .2),
                        Activation.RELU),
                new DepthwiseConv2D("dw", "c1", 3, 3, 2, 2, Padding.SAME, weights(r, 9 * 6, 9), between(r, 6, -.2, .2),
                        Activation.RELU6),
                new Pool("mp", OpType.MAX_POOL, "c1", 2, 2, 2, 2, Padding.VALID),
                new Conv2D("c2", "dw", 1, 1, 1, 1, Padding.VALID, 6, weights(r, 36, 6), between(r, 6, -.2, .2),
                        Activation.NONE),
                new Add("add", List.of("mp", "c2"), Activation.NONE),
                new Pool("ap", OpType.AVG_POOL, "add", 3, 3, 2, 2, Padding.SAME),
                new BatchNorm("bn", "ap", between(r, 6, .5, 1.5), between(r, 6, -.3, .3), between(r, 6, -.3, .3),
                        between(r, 6, .5, 1.5), 1e-3f),
                new Relu("relu", "bn"),
                new GlobalAvgPool("gap", "relu"),
                new Dense("fc", "gap", 4, weights(r, 24, 6), between(r, 4, -.2, .2), Activation.NONE),
                new Softmax("softmax", "fc"));
    }

    /** The LeNet-5 of the MNIST example (28x28x1, conv 6 SAME, pool, conv 16 VALID, pool, 120, 84, 10). */
    public static Network lenet5(long seed) {
        Random r = new Random(seed);
        return network(new InputLayer("input", new Shape(28, 28, 1)),
                new Conv2D("conv1", "input", 5, 5, 1, 1, Padding.SAME, 6, weights(r, 150, 25), new float[6],
                        Activation.RELU),
                new Pool("pool1", OpType.MAX_POOL, "conv1", 2, 2, 2, 2, Padding.VALID),
                new Conv2D("conv2", "pool1", 5, 5, 1, 1, Padding.VALID, 16, weights(r, 2400, 150), new float[16],
                        Activation.RELU),
                new Pool("pool2", OpType.MAX_POOL, "conv2", 2, 2, 2, 2, Padding.VALID),
                new Flatten("flatten", "pool2"),
                new Dense("fc1", "flatten", 120, weights(r, 400 * 120, 400), new float[120], Activation.RELU),
                new Dense("fc2", "fc1", 84, weights(r, 120 * 84, 120), new float[84], Activation.RELU),
                new Dense("output", "fc2", 10, weights(r, 840, 84), new float[10], Activation.NONE),
                new Softmax("softmax", "output"));
    }
}
