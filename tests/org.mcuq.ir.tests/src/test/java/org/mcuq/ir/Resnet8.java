package org.mcuq.ir;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The MLPerf Tiny image-classification ResNet-8 (32x32x3 input, conv 16, three residual stacks of 16/32/64
 * filters, 1x1 strided shortcut convs in stacks 2 and 3, global average pool, dense 10, softmax) with separate
 * batch-norm and ReLU layers as in the Keras model. Weights are zero, or random with variance 1/fan-in so that
 * activations stay of order one.
 */
public final class Resnet8 {

    private final Random random;
    private final List<Layer> layers = new ArrayList<>();
    private int counter;

    private Resnet8(Random random) {
        this.random = random;
    }

    public static List<Layer> zeroWeights() {
        return new Resnet8(null).build();
    }

    public static List<Layer> randomWeights(long seed) {
        return new Resnet8(new Random(seed)).build();
    }

    private List<Layer> build() {
        layers.add(new InputLayer("input", new Shape(32, 32, 3)));
        String x = relu(batchNorm(conv("input", 3, 16, 3, 1), 16));
        x = stack(x, 16, 16, 1);
        x = stack(x, 16, 32, 2);
        x = stack(x, 32, 64, 2);
        layers.add(new GlobalAvgPool("pool", x));
        layers.add(new Dense("dense", "pool", 10, weights(64 * 10, 64), weights(10, 64), Activation.NONE));
        layers.add(new Softmax("softmax", "dense"));
        return layers;
    }

    private String stack(String x, int inC, int outC, int stride) {
        String y = relu(batchNorm(conv(x, inC, outC, 3, stride), outC));
        y = batchNorm(conv(y, outC, outC, 3, 1), outC);
        String shortcut = stride == 1 ? x : conv(x, inC, outC, 1, stride);
        String sum = "add_" + (++counter);
        layers.add(new Add(sum, List.of(shortcut, y), Activation.NONE));
        return relu(sum);
    }

    private String conv(String input, int inC, int outC, int k, int stride) {
        String name = "conv_" + (++counter);
        int fanIn = k * k * inC;
        layers.add(new Conv2D(name, input, k, k, stride, stride, Padding.SAME, outC,
                weights(fanIn * outC, fanIn), weights(outC, fanIn), Activation.NONE));
        return name;
    }

    private String batchNorm(String input, int c) {
        String name = "bn_" + (++counter);
        layers.add(new BatchNorm(name, input, between(c, 0.5, 1.5), weights(c, 1), weights(c, 1),
                between(c, 0.5, 1.5), 1e-3f));
        return name;
    }

    private String relu(String input) {
        String name = "relu_" + (++counter);
        layers.add(new Relu(name, input));
        return name;
    }

    private float[] weights(int n, int fanIn) {
        return random == null ? new float[n] : Fixtures.uniform(random, n, Math.sqrt(3.0 / fanIn));
    }

    private float[] between(int n, double low, double high) {
        return random == null ? ones(n) : Fixtures.between(random, n, low, high);
    }

    private static float[] ones(int n) {
        float[] values = new float[n];
        Arrays.fill(values, 1f);
        return values;
    }
}
